import { countryOfDemonym, findCountry } from './gazetteer';
import type { Analysis, Token } from './nlp';
import { hasTag, punctAfter, spanText } from './tokens';
import { HONORIFICS, ORG_HEADS, PERSON_TITLES, ROLE_NOUNS, SPEECH_VERBS } from './vocabulary';

/**
 * People: runs of capitalised words that the gazetteers did not claim, accepted as a person's name
 * when compromise's lexicon knows a first or last name in them, when a title or role stands before
 * them ("Russian Major General Igor Konashenkov", "Defense Ministry spokesperson X"), when a role
 * follows as an apposition ("Oleksiy Arestovich, a Ukrainian presidential adviser,"), or when they
 * speak ("Zelensky said").
 */
export interface PersonCandidate {
  /** Token range of the name itself. */
  nameFrom: number;
  nameTo: number;
  /** Token range of the whole mention (role and apposition included). */
  from: number;
  to: number;
  name: string;
  /** Role as written, before the name or in apposition. */
  role: string | null;
  /** Token range of the role before the name, if any. */
  roleFrom: number;
  /** Strong evidence (title, lexicon, apposition); a bare speaking word is weaker. */
  strong: boolean;
}

const NAME_PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'bint',
  'van',
  'von',
  'der',
  'de',
  'da',
  'del',
  'di',
  'la',
  'le',
  'dos',
  'das',
]);
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const NOT_NAME_TAGS = [
  'Date',
  'Month',
  'WeekDay',
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Value',
  'Adverb',
  'QuestionWord',
  'Modal',
];

function isNameWord(t: Token): boolean {
  if (!t.cap || !/^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’.-]*$/.test(t.text)) return false;
  if (/^[A-Z]{2,}$/.test(t.text)) return false; // acronyms are organisations, not names
  if (PERSON_TITLES.has(t.base) || HONORIFICS.has(t.base.replace(/\.$/, ''))) return false;
  if (ORG_HEADS.has(t.base)) return false;
  if (countryOfDemonym(t.base) || findCountry(t.base)) return false;
  if (t.tags.has('Organization') && !PERSON_TAGS.some((tag) => t.tags.has(tag))) return false;
  if (NOT_NAME_TAGS.some((tag) => t.tags.has(tag)) && !PERSON_TAGS.some((tag) => t.tags.has(tag)))
    return false;
  return true;
}

function personTagged(t: Token): boolean {
  return PERSON_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('Place') && !t.tags.has('Organization');
}

/**
 * Scans [from, to) of one sentence, skipping tokens already claimed (`taken`). `speaks(i)` says
 * whether the word after a run is a speech verb, for the weak evidence.
 */
export function findPeople(
  a: Analysis,
  from: number,
  to: number,
  taken: (i: number) => boolean,
): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  let i = from;
  while (i < to) {
    const t = a.tokens[i]!;
    if (taken(i) || !isNameWord(t)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (
        end >= to ||
        end - i >= 5 ||
        taken(end) ||
        punctAfter(a.tokens[end - 1]!) ||
        a.tokens[end - 1]!.possessive
      )
        break;
      const next = a.tokens[end]!;
      if (isNameWord(next)) {
        end++;
        continue;
      }
      // "al-Burhan", "bin Salman", "van der Leyen": lower-case particles inside a name
      const after = a.tokens[end + 1];
      if (
        NAME_PARTICLES.has(next.low) &&
        after &&
        end + 1 < to &&
        !taken(end + 1) &&
        isNameWord(after) &&
        !punctAfter(next)
      ) {
        end += 2;
        continue;
      }
      break;
    }
    const candidate = judge(a, i, end, from, to);
    if (candidate) found.push(candidate);
    i = end;
  }
  return found;
}

