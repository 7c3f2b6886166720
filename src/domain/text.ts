/**
 * Text normalisation shared by ids, entity resolution and subject matching. Everything here is pure
 * and deterministic: the same name always yields the same slug and the same fingerprint.
 */

/** Lower-case ASCII with diacritics removed and curly quotes straightened. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}

/** `Volodymyr Zelensky` -> `volodymyr-zelensky`. Never empty: falls back to a hash-free placeholder. */
export function slugify(text: string): string {
  const slug = foldText(text)
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug.length > 0 ? slug : 'unnamed';
}

const NAME_STOPWORDS = new Set(['the', 'of', 's', 'and', 'for']);
const NAME_SYNONYMS: Record<string, string> = {
  defense: 'defence',
  russia: 'russian',
  ukraine: 'ukrainian',
  ministry: 'ministry',
  min: 'ministry',
  mod: 'ministry defence',
};

/**
 * A spelling-tolerant key for entity resolution. Transliterations of the same name differ mostly in
 * y/i and doubled letters (Zelensky / Zelenskyy, Arestovich / Arestovych), and institutions in word
 * order and US/UK spelling (Russian Defence Ministry / Russia's Defense Ministry / Ministry of Defence
 * of Russia), so tokens are folded, mapped through a small synonym table, sorted and de-doubled.
 */
export function fingerprint(name: string): string {
  return [...new Set(nameTokens(name))].sort().join(' ');
}

/**
 * The fingerprint's tokens in the order the name gives them. Similarity needs the order (a surname is
 * the last token, initials stand for the first ones) that the fingerprint deliberately forgets.
 */
export function nameTokens(name: string): string[] {
  return foldText(name)
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t.length > 0 && !NAME_STOPWORDS.has(t))
    .flatMap((t) => (NAME_SYNONYMS[t] ?? t).split(' '))
    .map((t) => t.replace(/y/g, 'i').replace(/(.)\1+/g, '$1'));
}
