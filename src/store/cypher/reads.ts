import { NODE_LABELS, type NodeLabel } from '../../domain/enums';
import type { Dialect } from '../executor';
import { EDGE_TABLES, nodeTable } from '../schema';
import { CLAIM_COLUMNS } from './claim-columns';
import { ACTOR_CLAIM_COLUMNS, ACTOR_CLAIM_ORDER } from './claim-pages';

/**
 * The read statements. One text for both stores except where a Dialect hook is named. Rules kept by
 * every statement: values are parameters; labels and types come from closed lists in code; only
 * scalars are returned (never whole nodes: the drivers shape entities differently).
 */

export function nodesByIds(label: NodeLabel | 'Alias' | 'Block'): string {
  const cols = Object.keys(nodeTable(label).columns);
  return `MATCH (n:${label}) WHERE n.id IN $ids RETURN ${cols.map((c) => `n.${c} AS ${c}`).join(', ')}`;
}

export const CLAIMS_OF_FIGURES = `MATCH (r:Report)-[e:REPORTS]->(f:Figure) WHERE f.id IN $ids RETURN ${CLAIM_COLUMNS('e', 'f', 'r.id', 'e.claimantId')} ORDER BY date, reportId, id`;

/** In the actor-claim order of claim-pages.ts (undated last on both engines), so pages concatenate to this list. */
export const CLAIMS_OF_ACTORS = `MATCH (a:Actor)-[e:CLAIMS]->(f:Figure) WHERE a.id IN $ids RETURN ${ACTOR_CLAIM_COLUMNS} ORDER BY ${ACTOR_CLAIM_ORDER}`;

const DISPUTE_COLUMNS = `e.id AS id, a.id AS actorId, e.reportId AS reportId, e.quote AS quote, e.date AS date, t.id AS targetId`;
export const disputesOfTargets = (label: 'Figure' | 'Control'): string =>
  `MATCH (a:Actor)-[e:DISPUTES]->(t:${label}) WHERE t.id IN $ids RETURN ${DISPUTE_COLUMNS} ORDER BY date, id`;
export const DISPUTES_OF_ACTORS = (label: 'Figure' | 'Control'): string =>
  `MATCH (a:Actor)-[e:DISPUTES]->(t:${label}) WHERE a.id IN $ids RETURN ${DISPUTE_COLUMNS} ORDER BY date, id`;

const CONTROL_COLUMNS = Object.keys(nodeTable('Control').columns)
  .map((c) => `c.${c} AS ${c}`)
  .join(', ');
export const CONTROLS_OF_PLACES = `MATCH (c:Control)-[:CONTROLS]->(p:Place) WHERE p.id IN $ids RETURN ${CONTROL_COLUMNS} ORDER BY date, id`;
export const CONTROLS_OF_ACTORS = `MATCH (a:Actor)-[:CLAIMS]->(c:Control) WHERE a.id IN $ids RETURN ${CONTROL_COLUMNS} ORDER BY date, id`;

export const CONTRADICTIONS_OF_FIGURES = `MATCH (f:Figure)-[:CONTRADICTS]-(g:Figure) WHERE f.id IN $ids RETURN f.id AS id, g.id AS other ORDER BY other`;

/** SIMILAR_TO is symmetric in meaning: either end finds the link, whichever way it was written. */
export const SIMILAR_OF_ACTORS = `MATCH (a:Actor)-[e:SIMILAR_TO]-(b:Actor) WHERE a.id IN $ids RETURN e.id AS id, a.id AS actorId, b.id AS otherId, e.score AS score, e.reason AS reason, e.reportId AS reportId, e.quote AS quote, e.date AS date ORDER BY actorId, score DESC, otherId`;

/** Reports of an entity: mentions for actors and places, REPORTS edges for figures and control claims. */
export const reportsOf = (label: NodeLabel): string =>
  label === 'Figure' || label === 'Control'
    ? `MATCH (r:Report)-[:REPORTS]->(x:${label}) WHERE x.id IN $ids RETURN DISTINCT x.id AS id, r.id AS reportId ORDER BY reportId`
    : `MATCH (r:Report)-[:MENTIONS]->(x:${label}) WHERE x.id IN $ids RETURN DISTINCT x.id AS id, r.id AS reportId ORDER BY reportId`;

