import { CLAIM_COLUMNS } from './claim-columns';

/**
 * An actor's claims in one total order that both engines agree on: by date with undated claims last,
 * then report id, then claim edge id (unique). Where NULL sorts is the engine's choice (the timeline
 * read reorders undated claims for that reason), so the date is sorted through a key that replaces
 * NULL by a string above every ISO date, and a cursor compares against that same key.
 *
 * A page is keyset-paginated on that order (the position of the last claim seen, never an offset),
 * and asks for `first + 1` rows so the extra row answers hasNextPage. Both engines still expand the
 * actor's CLAIMS edges to filter and top-k sort them (no index on edge properties), but only the page
 * crosses into the server, is converted and loaded further.
 */
export const UNDATED_SORT_KEY = '~';

const SORT_DATE = `coalesce(e.date, '${UNDATED_SORT_KEY}')`;
export const ACTOR_CLAIM_COLUMNS = `${CLAIM_COLUMNS('e', 'f', 'e.reportId', 'a.id')}, ${SORT_DATE} AS sortDate`;
export const ACTOR_CLAIM_ORDER = 'sortDate, reportId, id';

/** Strictly after ($afterDate, $afterReportId, $afterId) in the order above. */
const AFTER =
  `(${SORT_DATE} > $afterDate OR (${SORT_DATE} = $afterDate AND ` +
  `(e.reportId > $afterReportId OR (e.reportId = $afterReportId AND e.id > $afterId))))`;

/** One page of one actor's claims; params: `actorId`, plus `afterDate`, `afterReportId`, `afterId` when `after`. */
export function claimsOfActorPage(first: number, after: boolean): string {
  const where = after ? `a.id = $actorId AND ${AFTER}` : 'a.id = $actorId';
  return (
    `MATCH (a:Actor)-[e:CLAIMS]->(f:Figure) WHERE ${where} ` +
    `RETURN ${ACTOR_CLAIM_COLUMNS} ORDER BY ${ACTOR_CLAIM_ORDER} LIMIT ${Math.trunc(first) + 1}`
  );
}

/** How many claims each actor has (a connection's totalCount), batched over actors. */
export const COUNT_CLAIMS_OF_ACTORS = `MATCH (a:Actor)-[e:CLAIMS]->(f:Figure) WHERE a.id IN $ids RETURN a.id AS id, count(e) AS n`;
