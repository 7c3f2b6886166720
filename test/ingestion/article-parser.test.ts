import { readFileSync } from 'fs';
import { join } from 'path';
import { parseArticle, toIsoDate } from '../../src/ingestion/article-parser';

const seed = (name: string): string => readFileSync(join(__dirname, '../../seeds/articles', name), 'utf8');

describe('parseArticle: seed articles', () => {
  it('000: " date YYYY-MM-DD" marker with the body on the same line', () => {
    const a = parseArticle(seed('000_91ca88824d58f755.txt'));
    expect(a).toMatchObject({ title: null, url: null, publishedAt: '2022-03-02', publisher: null });
    expect(a.text.startsWith('Ukraine President Zelensky claimed that almost 6,000 Russians')).toBe(true);
    expect(a.text.endsWith('pushed back by the Ukrainian army.')).toBe(true);
  });

  it('001 and 002: date marker, trailing blank lines trimmed, curly quotes kept', () => {
    const a = parseArticle(seed('001_5f46f7649e13fbd9.txt'));
    expect(a.publishedAt).toBe('2022-03-03');
    expect(a.text.startsWith('With the second round')).toBe(true);
    expect(a.text.endsWith('Zelensky said in a video address.')).toBe(true);
    expect(a.text).toContain('“About 9,000 Russians were killed in a week.');
    const b = parseArticle(seed('002_5f7f0100f085d180.txt'));
    expect(b.publishedAt).toBe('2022-03-03');
    expect(b.text.startsWith('Almost a week after Russian troops')).toBe(true);
    expect(b.text.endsWith('on Thursday morning.')).toBe(true);
  });

  it('003: title / YYYYMMDD / url / body', () => {
    const a = parseArticle(seed('003_7ba18eed09b21b25.txt'));
    expect(a).toMatchObject({
      title: 'Russia admits almost 10000 soldiers dead and more injured in Ukraine invasion',
      url: 'https://www.mirror.co.uk/news/world-news/russia-admits-almost-10000-soldiers-26524579',
      publishedAt: '2022-03-22',
      publisher: null,
    });
    expect(a.text.startsWith('So far no major city has fallen')).toBe(true);
    expect(a.text).not.toContain('20220322');
  });

  it('004: title / body without a date; the caption line stays in the body', () => {
    const a = parseArticle(seed('004_2392ac50c3bede51.txt'));
    expect(a).toMatchObject({
      title: 'Nearly 500 Russian soldiers dead, 1,600 wounded in Ukraine: Kremlin',
      url: null,
      publishedAt: null,
      publisher: null,
    });
    expect(a.text.startsWith('A view shows a destroyed Russian Army')).toBe(true);
    expect(a.text).toContain('rejected this and said that fighting was ongoing');
  });
});

describe('parseArticle: header styles', () => {
  it('(a) date marker: text is what follows the date, across lines', () => {
    expect(parseArticle(' date 2022-03-02 First line.\n\nSecond para.\n')).toEqual({
      title: null,
      url: null,
      publishedAt: '2022-03-02',
      publisher: null,
      text: 'First line.\n\nSecond para.',
    });
  });

  it('(b) title / compact date / url, and without the url line', () => {
    expect(parseArticle('Headline\n20220322\nhttps://example.com/a\nBody.')).toMatchObject({
      title: 'Headline',
      url: 'https://example.com/a',
      publishedAt: '2022-03-22',
      text: 'Body.',
    });
    expect(parseArticle('Headline\n20220322\nBody.')).toMatchObject({ url: null, text: 'Body.' });
  });

  it('(c) a short first line without a full stop is a title; a sentence is body', () => {
    expect(parseArticle('Kherson falls\nBody text here.')).toMatchObject({
      title: 'Kherson falls',
      text: 'Body text here.',
    });
    expect(parseArticle('This is a sentence.\nMore.')).toMatchObject({
      title: null,
      text: 'This is a sentence.\nMore.',
    });
    expect(parseArticle('Only one line')).toMatchObject({ title: null, text: 'Only one line' });
    expect(parseArticle('He said: “We will win.”\nMore.')).toMatchObject({ title: null });
    expect(parseArticle('\n\nKherson falls\nBody.')).toMatchObject({ title: 'Kherson falls', text: 'Body.' });
  });

  it('(d) key: value header, case-insensitive, ended by a blank line, unknown keys skipped', () => {
    const raw =
      'Title: Kherson falls\nURL: https://example.com/k\nauthor: someone\nPublished: 2022-03-02T10:15:00Z\nPUBLISHER: Daily Sabah\n\nBody: with a colon.\n';
    expect(parseArticle(raw)).toEqual({
      title: 'Kherson falls',
      url: 'https://example.com/k',
      publishedAt: '2022-03-02',
      publisher: 'Daily Sabah',
      text: 'Body: with a colon.',
    });
  });

  it('normalises CRLF and CR line endings and a byte-order mark', () => {
    expect(
      parseArticle('\uFEFFtitle: T\r\npublished: 2022-03-03\r\n\r\nLine one.\r\nLine two.\rLine three.'),
    ).toEqual({
      title: 'T',
      url: null,
      publishedAt: '2022-03-03',
      publisher: null,
      text: 'Line one.\nLine two.\nLine three.',
    });
  });
});

describe('parseArticle: dates and odd input', () => {
  it('rejects dates that are not on the calendar', () => {
    expect(parseArticle(' date 2022-02-30 Body.')).toMatchObject({ publishedAt: null, text: 'Body.' });
    expect(parseArticle('Headline\n20221301\nBody.')).toMatchObject({
      title: 'Headline',
      publishedAt: null,
      text: 'Body.',
    });
    expect(parseArticle('published: 2023-02-29\n\nBody.').publishedAt).toBeNull();
    expect(parseArticle('published: yesterday\n\nBody.').publishedAt).toBeNull();
    expect(parseArticle('published: 2024-02-29\n\nBody.').publishedAt).toBe('2024-02-29');
  });

  it('toIsoDate accepts the three spellings and nothing else', () => {
    expect(toIsoDate('2022-03-02')).toBe('2022-03-02');
    expect(toIsoDate('20220302')).toBe('2022-03-02');
    expect(toIsoDate('2022-03-02T23:59:00+02:00')).toBe('2022-03-02');
    expect(toIsoDate('2022-02-30')).toBeNull();
    expect(toIsoDate('March 2, 2022')).toBeNull();
  });

  it('never throws: empty, blank and non-string input give nulls and empty text', () => {
    const empty = { title: null, url: null, publishedAt: null, publisher: null, text: '' };
    expect(parseArticle('')).toEqual(empty);
    expect(parseArticle(' \n\n ')).toEqual(empty);
    expect(parseArticle(undefined as unknown as string)).toEqual(empty);
    expect(parseArticle('title:\n\n')).toEqual(empty);
  });

  it('uses an ISO date in the file name only when the header has none', () => {
    expect(parseArticle('Headline\nBody.', '/data/2022-03-02-kherson.txt').publishedAt).toBe('2022-03-02');
    expect(parseArticle(' date 2022-03-03 Body.', '2022-03-02-kherson.txt').publishedAt).toBe('2022-03-03');
    expect(parseArticle('Body.', '004_2392ac50c3bede51.txt').publishedAt).toBeNull();
  });
});
