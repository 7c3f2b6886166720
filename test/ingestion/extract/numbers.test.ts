import { findNumbers } from '../../../src/ingestion/extract/numbers';
import { analyse } from '../../../src/ingestion/extract/nlp';
import { isTrigger } from '../../../src/ingestion/extract/vocabulary';

function numbers(text: string): { value: number; low: number | null; high: number | null }[] {
  const a = analyse(text, isTrigger);
  return a.sentences.flatMap((s) => findNumbers(a, s)).map(({ value, low, high }) => ({ value, low, high }));
}

describe('numbers', () => {
  it('reads digits with thousands separators and plain digits', () => {
    expect(numbers('Officials counted 9,861 dead and 6000 wounded.').map((n) => n.value)).toEqual([
      9861, 6000,
    ]);
  });

  it('reads number words through compromise', () => {
    expect(numbers('The agency said one million people had fled.').map((n) => n.value)).toEqual([1_000_000]);
    expect(numbers('Ten rescuers were among the dead.').map((n) => n.value)).toEqual([10]);
    expect(numbers('Some 2.5 million people were affected by the floods.').map((n) => n.value)).toEqual([
      2_500_000,
    ]);
  });

  it('folds "between A and B" and "A-B" into one range', () => {
    expect(numbers('Between 10,000 and 15,000 people fled into Chad.')).toEqual([
      { value: 10000, low: 10000, high: 15000 },
    ]);
    expect(numbers('Officials said 300-400 homes were destroyed.')).toEqual([
      { value: 300, low: 300, high: 400 },
    ]);
  });

  it('leaves out years, dates, ages, ordinals, durations, labels and measures', () => {
    const text =
      'On February 6, 2023, a 7.8 magnitude quake struck. It was the second quake in 24 hours. ' +
      'Day 7 of the war began. The boy was 19-20 years old and lived 30 km away, where 40% of homes stood.';
    expect(numbers(text)).toEqual([]);
  });

  it('leaves out "one of" and vague plurals', () => {
    expect(numbers('One of the hospitals was hit and thousands of people fled.')).toEqual([]);
  });
});
