import type { ReportBundle } from './bundle';
import { isIsoDate } from './dates';
import { ACTOR_KINDS, CONTROL_STATUSES, PLACE_KINDS, QUALIFIERS, isOneOf } from './enums';
import type { Problem } from './errors';

/** Limits that keep one bundle a report, not a denial of service. */
export const BUNDLE_LIMITS = {
  textChars: 2_000_000,
  fieldChars: 2_000,
  quoteChars: 5_000,
  listItems: 5_000,
  aliases: 100,
  maxValue: 1e13,
} as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every invariant a bundle must hold before anything of it is written: shapes and types, enums, keys
 * that resolve, quotes that are exact substrings of the report text, finite non-negative numbers, real
 * dates. Returns all problems (path + reason), not just the first, so curators fix a bundle in one go.
 * Takes `unknown` because bundles arrive as JSON from files, the API and the extractor alike.
 */
export function checkBundle(input: unknown): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, reason: string): void => {
    problems.push({ path, reason });
  };
  if (!isObj(input)) return [{ path: '', reason: 'must be an object' }];

  const str = (o: Obj, field: string, path: string, opts: { nullable?: boolean; max?: number } = {}) => {
    const v = o[field];
    if (v === null || v === undefined) {
      if (!opts.nullable) add(`${path}.${field}`, 'is required');
      return null;
    }
    if (typeof v !== 'string') {
      add(`${path}.${field}`, 'must be a string');
      return null;
    }
    if (!opts.nullable && v.trim().length === 0) add(`${path}.${field}`, 'must not be empty');
    if (v.length > (opts.max ?? BUNDLE_LIMITS.fieldChars))
      add(`${path}.${field}`, `must be at most ${opts.max ?? BUNDLE_LIMITS.fieldChars} characters`);
    return v;
  };
  const date = (o: Obj, field: string, path: string) => {
    const v = o[field];
    if (v === null || v === undefined) return;
    if (!isIsoDate(v)) add(`${path}.${field}`, 'must be a real date written YYYY-MM-DD');
  };
  const num = (o: Obj, field: string, path: string, nullable: boolean): number | null => {
    const v = o[field];
    if (v === null || v === undefined) {
      if (!nullable) add(`${path}.${field}`, 'is required');
      return null;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      add(`${path}.${field}`, 'must be a finite number');
      return null;
    }
    if (v < 0) add(`${path}.${field}`, 'must not be negative');
    if (v > BUNDLE_LIMITS.maxValue) add(`${path}.${field}`, `must be at most ${BUNDLE_LIMITS.maxValue}`);
    return v;
  };
  const list = (o: Obj, field: string): unknown[] => {
    const v = o[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      add(field, 'must be a list');
      return [];
    }
    if (v.length > BUNDLE_LIMITS.listItems) add(field, `must have at most ${BUNDLE_LIMITS.listItems} items`);
    return v;
  };

  // report
  let text = '';
  if (!isObj(input.report)) add('report', 'is required and must be an object');
  else {
    const r = input.report;
    const t = str(r, 'text', 'report', { max: BUNDLE_LIMITS.textChars });
    text = t ?? '';
    str(r, 'title', 'report', { nullable: true });
    str(r, 'url', 'report', { nullable: true });
    str(r, 'publisher', 'report', { nullable: true });
    date(r, 'publishedAt', 'report');
  }
  const quote = (o: Obj, path: string) => {
    const q = str(o, 'quote', path, { max: BUNDLE_LIMITS.quoteChars });
    if (q !== null && q.trim().length > 0 && text.length > 0 && !text.includes(q))
      add(`${path}.quote`, 'is not an exact substring of report.text');
  };

  // keyed entities
  const keysOf = (field: string): Set<string> => {
    const keys = new Set<string>();
    list(input, field).forEach((item, i) => {
      const path = `${field}[${i}]`;
      if (!isObj(item)) return add(path, 'must be an object');
      const key = str(item, 'key', path, { max: 200 });
      if (key !== null) {
        if (keys.has(key)) add(`${path}.key`, `duplicates key "${key}"`);
        keys.add(key);
      }
    });
    return keys;
  };
  const actorKeys = keysOf('actors');
  const placeKeys = keysOf('places');
  const figureKeys = keysOf('figures');
  const controlKeys = keysOf('controls');
  const ref = (o: Obj, field: string, path: string, keys: Set<string>, what: string, nullable: boolean) => {
    const v = str(o, field, path, { nullable, max: 200 });
    if (v !== null && !keys.has(v))
      add(`${path}.${field}`, `"${v}" is not the key of any ${what} in this bundle`);
  };
  const aliases = (o: Obj, path: string) => {
    const v = o.aliases;
    if (v === undefined || v === null) return;
    if (!Array.isArray(v)) return add(`${path}.aliases`, 'must be a list of strings');
    if (v.length > BUNDLE_LIMITS.aliases)
      add(`${path}.aliases`, `must have at most ${BUNDLE_LIMITS.aliases} items`);
    v.forEach((a, j) => {
      if (typeof a !== 'string' || a.trim().length === 0)
        add(`${path}.aliases[${j}]`, 'must be a non-empty string');
      else if (a.length > BUNDLE_LIMITS.fieldChars) add(`${path}.aliases[${j}]`, 'is too long');
    });
  };

  list(input, 'actors').forEach((item, i) => {
    if (!isObj(item)) return;
    const path = `actors[${i}]`;
    str(item, 'name', path);
    str(item, 'role', path, { nullable: true });
    aliases(item, path);
    if (!isOneOf(ACTOR_KINDS, item.kind)) add(`${path}.kind`, `must be one of ${ACTOR_KINDS.join(', ')}`);
    if (item.affiliation !== undefined && item.affiliation !== null) {
      ref(item, 'affiliation', path, actorKeys, 'actor', true);
      if (item.affiliation === item.key)
        add(`${path}.affiliation`, 'an actor cannot be affiliated with itself');
    }
  });
  list(input, 'places').forEach((item, i) => {
    if (!isObj(item)) return;
    const path = `places[${i}]`;
    str(item, 'name', path);
    str(item, 'country', path, { nullable: true });
    aliases(item, path);
    if (!isOneOf(PLACE_KINDS, item.kind)) add(`${path}.kind`, `must be one of ${PLACE_KINDS.join(', ')}`);
  });
  list(input, 'figures').forEach((item, i) => {
    if (!isObj(item)) return;
    const path = `figures[${i}]`;
    num(item, 'value', path, false);
    const low = num(item, 'low', path, true);
    const high = num(item, 'high', path, true);
    if ((low === null) !== (high === null) && (item.low ?? null) !== (item.high ?? null))
      add(`${path}.low`, 'low and high must be given together');
    if (low !== null && high !== null && low > high) add(`${path}.low`, 'must not exceed high');
    if (!isOneOf(QUALIFIERS, item.qualifier))
      add(`${path}.qualifier`, `must be one of ${QUALIFIERS.join(', ')}`);
    str(item, 'metric', path, { max: 100 });
    str(item, 'subject', path, { max: 300 });
    date(item, 'asOf', path);
    if (item.claimant !== null && item.claimant !== undefined)
      ref(item, 'claimant', path, actorKeys, 'actor', true);
    if (item.via !== null && item.via !== undefined) ref(item, 'via', path, actorKeys, 'actor', true);
    quote(item, path);
  });
  list(input, 'controls').forEach((item, i) => {
    if (!isObj(item)) return;
    const path = `controls[${i}]`;
    ref(item, 'claimant', path, actorKeys, 'actor', false);
    ref(item, 'controller', path, actorKeys, 'actor', false);
    ref(item, 'place', path, placeKeys, 'place', false);
    if (!isOneOf(CONTROL_STATUSES, item.status))
      add(`${path}.status`, `must be one of ${CONTROL_STATUSES.join(', ')}`);
    date(item, 'date', path);
    quote(item, path);
  });
  list(input, 'disputes').forEach((item, i) => {
    if (!isObj(item)) return add(`disputes[${i}]`, 'must be an object');
    const path = `disputes[${i}]`;
    ref(item, 'disputer', path, actorKeys, 'actor', false);
    date(item, 'date', path);
    quote(item, path);
    const t = item.target;
    if (!isObj(t)) return add(`${path}.target`, 'must be { "figure": key } or { "control": key }');
    const hasFigure = t.figure !== undefined && t.figure !== null;
    const hasControl = t.control !== undefined && t.control !== null;
    if (hasFigure === hasControl) add(`${path}.target`, 'must name exactly one of figure or control');
    else if (hasFigure) ref(t, 'figure', `${path}.target`, figureKeys, 'figure', false);
    else ref(t, 'control', `${path}.target`, controlKeys, 'control claim', false);
  });
  return problems;
}

/** Narrowing helper: a bundle with no problems is a ReportBundle. */
export function isValidBundle(input: unknown): input is ReportBundle {
  return checkBundle(input).length === 0;
}
