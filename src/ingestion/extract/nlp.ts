import nlp from 'compromise';
import { foldText } from './keys';

/**
 * The one place that talks to compromise. It tokenises and splits sentences and looks every word up in
 * compromise's lexicon (first and last names, countries, cities, function words); sentences that can
 * hold a claim — a number, a speech verb, a control or dispute word — also get the pre-tagger (POS,
 * values, proper nouns). compromise's post-tagger is skipped on purpose: it costs three quarters of its
 * time and the rules here do not need its refinements. That keeps extraction above 200 articles a
 * second on one core.
 */
export interface Token {
  /** Index in Analysis.tokens. */
  i: number;
  /** Sentence index. */
  s: number;
  /** Surface text, without surrounding punctuation. */
  text: string;
  /** Folded lower case ("russia's"). */
  low: string;
  /** `low` without a possessive ending ("russia"). */
  base: string;
  possessive: boolean;
  /** Punctuation and spaces before / after the word, as in the text. */
  pre: string;
  post: string;
  /** Character offsets of `text` in the analysed text. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Starts with a capital letter (or is an acronym). */
  cap: boolean;
}

export interface Sentence {
  index: number;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Character range of the sentence's words. */
  start: number;
  end: number;
  paragraph: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags?: Set<string>;
}

const EMPTY_TAGS: ReadonlySet<string> = new Set();

export function analyse(text: string, needsTags: (word: string) => boolean): Analysis {
  const view = nlp.tokenize(text);
  view.compute('lexicon');
  const document = view.document as unknown as Term[][];
  const tagged = view.fullPointer.filter((_pointer, k) =>
    (document[k] ?? []).some((term) => /\d/.test(term.text) || needsTags(term.text.toLowerCase())),
  );
  // compromise's typings describe one pointer; update() takes the list of sentence pointers
  if (tagged.length) view.update(tagged as unknown as Parameters<typeof view.update>[0]).compute('preTagger');

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  let paragraph = 0;
  let sentenceFrom = 0;

  const closeSentence = (): void => {
    if (tokens.length > sentenceFrom) {
      const first = tokens[sentenceFrom]!;
      const last = tokens[tokens.length - 1]!;
      sentences.push({
        index: sentences.length,
        from: sentenceFrom,
        to: tokens.length,
        start: first.start,
        end: last.end,
        paragraph,
      });
    }
    sentenceFrom = tokens.length;
  };

  for (const terms of document) {
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t]!;
      const start = offset + term.pre.length;
      const end = start + term.text.length;
      offset = end + term.post.length;
      if (term.text === '') {
        // compromise's implicit terms ("19-20" -> 19, to, 20) carry no text of their own.
        const previous = tokens[tokens.length - 1];
        if (previous && previous.end === start) previous.post = term.post || previous.post;
        continue;
      }
      const low = foldText(term.text).toLowerCase();
      const base = low.replace(/'s?$/, '');
      tokens.push({
        i: tokens.length,
        s: sentences.length,
        text: term.text,
        low,
        base: base || low,
        possessive: base !== low && base !== '',
        pre: term.pre,
        post: term.post,
        start,
        end,
        tags: term.tags ?? EMPTY_TAGS,
        cap: /^[A-Z\u00C0-\u00DE0-9]/.test(term.text) && /[A-Za-z\u00C0-\u024F]/.test(term.text),
      });
      const next = terms[t + 1];
      if (next && (breaksLine(term, next) || quotedBreak(term, next))) {
        closeSentence();
        paragraph++;
      }
    }
    closeSentence();
    const lastTerm = terms[terms.length - 1];
    if (lastTerm && lastTerm.post.includes('\n')) paragraph++;
  }
  return { text, tokens, sentences };
}

/**
 * compromise keeps some headlines and quoted passages in one sentence with the next line. A line break
 * ends a sentence unless it is a hard wrap inside one (the next line goes on in lower case).
 */
function breaksLine(term: Term, next: Term): boolean {
  if (!term.post.includes('\n')) return false;
  if (/\n\s*\n/.test(term.post)) return true;
  const continues = /[a-z,]$/.test(term.text + term.post.replace(/\s+$/, '')) && /^[a-z]/.test(next.text);
  return !continues;
}

/** 'the military said. "This is not true," …': compromise keeps a sentence that opens a quotation joined. */
function quotedBreak(term: Term, next: Term): boolean {
  return (
    /[.!?]['"”’]?\s+$/.test(term.post + next.pre.replace(/["“]/g, '')) &&
    /["“]/.test(term.post + next.pre) &&
    /^[A-Z]/.test(next.text)
  );
}

const numberWordCache = new Map<string, number>();

/**
 * Parses a number phrase with compromise ("one million", "Ten", "2.5 million"); NaN if none. The same
 * few phrases recur in every article, so results are memoised (a bounded cache, same answer each time).
 */
export function parseNumberWords(phrase: string): number {
  const key = phrase.toLowerCase();
  const cached = numberWordCache.get(key);
  if (cached !== undefined) return cached;
  const values = nlp(key).numbers().get() as unknown[];
  const first = values[0];
  const value = typeof first === 'number' ? first : NaN;
  if (numberWordCache.size > 5000) numberWordCache.clear();
  numberWordCache.set(key, value);
  return value;
}

/** Text of a sentence as written. */
export function sentenceText(analysis: Analysis, sentence: Sentence): string {
  return analysis.text.slice(sentence.start, sentence.end);
}
