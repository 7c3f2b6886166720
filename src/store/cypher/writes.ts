import type { EdgeType, NodeLabel } from '../../domain/enums';
import { edgeTable, writtenColumns } from '../schema';

/**
 * Write statements. The batched forms (UNWIND $rows) are what Neo4j runs; Kuzu runs the per-row forms
 * as prepared statements inside one transaction, because its list parameters take every element's
 * type from the first element (mixed int/float rows corrupt values; a null in the first row fails).
 * Both are generated from the schema definition, so their column lists cannot differ.
 */
const setters = (v: string, src: (c: string) => string, cols: string[]) =>
  cols.length > 0 ? ` SET ${cols.map((c) => `${v}.${c} = ${src(c)}`).join(', ')}` : '';

export function mergeNodesUnwind(label: NodeLabel | 'Alias' | 'Block'): string {
  const cols = Object.keys(writtenColumns(label)).filter((c) => c !== 'id');
  return `UNWIND $rows AS r MERGE (n:${label} {id: r.id})${setters('n', (c) => `r.${c}`, cols)}`;
}
export function mergeNodeRow(label: NodeLabel | 'Alias' | 'Block'): string {
  const cols = Object.keys(writtenColumns(label)).filter((c) => c !== 'id');
  return `MERGE (n:${label} {id: $id})${setters('n', (c) => `$${c}`, cols)}`;
}

export function mergeEdgesUnwind(type: EdgeType, from: NodeLabel, to: NodeLabel): string {
  const cols = Object.keys(edgeTable(type).columns).filter((c) => c !== 'id');
  return (
    `UNWIND $rows AS r MATCH (a:${from} {id: r.from}) MATCH (b:${to} {id: r.to}) ` +
    `MERGE (a)-[e:${type} {id: r.id}]->(b)${setters('e', (c) => `r.${c}`, cols)}`
  );
}
export function mergeEdgeRow(type: EdgeType, from: NodeLabel, to: NodeLabel): string {
  const cols = Object.keys(edgeTable(type).columns).filter((c) => c !== 'id');
  return `MATCH (a:${from} {id: $from}) MATCH (b:${to} {id: $to}) MERGE (a)-[e:${type} {id: $id}]->(b)${setters('e', (c) => `$${c}`, cols)}`;
}

/** Removing what an earlier version of a report stated, before its new version is written. */
export const deleteReportEdges = (type: EdgeType): string =>
  `MATCH ()-[e:${type}]->() WHERE e.reportId = $reportId DELETE e`;
/**
 * A new version's report row replaces the old one rather than updating it in place: on kuzu 0.11.3 a SET
 * of a long string (a report's text) pins buffer-pool pages that grow with every update of the table
 * until the pool is full (64 MiB filled after ~160 updates of a 3 KB text, measured), while a delete and
 * re-create of the row holds nothing. Its REPORTS, MENTIONS and PUBLISHED_BY edges go with it; the new
 * version writes its own.
 */
export const DELETE_REPORT = `MATCH (r:Report) WHERE r.id = $reportId DETACH DELETE r`;
/** What an older version's removal will touch (cache invalidation): its report's targets, the ends of its edges. */
export const REPORT_TARGETS = `MATCH (r:Report)-[e]->(x) WHERE r.id = $reportId RETURN x.id AS id`;
export const reportEdgeEnds = (type: EdgeType): string =>
  `MATCH (a)-[e:${type}]->(b) WHERE e.reportId = $reportId RETURN a.id AS source, b.id AS target`;
export const CONTROL_ENDS = `MATCH (c:Control)-[e]->(x) WHERE c.id IN $ids RETURN x.id AS id`;
export const CONTROL_STARTS = `MATCH (x)-[e]->(c:Control) WHERE c.id IN $ids RETURN x.id AS id`;
export const CONTROLS_OF_REPORT = `MATCH (c:Control) WHERE c.reportId = $reportId RETURN c.id AS id`;
export const DELETE_CONTROLS = `MATCH (c:Control) WHERE c.id IN $ids DETACH DELETE c`;
export const FIGURES_OF_REPORT = `MATCH (r:Report)-[:REPORTS]->(f:Figure) WHERE r.id = $reportId RETURN f.id AS id`;
export const FIGURES_STILL_REPORTED = `MATCH (r:Report)-[:REPORTS]->(f:Figure) WHERE f.id IN $ids RETURN DISTINCT f.id AS id`;
export const DELETE_FIGURES = `MATCH (f:Figure) WHERE f.id IN $ids DETACH DELETE f`;

/** Contradictions: read one quantity's figures with their claimants, replace its derived edges. */
export const FIGURES_OF_QUANTITY = `MATCH (r:Report)-[e:REPORTS]->(f:Figure) WHERE f.metric = $metric AND f.subjectKey = $subjectKey RETURN f.id AS id, f.value AS value, f.low AS low, f.high AS high, f.qualifier AS qualifier, f.asOf AS asOf, e.claimantId AS claimantId`;
export const DELETE_QUANTITY_CONTRADICTIONS = `MATCH (f:Figure)-[e:CONTRADICTS]->(g:Figure) WHERE f.metric = $metric AND f.subjectKey = $subjectKey DELETE e`;
export const QUOTES_OF_FIGURES = `MATCH (r:Report)-[e:REPORTS]->(f:Figure) WHERE f.id IN $ids RETURN f.id AS id, e.quote AS quote, f.quoteText AS current ORDER BY id, quote`;
export const SET_FIGURE_QUOTES = `MATCH (f:Figure) WHERE f.id = $id SET f.quoteText = $quoteText`;
