import type { Analysis } from './nlp';

/**
 * Quoted passages: text between double quotation marks (straight or curly) within one paragraph. A
 * figure inside a quotation belongs to whoever the quotation is attributed to, even when the passage
 * runs over several sentences. Single quotes are left alone: news uses them for scare quotes.
 */
export interface QuoteSpan {
  /** Character offsets of the opening and closing marks. */
  open: number;
  close: number;
  /** First and last token inside the quotation. */
  firstToken: number;
  lastToken: number;
}

export function findQuotes(a: Analysis): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const text = a.text;
  let open = -1;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (ch === '\n' && text[k + 1] === '\n') open = -1; // quotations do not cross paragraphs
    if (ch === '“' || (ch === '"' && open < 0)) {
      open = k;
    } else if ((ch === '”' || ch === '"') && open >= 0) {
      if (k - open > 25) spans.push({ open, close: k, firstToken: -1, lastToken: -1 });
      open = -1;
    }
  }
  // map to tokens
  let t = 0;
  for (const span of spans) {
    while (t < a.tokens.length && a.tokens[t]!.start < span.open) t++;
    span.firstToken = t;
    let u = t;
    while (u < a.tokens.length && a.tokens[u]!.end <= span.close) u++;
    span.lastToken = u - 1;
  }
  return spans.filter((s) => s.lastToken >= s.firstToken);
}

export function quoteAround(spans: readonly QuoteSpan[], tokenIndex: number): QuoteSpan | undefined {
  return spans.find((s) => s.firstToken <= tokenIndex && tokenIndex <= s.lastToken);
}
