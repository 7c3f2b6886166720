/**
 * Checks run before any analysis: what cannot be read is answered with warnings, and huge text is cut
 * so one article can never stall a batch. Quotes stay exact substrings of the full text because the cut
 * keeps a prefix.
 */
export const MAX_ANALYSED_CHARS = 200_000;

export interface GuardResult {
  /** The part of the text to analyse, or null when nothing should be extracted. */
  analysed: string | null;
  warnings: string[];
}

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is that for on was with as by at from it said were has have had be are this but which not an their its who after'.split(
    ' ',
  ),
);

export function guardText(text: string): GuardResult {
  if (text.trim() === '') return { analysed: null, warnings: ['text is empty'] };
  const warnings: string[] = [];
  let analysed = text;
  if (analysed.length > MAX_ANALYSED_CHARS) {
    // cut at the last paragraph or sentence end before the limit
    const head = analysed.slice(0, MAX_ANALYSED_CHARS);
    const cut = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('. ') + 1);
    analysed = head.slice(0, cut > MAX_ANALYSED_CHARS / 2 ? cut : MAX_ANALYSED_CHARS);
    warnings.push(`text truncated to ${analysed.length} characters (of ${text.length})`);
  }
  const sample = analysed.slice(0, 20_000);
  let control = 0;
  let replacement = 0;
  let letters = 0;
  let latin = 0;
  for (let k = 0; k < sample.length; k++) {
    const code = sample.charCodeAt(k);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) control++;
    else if (code === 0xfffd) replacement++;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)) {
      letters++;
      latin++;
    } else if (code > 0x24f && /\p{L}/u.test(sample[k]!)) letters++;
  }
  // a few stray characters are noise; binary data decoded as text is full of them
  if (control + replacement >= 5 && (control + replacement) / sample.length > 0.02) {
    return {
      analysed: null,
      warnings: [...warnings, 'text looks binary (control or replacement characters); nothing extracted'],
    };
  }
  if (letters === 0)
    return { analysed: null, warnings: [...warnings, 'text has no words; nothing extracted'] };
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  if (latin / letters < 0.8 || words.length < 3 || english / Math.max(words.length, 1) < 0.08) {
    return { analysed: null, warnings: [...warnings, 'text does not look like English; nothing extracted'] };
  }
  if (control + replacement > 0) {
    // a few stray control characters: analyse a copy with spaces in their place (same length, same offsets)
    // eslint-disable-next-line no-control-regex
    analysed = analysed.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ');
    warnings.push('text contains control characters; they were ignored');
  }
  return { analysed, warnings };
}
