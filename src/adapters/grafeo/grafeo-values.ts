import { DomainError } from '../../domain/errors';
import type { Params, Row } from '../../store/executor';
import type { ColumnType } from '../../store/schema';

/**
 * Values leaving Grafeo: the binding already gives JS numbers, strings, booleans and arrays; an
 * integer too large for a double (BigInt) is refused rather than rounded, and graph entities (JsNode,
 * JsEdge) are refused because statements must return scalars (the stores shape entities differently).
 */
export function plainValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') {
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER))
      throw new DomainError('INTERNAL', 'the graph store returned an integer outside the safe range');
    return Number(v);
  }
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(plainValue);
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null)
    throw new DomainError(
      'INTERNAL',
      'a graph store statement returned a graph entity; statements must return scalars',
    );
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainValue(x)]));
}

export const plainRow = (row: Record<string, unknown>): Row =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plainValue(v)]));

/** Values entering Grafeo: Dates as ISO strings (the model stores dates as text), undefined as null. */
export function toParam(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(toParam);
  if (typeof v === 'object') return toParams(v as Params);
  return v;
}
export const toParams = (params: Params): Params =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toParam(v)]));

/** A malformed row is a bug in the caller, reported before anything reaches the engine. */
const rowError = (why: string): DomainError => new DomainError('INTERNAL', `invalid write row: ${why}`);

/**
 * One row of an UNWIND MERGE: exactly the table's columns (a missing key becomes an explicit null, an
 * unknown key is an error), each of its column's type. The same rules as the other stores' row
 * guards, so a row one store accepts every store accepts. Grafeo is schemaless: without this a typo
 * in a column name would silently create a new property.
 */
export function normaliseRow(
  columns: Record<string, ColumnType>,
  row: Record<string, unknown>,
  extra: string[] = [],
): Params {
  const allowed = new Set([...Object.keys(columns), ...extra]);
  for (const key of Object.keys(row)) if (!allowed.has(key)) throw rowError(`row has unknown column ${key}`);
  const out: Params = {};
  for (const key of extra) {
    if (typeof row[key] !== 'string') throw rowError(`row.${key} must be a string`);
    out[key] = row[key];
  }
  for (const [col, type] of Object.entries(columns)) {
    const v = row[col];
    if (v === undefined || v === null) {
      if (col === 'id') throw rowError('row.id is required');
      out[col] = null;
    } else if (type === 'DOUBLE') {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw rowError(`row.${col} must be a finite number`);
      out[col] = v;
    } else if (type === 'STRING[]') {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        throw rowError(`row.${col} must be a list of strings`);
      out[col] = v;
    } else {
      if (typeof v !== 'string') throw rowError(`row.${col} must be a string`);
      out[col] = v;
    }
  }
  return out;
}
