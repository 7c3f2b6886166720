/**
 * Splits a raw article file into its header fields and its body text.
 *
 * Crawled articles arrive in several header styles; every one of them must yield the same body text
 * that curated bundles quote from, so quotes stay exact substrings of `text`. The parser recognises:
 *
 *  (a) ` date 2022-03-02 Body…`          — a date marker, the body continues on the same line;
 *  (b) `Title` / `20220322` / `https://…` / body — title, compact date, optional url line;
 *  (d) `title: …` / `url: …` / `published: …` / `publisher: …` lines ended by a blank line;
 *  (c) `Title` / body                    — a short first line without a closing full stop.
 *
 * Anything else is body only. It never throws: odd input gives nulls and whatever text there is.
 */
export interface ParsedArticle {
  title: string | null;
  url: string | null;
  /** Calendar date as YYYY-MM-DD, or null when the header gives no real date. */
  publishedAt: string | null;
  publisher: string | null;
  text: string;
}

const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?=\s|$)/i;
const DATE_LINE = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const URL_LINE = /^https?:\/\/\S+$/i;
const HEADER_LINE = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/;
const HEADER_KEYS = new Set(['title', 'url', 'published', 'publisher']);
/** A headline is short and is not a sentence; longer or full-stopped first lines are body text. */
const MAX_TITLE_LENGTH = 200;

/**
 * Parses one article. `fileName` is only a fallback for the date: a name that embeds an ISO date
 * (`2022-03-02-kherson.txt`) dates an article whose header gives none.
 */
export function parseArticle(raw: string, fileName?: string): ParsedArticle {
  const normalised = (typeof raw === 'string' ? raw : '')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, ''); // leading blank lines would hide the header
  const parsed = parseHeader(normalised);
  if (parsed.publishedAt === null && fileName) parsed.publishedAt = dateFromFileName(fileName);
  return parsed;
}

function parseHeader(raw: string): ParsedArticle {
  const empty: ParsedArticle = { title: null, url: null, publishedAt: null, publisher: null, text: '' };
  const marker = DATE_MARKER.exec(raw);
  if (marker) {
    return { ...empty, publishedAt: toIsoDate(marker[1] ?? ''), text: raw.slice(marker[0].length).trim() };
  }

  const lines = raw.split('\n');
  const first = (lines[0] ?? '').trim();
  const keyed = HEADER_LINE.exec(first);
  if (keyed && HEADER_KEYS.has((keyed[1] ?? '').toLowerCase())) return parseKeyValueHeader(lines);

  const second = (lines[1] ?? '').trim();
  if (first !== '' && DATE_LINE.test(second)) {
    const third = (lines[2] ?? '').trim();
    const url = URL_LINE.test(third) ? third : null;
    return {
      ...empty,
      title: first,
      url,
      publishedAt: toIsoDate(second),
      text: lines
        .slice(url ? 3 : 2)
        .join('\n')
        .trim(),
    };
  }

  const rest = lines.slice(1).join('\n').trim();
  if (looksLikeTitle(first) && rest !== '') return { ...empty, title: first, text: rest };
  return { ...empty, text: raw.trim() };
}

/** Style (d): `key: value` lines up to the first blank line; unknown keys are skipped. */
function parseKeyValueHeader(lines: string[]): ParsedArticle {
  const result: ParsedArticle = { title: null, url: null, publishedAt: null, publisher: null, text: '' };
  let i = 0;
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') break;
    const match = HEADER_LINE.exec(line);
    if (!match) break; // no blank line before the body: the header ends at the first non-header line
    const value = (match[2] ?? '').trim() || null;
    switch ((match[1] ?? '').toLowerCase()) {
      case 'title':
        result.title = value;
        break;
      case 'url':
        result.url = value;
        break;
      case 'published':
        result.publishedAt = value === null ? null : toIsoDate(value);
        break;
      case 'publisher':
        result.publisher = value;
        break;
    }
  }
  result.text = lines.slice(i).join('\n').trim();
  return result;
}

function looksLikeTitle(line: string): boolean {
  return line !== '' && line.length <= MAX_TITLE_LENGTH && !/[.;,]['"”’)]*$/.test(line);
}

/**
 * `2022-03-02`, `20220302` or an ISO timestamp (`2022-03-02T10:00:00Z`) -> `2022-03-02`; null unless it
 * is a real calendar date (2022-02-30 is not).
 */
export function toIsoDate(value: string): string | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${y}-${m}-${d}` : null;
}

function dateFromFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const match = /(?:^|[^\d])(\d{4}-\d{2}-\d{2})(?!\d)/.exec(base);
  return match ? toIsoDate(match[1] ?? '') : null;
}
