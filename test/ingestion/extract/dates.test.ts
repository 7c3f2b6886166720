import { addDays, findDates, resolveMonthDay, resolveWeekday } from '../../../src/ingestion/extract/dates';
import { analyse } from '../../../src/ingestion/extract/nlp';
import { isTrigger } from '../../../src/ingestion/extract/vocabulary';

function dates(text: string, publishedAt: string | null): (string | null)[] {
  const a = analyse(text, isTrigger);
  return a.sentences.flatMap((s) => findDates(a, s.from, s.to, publishedAt)).map((d) => d.date);
}

describe('dates', () => {
  // 2022-03-02 was a Wednesday, 2022-03-22 a Tuesday
  it('resolves weekdays against the publication date', () => {
    expect(resolveWeekday('2022-03-02', 3, false)).toBe('2022-03-02'); // "on Wednesday", published on a Wednesday
    expect(resolveWeekday('2022-03-03', 3, false)).toBe('2022-03-02');
    expect(resolveWeekday('2022-03-02', 4, true)).toBe('2022-02-24'); // "last Thursday"
    expect(resolveWeekday('2022-03-22', 0, true)).toBe('2022-03-20'); // "last Sunday"
  });

  it('resolves month and day in the publication year, or the year before', () => {
    expect(resolveMonthDay('2022-03-22', 2, 2, null)).toBe('2022-03-02');
    expect(resolveMonthDay('2023-01-05', 11, 28, null)).toBe('2022-12-28');
    expect(resolveMonthDay(null, 1, 28, 2022)).toBe('2022-02-28');
    expect(resolveMonthDay('2022-03-22', 1, 30, null)).toBeNull();
  });

  it('finds date expressions in text', () => {
    expect(dates('The ministry said on Wednesday that the toll rose.', '2022-03-03')).toEqual(['2022-03-02']);
    expect(dates('It was published last Sunday.', '2022-03-22')).toEqual(['2022-03-20']);
    expect(dates('Officials spoke yesterday.', '2023-02-07')).toEqual(['2023-02-06']);
    expect(dates('The count as of March 2 was final.', '2022-03-22')).toEqual(['2022-03-02']);
    expect(dates('A photo from Feb. 28, 2022 shows the road.', null)).toEqual(['2022-02-28']);
  });

  it('leaves a relative date unknown without a publication date', () => {
    expect(dates('The ministry said on Wednesday that the toll rose.', null)).toEqual([null]);
  });

  it('adds days', () => {
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
    expect(addDays(null, 1)).toBeNull();
  });
});
