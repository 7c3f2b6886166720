import { ExtractionError, extractBundle, MAX_ANALYSED_CHARS } from '../../../src/ingestion/extract';
import { extract, quotesAreExact } from './helpers';

describe('bad input', () => {
  it('answers empty text with an empty bundle and a warning', () => {
    const b = extract('   \n ');
    expect(b.figures).toEqual([]);
    expect(b.warnings).toEqual(['text is empty']);
  });

  it('answers binary bytes with a warning and no claims', () => {
    const binary = Array.from({ length: 2000 }, (_v, i) =>
      String.fromCharCode(i % 32 === 0 ? 0 : 0xfffd),
    ).join('');
    const b = extract(binary);
    expect(b.figures).toEqual([]);
    expect(b.warnings?.[0]).toMatch(/binary/);
  });

  it('answers a non-English text with a warning', () => {
    const german =
      'Nach Angaben des Ministeriums wurden mindestens 300 Menschen bei den Kämpfen getötet und viele verletzt.';
    expect(extract(german).warnings?.[0]).toMatch(/English/);
    const cyrillic = 'Министерство обороны заявило, что погибли 498 военнослужащих и ранены 1597 человек.';
    expect(extract(cyrillic).warnings?.[0]).toMatch(/English/);
  });

  it('tolerates a few stray control characters', () => {
    const b = extract('The ministry said\u0000 that 40 people were killed in Herat.');
    expect(b.figures.map((f) => f.value)).toEqual([40]);
    expect(quotesAreExact(b)).toBe(true);
  });

  it('cuts a 10 MB text to the analysed prefix and says so', () => {
    const paragraph =
      'The Health Ministry said on Monday that 12 people were killed in Gaza and 30 were wounded.\n\n';
    const huge = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length));
    const b = extract(huge);
    expect(b.warnings?.some((w) => w.startsWith('text truncated to'))).toBe(true);
    expect(b.report.text.length).toBe(huge.length);
    expect(b.figures.length).toBeGreaterThan(0);
    expect(quotesAreExact(b)).toBe(true);
    expect(MAX_ANALYSED_CHARS).toBeLessThan(huge.length);
  });

  it('throws an ExtractionError with a stable code when the input is not an article', () => {
    expect(() => extractBundle(null as never)).toThrow(ExtractionError);
    try {
      extractBundle({ title: null, url: null, publishedAt: null, publisher: null, text: 42 as never });
    } catch (error) {
      expect(error).toBeInstanceOf(ExtractionError);
      expect((error as ExtractionError).code).toBe('INVALID_INPUT');
    }
  });

  it('ignores a malformed publication date instead of failing', () => {
    const b = extractBundle({
      title: 'x',
      url: null,
      publishedAt: 'last week',
      publisher: null,
      text: 'Officials said 5 people were killed.',
    });
    expect(b.report.publishedAt).toBeNull();
    expect(b.figures[0]?.asOf).toBeNull();
  });
});
