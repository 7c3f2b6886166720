import type { Params } from '../../store/executor';
import type { ColumnType } from '../../store/schema';

/**
 * Guards that make Kuzu 0.11's silent-corruption and crash traps impossible from outside
 * (shared/notes/embedded-store.md). Each throws a KuzuGuardError: a programming error in the
 * caller, caught before the engine sees the statement.
 */
export class KuzuGuardError extends Error {
  override name = 'KuzuGuardError';
}

/** `$name` references of a statement (string literals in our statements never contain `$`). */
export function referencedParams(text: string): Set<string> {
  return new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
}

/**
 * Trap 3: a missing parameter is silently NULL and an extra one is an error. Trap 2: `x IN $empty`
 * segfaults. Trap 1: a list's element type is taken from its first element, so lists must be of one
 * primitive type. Trap 4: a JS Date loses its time.
 */
export function checkParams(text: string, params: Params): void {
  // Found here: a UNION ALL whose first part matches nothing crashes the process.
  if (/\bUNION\b/i.test(text))
    throw new KuzuGuardError('UNION is not allowed on the embedded store: run the parts separately');
  const wanted = referencedParams(text);
  for (const name of wanted) if (!(name in params)) throw new KuzuGuardError(`parameter $${name} is missing`);
  for (const [name, value] of Object.entries(params)) {
    if (!wanted.has(name)) throw new KuzuGuardError(`parameter $${name} is not used by the statement`);
    if (value instanceof Date) throw new KuzuGuardError(`parameter $${name} is a Date: pass an ISO string`);
    if (value === undefined) throw new KuzuGuardError(`parameter $${name} is undefined: pass null`);
    if (Array.isArray(value)) {
      if (value.length === 0) throw new KuzuGuardError(`parameter $${name} is an empty list`);
      const kinds = new Set(value.map((v) => (v === null ? 'null' : typeof v)));
      if (kinds.size !== 1 || kinds.has('object') || kinds.has('null'))
        throw new KuzuGuardError(`parameter $${name} must be a list of one primitive type with no nulls`);
      if (kinds.has('number') && new Set(value.map((v) => Number.isInteger(v))).size > 1)
        throw new KuzuGuardError(`parameter $${name} mixes integers and fractions`);
    }
  }
}

/**
 * One row of a MERGE: exactly the table's columns (a missing key becomes null, an unknown key is an
 * error), each value of its column's type. Scalars go to per-row prepared statements, so null, int
 * and float need no list-type inference. Empty lists become null (Kuzu stores them so anyway; the
 * read side turns null back into []).
 */
export function normaliseRow(
  columns: Record<string, ColumnType>,
  row: Record<string, unknown>,
  extra: string[] = [],
): Params {
  const allowed = new Set([...Object.keys(columns), ...extra]);
  for (const key of Object.keys(row))
    if (!allowed.has(key)) throw new KuzuGuardError(`row has unknown column ${key}`);
  const out: Params = {};
  for (const key of extra) {
    if (typeof row[key] !== 'string') throw new KuzuGuardError(`row.${key} must be a string`);
    out[key] = row[key];
  }
  for (const [col, type] of Object.entries(columns)) {
    const v = row[col];
    if (v === undefined || v === null) {
      if (col === 'id') throw new KuzuGuardError('row.id is required');
      out[col] = null;
    } else if (type === 'DOUBLE') {
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new KuzuGuardError(`row.${col} must be a finite number`);
      out[col] = v;
    } else if (type === 'STRING[]') {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        throw new KuzuGuardError(`row.${col} must be a list of strings`);
      out[col] = v.length > 0 ? v : null;
    } else {
      if (typeof v !== 'string') throw new KuzuGuardError(`row.${col} must be a string`);
      out[col] = v;
    }
  }
  return out;
}

/** Kuzu returns INT64 aggregates as BigInt and nested values as-is; rows leave as plain JS. */
export function plainValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(plainValue);
  return v;
}