function judge(
  a: Analysis,
  nameFrom: number,
  nameTo: number,
  sentenceFrom: number,
  sentenceTo: number,
): PersonCandidate | null {
  const nameTokens = a.tokens.slice(nameFrom, nameTo);
  const isSentenceStart = nameFrom === sentenceFrom || /["“‘(]/.test(a.tokens[nameFrom]!.pre);
  // A lone sentence-initial word is usually an ordinary word; require name evidence for it.
  const lexicon = nameTokens.some(personTagged);
  const roleFrom = roleStart(a, nameFrom, sentenceFrom);
  const titled = roleFrom < nameFrom;
  const apposition = appositionAfter(a, nameTo, sentenceTo);
  const next = a.tokens[nameTo];
  const speaks =
    next !== undefined &&
    next.s === a.tokens[nameFrom]!.s &&
    SPEECH_VERBS.has(next.low) &&
    !punctAfter(a.tokens[nameTo - 1]!);
  const speaksAfterQuote = next !== undefined && SPEECH_VERBS.has(next.low);
  let strong = lexicon || titled || apposition !== null;
  if (lexicon && nameTokens.length === 1 && isSentenceStart && !titled && !speaks && !apposition)
    strong = false;
  if (!strong && !(speaks || speaksAfterQuote)) return null;
  if (!strong && isSentenceStart && nameTokens.length === 1 && !speaks) return null;
  const name = spanText(a, nameFrom, nameTo).replace(/['’]s$/, '');
  const roleText = titled ? spanText(a, roleFrom, nameFrom) : null;
  return {
    nameFrom,
    nameTo,
    from: roleFrom,
    to: apposition ? apposition.to : nameTo,
    name,
    role: apposition?.role ?? (roleText ? roleText.replace(/^(the|a|an)\s+/i, '') : null),
    roleFrom,
    strong,
  };
}

/**
 * Start of the role written before a name: titles, role words, demonyms and country possessives, and
 * capitalised organisation words ("Russian Defense Ministry spokesperson").
 */
export function roleStart(a: Analysis, nameFrom: number, sentenceFrom: number): number {
  let start = nameFrom;
  let sawRole = false;
  for (let j = nameFrom - 1; j >= sentenceFrom; j--) {
    const p = a.tokens[j]!;
    if (punctAfter(p) && !/^\.\s*$/.test(p.post)) break;
    const word = p.base.replace(/\.$/, '');
    const isTitle = PERSON_TITLES.has(word) || HONORIFICS.has(word);
    const isNation = p.cap && (countryOfDemonym(p.base) !== undefined || findCountry(p.base) !== undefined);
    const isOrgWord = p.cap && (ORG_HEADS.has(p.base) || hasTag(p, 'Organization'));
    if (isTitle) sawRole = true;
    if (isTitle || (sawRole && (isNation || isOrgWord)) || (isOrgWord && j === nameFrom - 1 && sawRole)) {
      start = j;
      continue;
    }
    if (!sawRole && (isOrgWord || isNation) && j > sentenceFrom) {
      // "Defense Ministry spokesperson X": organisation words only count before a role word
      break;
    }
    break;
  }
  return sawRole ? start : nameFrom;
}

/** ", a Ukrainian presidential adviser," right after a name. */
function appositionAfter(
  a: Analysis,
  nameTo: number,
  sentenceTo: number,
): { role: string; to: number } | null {
  const last = a.tokens[nameTo - 1]!;
  if (!/^,\s*$/.test(last.post)) return null;
  const det = a.tokens[nameTo];
  if (!det || !['a', 'an', 'the'].includes(det.low)) return null;
  let j = nameTo + 1;
  let sawRole = false;
  while (j < sentenceTo && j - nameTo < 7) {
    const t = a.tokens[j]!;
    if (ROLE_NOUNS.has(t.base)) sawRole = true;
    if (punctAfter(t)) {
      j++;
      break;
    }
    j++;
  }
  if (!sawRole) return null;
  const role = spanText(a, nameTo + 1, j);
  return { role, to: j };
}
