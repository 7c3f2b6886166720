/**
 * Bundle keys and the text normalisation every lookup shares. A key is the slug of a canonical name
 * (lower case, ASCII, hyphens), so the same entity named in two reports gets the same key.
 */

/** Removes diacritics and unifies apostrophes and dashes; keeps case. */
export function foldText(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F]*$/.test(value)) return value.replace(/`/g, "'");
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}

/** Lower-case lookup form of a phrase: folded, hyphens and periods as word breaks, single spaces. */
export function lookupKey(phrase: string): string {
  return foldText(phrase)
    .toLowerCase()
    .replace(/[.,"()]/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "The Kyiv Independent" -> "kyiv-independent"; "Russia's Defence Ministry" -> "russia-s-defence-ministry". */
export function slugify(name: string): string {
  const slug = foldText(name)
    .toLowerCase()
    .replace(/'s\b/g, 's')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const withoutArticle = slug.replace(/^the-/, '');
  return withoutArticle || slug || 'unnamed';
}

/** Title-cases each word of a lower-case phrase ("defence ministry" -> "Defence Ministry"). */
export function titleCase(phrase: string): string {
  return phrase.replace(/(^|[\s-])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
