import type { NodeLabel } from '../../domain/enums';
import { subjectKey } from '../../domain/quantity';
import type { ActorFilter, FigureFilter, ReportFilter } from '../graph-store.port';
import type { Params } from '../executor';

/**
 * Keyset-paginated listings with filters. The WHERE clause is assembled from fixed fragments and
 * every value is a parameter; only the parameters a fragment references are passed (Kuzu treats a
 * missing parameter as NULL and rejects an extra one).
 */
export interface ListQuery {
  page: string;
  count: string;
  params: Params;
  countParams: Params;
}

function build(
  match: string,
  v: string,
  where: [string, Record<string, unknown>][],
  after: string | null | undefined,
  first: number,
): ListQuery {
  const conds = where.map(([c]) => c);
  const params: Params = Object.assign({}, ...where.map(([, p]) => p));
  const countWhere = conds.length > 0 ? ` WHERE ${conds.join(' AND ')}` : '';
  const pageConds = after ? [...conds, `${v}.id > $after`] : conds;
  const pageWhere = pageConds.length > 0 ? ` WHERE ${pageConds.join(' AND ')}` : '';
  return {
    page: `${match}${pageWhere} RETURN DISTINCT ${v}.id AS id ORDER BY id LIMIT ${Math.trunc(first) + 1}`,
    count: `${match}${countWhere} RETURN count(DISTINCT ${v}.id) AS n`,
    params: after ? { ...params, after } : params,
    countParams: params,
  };
}

const present = <T>(x: T | null | undefined): x is T => x !== null && x !== undefined && x !== '';

export function listFigures(filter: FigureFilter, first: number, after?: string | null): ListQuery {
  const where: [string, Record<string, unknown>][] = [];
  if (present(filter.metric)) where.push(['f.metric = $metric', { metric: filter.metric }]);
  if (present(filter.subject))
    where.push(['f.subjectKey = $subjectKey', { subjectKey: subjectKey(filter.subject) }]);
  if (present(filter.minValue)) where.push(['f.value >= $minValue', { minValue: filter.minValue }]);
  if (present(filter.maxValue)) where.push(['f.value <= $maxValue', { maxValue: filter.maxValue }]);
  if (present(filter.from)) where.push(['f.asOf >= $from', { from: filter.from }]);
  if (present(filter.to)) where.push(['f.asOf <= $to', { to: filter.to }]);
  if (present(filter.claimantId)) {
    where.push(['a.id = $claimantId', { claimantId: filter.claimantId }]);
    return build('MATCH (a:Actor)-[:CLAIMS]->(f:Figure)', 'f', where, after, first);
  }
  return build('MATCH (f:Figure)', 'f', where, after, first);
}

export function listActors(filter: ActorFilter, first: number, after?: string | null): ListQuery {
  const where: [string, Record<string, unknown>][] = [];
  if (present(filter.kind)) where.push(['a.kind = $kind', { kind: filter.kind }]);
  if (present(filter.name)) where.push(['lower(a.name) CONTAINS $name', { name: filter.name.toLowerCase() }]);
  return build('MATCH (a:Actor)', 'a', where, after, first);
}

export function listPlaces(
  filter: { kind?: string | null; name?: string | null },
  first: number,
  after?: string | null,
): ListQuery {
  const where: [string, Record<string, unknown>][] = [];
  if (present(filter.kind)) where.push(['p.kind = $kind', { kind: filter.kind }]);
  if (present(filter.name)) where.push(['lower(p.name) CONTAINS $name', { name: filter.name.toLowerCase() }]);
  return build('MATCH (p:Place)', 'p', where, after, first);
}

export function listReports(filter: ReportFilter, first: number, after?: string | null): ListQuery {
  const where: [string, Record<string, unknown>][] = [];
  if (present(filter.from)) where.push(['r.publishedAt >= $from', { from: filter.from }]);
  if (present(filter.to)) where.push(['r.publishedAt <= $to', { to: filter.to }]);
  return build('MATCH (r:Report)', 'r', where, after, first);
}

export const LIST_LABELS: NodeLabel[] = ['Actor', 'Place', 'Report', 'Figure'];