export const contentsOfReports = (label: 'Actor' | 'Place' | 'Figure' | 'Control'): string =>
  label === 'Figure' || label === 'Control'
    ? `MATCH (r:Report)-[:REPORTS]->(x:${label}) WHERE r.id IN $ids RETURN DISTINCT r.id AS id, x.id AS other ORDER BY other`
    : `MATCH (r:Report)-[:MENTIONS]->(x:${label}) WHERE r.id IN $ids RETURN DISTINCT r.id AS id, x.id AS other ORDER BY other`;

const TIMELINE_RETURN = `RETURN ${CLAIM_COLUMNS('e', 'f', 'r.id', 'e.claimantId')}, f.value AS value ORDER BY date, value, id`;
export const TIMELINE_BY_METRIC = `MATCH (r:Report)-[e:REPORTS]->(f:Figure) WHERE f.metric = $metric ${TIMELINE_RETURN}`;
export const TIMELINE_BY_QUANTITY = `MATCH (r:Report)-[e:REPORTS]->(f:Figure) WHERE f.metric = $metric AND f.subjectKey = $subjectKey ${TIMELINE_RETURN}`;

/** The directions relationships leave (out) or reach (in) a label by: other label-direction pairs never match. */
export const STEP_DIRECTIONS = (label: NodeLabel): ('out' | 'in')[] =>
  (['out', 'in'] as const).filter((d) =>
    EDGE_TABLES.some((t) => t.pairs.some(([from, to]) => (d === 'out' ? from : to) === label)),
  );

/**
 * One hop from one node (`$id`) of a label, in one direction, edges with their provenance and the far
 * end's display columns (so a network needs no second read for the names of the nodes it finds), at most
 * `cap` of them: a statement per frontier node (CypherExecutor.readEach), so a hub with 150,000 claims
 * answers `cap` rows like any other node. `typed` adds `$types`, the relationship types to follow, so
 * a filter never spends the cap on other types. Two statements (out, in) rather than one undirected
 * one: an undirected match does not say which end is the source on both engines alike.
 */
export function neighbourStep(
  dialect: Dialect,
  label: NodeLabel,
  direction: 'out' | 'in',
  cap: number,
  typed = false,
): string {
  const pattern = direction === 'out' ? `(a:${label})-[e]->(b)` : `(b)-[e]->(a:${label})`;
  const [s, t] = direction === 'out' ? ['a', 'b'] : ['b', 'a'];
  const filter = typed ? ` AND ${dialect.relType('e')} IN $types` : '';
  // The far end's display columns: those of every label it can have (Kuzu rejects a property that none
  // of them has); it costs the engine nothing more, as the far end is read for its id anyway.
  const ends = new Set(
    EDGE_TABLES.flatMap((t) =>
      t.pairs.flatMap(([from, to]) =>
        direction === 'out' ? (from === label ? [to] : []) : to === label ? [from] : [],
      ),
    ),
  );
  const display = [...new Set(NODE_LABELS.filter((l) => ends.has(l)).flatMap((l) => DISPLAY_COLUMNS[l]))];
  return (
    `MATCH ${pattern} WHERE a.id = $id${filter} RETURN ${s}.id AS source, ${t}.id AS target, ${dialect.relType('e')} AS type, ` +
    `e.id AS id, e.reportId AS reportId, e.quote AS quote, e.date AS date, ${display.map((c) => `b.${c} AS ${c}`).join(', ')} ` +
    `LIMIT ${Math.trunc(cap)}`
  );
}

/** The columns a network node is named from, by label (see networkNodeName in cypher-graph-store.ts). */
export const DISPLAY_COLUMNS: Record<NodeLabel, string[]> = {
  Actor: ['name'],
  Place: ['name'],
  Report: ['title'],
  Figure: ['subject', 'value', 'metric'],
  Control: ['status', 'placeId'],
};

/** Display columns of network nodes, by label. */
export const displayNames = (label: NodeLabel): string =>
  `MATCH (n:${label}) WHERE n.id IN $ids RETURN n.id AS id, ${DISPLAY_COLUMNS[label].map((c) => `n.${c} AS ${c}`).join(', ')}`;

export const countNodes = (label: NodeLabel): string => `MATCH (n:${label}) RETURN count(n) AS n`;
export const countEdges = (type: string): string => `MATCH ()-[e:${type}]->() RETURN count(e) AS n`;

export const REPORT_HASH = `MATCH (r:Report) WHERE r.id = $id RETURN r.contentHash AS contentHash`;
