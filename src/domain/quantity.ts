import { foldText } from './text';

/**
 * What a figure counts. Reports say "Russian soldiers", "Russian troops", "its personnel" for the same
 * quantity; the subject key folds such wording so that a timeline and the contradiction rule compare
 * like with like. The display subject is kept as written.
 */
const SUBJECT_SYNONYMS: Record<string, string> = {
  soldier: 'soldiers',
  troop: 'soldiers',
  personnel: 'soldiers',
  servicemen: 'soldiers',
  serviceman: 'soldiers',
  servicemember: 'soldiers',
  military: 'soldiers',
  army: 'soldiers',
  force: 'soldiers',
  forces: 'soldiers',
  fighter: 'soldiers',
  civilian: 'civilians',
  people: 'people',
  person: 'people',
  child: 'children',
  kid: 'children',
  refugee: 'refugees',
};
const SUBJECT_STOPWORDS = new Set(['the', 'of', 'its', 'their', 'and', 'a', 'an']);

function singular(token: string): string {
  if (SUBJECT_SYNONYMS[token]) return SUBJECT_SYNONYMS[token];
  if (token.endsWith('ies')) return `${token.slice(0, -3)}y`;
  if (token.endsWith('s') && !token.endsWith('ss') && token.length > 3) {
    const base = token.slice(0, -1);
    return SUBJECT_SYNONYMS[base] ?? base;
  }
  return token;
}

export function subjectKey(subject: string): string {
  const tokens = foldText(subject)
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t.length > 0 && !SUBJECT_STOPWORDS.has(t))
    .map(singular);
  return tokens.length > 0 ? tokens.join('-') : 'unspecified';
}

/** Metrics are lower-case snake words: "Equipment lost" -> "equipment_lost". */
export function metricKey(metric: string): string {
  const key = foldText(metric)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return key.length > 0 ? key : 'unspecified';
}
