import { DomainError } from '../domain/errors';
import type { Params } from './executor';
import type { ColumnType } from './schema';

/** A malformed row is a bug in the caller, reported before anything reaches the engine. */
const rowError = (why: string): DomainError => new DomainError('INTERNAL', `invalid write row: ${why}`);

/**
 * One row of an UNWIND MERGE for the stores that take rows as lists of maps (Neo4j, Grafeo): exactly
 * the table's columns (a missing key becomes an explicit null, an unknown key is an error), each value
 * of its column's type. The same rules as the embedded store's row guard, so a row one store accepts
 * every store accepts; on a schemaless engine a typo in a column would otherwise become a new property.
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
