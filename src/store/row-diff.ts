import type { ColumnType } from './schema';

/** Stored and planned values compare alike: absent, null and an empty list are all "no value". */
function canonical(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.length === 0 ? null : JSON.stringify(v.map(String));
  if (typeof v === 'bigint') return Number(v);
  return v;
}

/**
 * Whether writing `planned` over `stored` would change any of `columns`. A merge of an unchanged row is
 * skipped: on the embedded store every SET of a full-text column, even to the value it has, updates the
 * index and pins buffer-pool pages until the next checkpoint (about 14 KB a row for under 0.1 KB of log, measured), which is
 * what filled the pool and crashed the soak run that re-sent report versions.
 */
export function rowChanged(
  columns: Record<string, ColumnType>,
  planned: Record<string, unknown>,
  stored: Record<string, unknown> | undefined,
): boolean {
  if (!stored) return true;
  return Object.keys(columns).some((c) => canonical(planned[c]) !== canonical(stored[c]));
}
