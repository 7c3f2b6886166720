import { EDGE_TYPES, NODE_LABELS, type NodeLabel } from '../../domain/enums';
import * as CP from '../../store/cypher/claim-pages';
import * as L from '../../store/cypher/lists';
import * as Q from '../../store/cypher/reads';
import * as W from '../../store/cypher/writes';
import type { ActorFilter, FigureFilter, ReportFilter } from '../../store/graph-store.port';
import { EDGE_TABLES, NODE_TABLES } from '../../store/schema';
import { neo4jDialect as D } from './neo4j-dialect';
import { eachStatement } from './neo4j-each';
import { AWAIT_INDEXES, neo4jSchemaStatements } from './neo4j-schema';

export interface Neo4jStatement {
  /** Where the text comes from, e.g. `reads.nodesByIds(Actor)`. */
  name: string;
  text: string;
}

/**
 * Numbers the store writes into texts (LIMIT, path lengths) vary per request; these stand for them.
 * normaliseLiterals() maps any text onto its representative, so a recorded text can be looked up.
 */
const FIRST = 20;
const SEARCH_LIMIT = 10;
const STEP_CAP = 100;
const PATH_LENGTH = 4;

/** Replaces the integer literals the store varies per request by 0. */
export const normaliseLiterals = (text: string): string =>
  text.replace(/\bLIMIT \d+/g, 'LIMIT 0').replace(/\*\.\.\d+/g, '*..0');

/** Every subset of a sample filter's fields (the sample is `Required<>`, so a new field must be added there). */
function subsets<T extends object>(sample: Required<T>): Partial<T>[] {
  const keys = Object.keys(sample) as (keyof T)[];
  const out: Partial<T>[] = [];
  for (let mask = 0; mask < 1 << keys.length; mask++)
    out.push(
      Object.fromEntries(keys.filter((_, i) => mask & (1 << i)).map((k) => [k, sample[k]])) as Partial<T>,
    );
  return out;
}

const FIGURE_FILTER: Required<FigureFilter> = {
  metric: 'killed',
  subject: 'Russian soldiers',
  claimantId: 'actor:x',
  minValue: 1,
  maxValue: 2,
  from: '2022-01-01',
  to: '2022-12-31',
};
const ACTOR_FILTER: Required<ActorFilter> = { kind: 'PERSON', name: 'x' };
const PLACE_FILTER: Required<Parameters<typeof L.listPlaces>[0]> = { kind: 'CITY', name: 'x' };
const REPORT_FILTER: Required<ReportFilter> = { from: '2022-01-01', to: '2022-12-31' };

function listStatements(): Neo4jStatement[] {
  const out: Neo4jStatement[] = [];
  const add = (kind: string, filter: object, q: L.ListQuery, after: boolean) => {
    const f = Object.keys(filter).join(',') || 'none';
    out.push({ name: `lists.${kind}(${f}${after ? ', after' : ''}).page`, text: q.page });
    out.push({ name: `lists.${kind}(${f}).count`, text: q.count });
  };
  for (const after of [null, 'id:0']) {
    for (const f of subsets<FigureFilter>(FIGURE_FILTER))
      add('listFigures', f, L.listFigures(f, FIRST, after), after !== null);
    for (const f of subsets<ActorFilter>(ACTOR_FILTER))
      add('listActors', f, L.listActors(f, FIRST, after), after !== null);
    for (const f of subsets(PLACE_FILTER))
      add('listPlaces', f, L.listPlaces(f, FIRST, after), after !== null);
    for (const f of subsets<ReportFilter>(REPORT_FILTER))
      add('listReports', f, L.listReports(f, FIRST, after), after !== null);
  }
  return out;
}

/** The labels the store asks for reports/contents of (reportsOf/contentsOfReports take these four). */
const REPORTED_LABELS = ['Actor', 'Place', 'Figure', 'Control'] as const;
const TARGET_LABELS = ['Figure', 'Control'] as const;

function readStatements(): Neo4jStatement[] {
  const out: Neo4jStatement[] = [];
  for (const l of [...NODE_LABELS, 'Alias', 'Block'] as const)
    out.push({ name: `reads.nodesByIds(${l})`, text: Q.nodesByIds(l) });
  out.push({ name: 'reads.CLAIMS_OF_FIGURES', text: Q.CLAIMS_OF_FIGURES });
  out.push({ name: 'reads.CLAIMS_OF_ACTORS', text: Q.CLAIMS_OF_ACTORS });
  for (const after of [false, true])
    out.push({
      name: `reads.claimPages.claimsOfActorPage(${after ? 'after' : 'first'})`,
      text: CP.claimsOfActorPage(FIRST, after),
    });
  out.push({ name: 'reads.claimPages.COUNT_CLAIMS_OF_ACTORS', text: CP.COUNT_CLAIMS_OF_ACTORS });
  for (const l of TARGET_LABELS) {
    out.push({ name: `reads.disputesOfTargets(${l})`, text: Q.disputesOfTargets(l) });
    out.push({ name: `reads.DISPUTES_OF_ACTORS(${l})`, text: Q.DISPUTES_OF_ACTORS(l) });
  }
  out.push({ name: 'reads.CONTROLS_OF_PLACES', text: Q.CONTROLS_OF_PLACES });
  out.push({ name: 'reads.CONTROLS_OF_ACTORS', text: Q.CONTROLS_OF_ACTORS });
  out.push({ name: 'reads.CONTRADICTIONS_OF_FIGURES', text: Q.CONTRADICTIONS_OF_FIGURES });
  out.push({ name: 'reads.SIMILAR_OF_ACTORS', text: Q.SIMILAR_OF_ACTORS });
  for (const l of REPORTED_LABELS) {
    out.push({ name: `reads.reportsOf(${l})`, text: Q.reportsOf(l) });
    out.push({ name: `reads.contentsOfReports(${l})`, text: Q.contentsOfReports(l) });
  }
  out.push({ name: 'reads.TIMELINE_BY_METRIC', text: Q.TIMELINE_BY_METRIC });
  out.push({ name: 'reads.TIMELINE_BY_QUANTITY', text: Q.TIMELINE_BY_QUANTITY });
  for (const l of NODE_LABELS)
    for (const dir of Q.STEP_DIRECTIONS(l))
      for (const typed of [false, true])
        out.push({
          name: `reads.neighbourStep(${l}, ${dir}${typed ? ', types' : ''}) per id`,
          text: eachStatement(Q.neighbourStep(D, l, dir, STEP_CAP, typed)),
        });
  for (const l of NODE_LABELS) out.push({ name: `reads.displayNames(${l})`, text: Q.displayNames(l) });
  for (const l of NODE_LABELS) out.push({ name: `reads.countNodes(${l})`, text: Q.countNodes(l) });
  for (const t of EDGE_TYPES) out.push({ name: `reads.countEdges(${t})`, text: Q.countEdges(t) });
  out.push({ name: 'reads.REPORT_HASH', text: Q.REPORT_HASH });
  return out;
}

function writeStatements(): Neo4jStatement[] {
  const out: Neo4jStatement[] = [];
  for (const t of NODE_TABLES)
    out.push({ name: `writes.mergeNodesUnwind(${t.label})`, text: W.mergeNodesUnwind(t.label) });
  for (const t of EDGE_TABLES)
    for (const [a, b] of t.pairs)
      out.push({
        name: `writes.mergeEdgesUnwind(${t.type}, ${a}, ${b})`,
        text: W.mergeEdgesUnwind(t.type, a, b),
      });
  for (const t of EDGE_TYPES)
    out.push(
      { name: `writes.deleteReportEdges(${t})`, text: W.deleteReportEdges(t) },
      { name: `writes.reportEdgeEnds(${t})`, text: W.reportEdgeEnds(t) },
    );
  const fixed = {
    DELETE_REPORT: W.DELETE_REPORT,
    REPORT_TARGETS: W.REPORT_TARGETS,
    CONTROL_ENDS: W.CONTROL_ENDS,
    CONTROL_STARTS: W.CONTROL_STARTS,
    CONTROLS_OF_REPORT: W.CONTROLS_OF_REPORT,
    DELETE_CONTROLS: W.DELETE_CONTROLS,
    FIGURES_OF_REPORT: W.FIGURES_OF_REPORT,
    FIGURES_STILL_REPORTED: W.FIGURES_STILL_REPORTED,
    DELETE_FIGURES: W.DELETE_FIGURES,
    FIGURES_OF_QUANTITY: W.FIGURES_OF_QUANTITY,
    DELETE_QUANTITY_CONTRADICTIONS: W.DELETE_QUANTITY_CONTRADICTIONS,
    QUOTES_OF_FIGURES: W.QUOTES_OF_FIGURES,
    SET_FIGURE_QUOTES: W.SET_FIGURE_QUOTES,
  };
  for (const [name, text] of Object.entries(fixed)) out.push({ name: `writes.${name}`, text });
  return out;
}

function dialectStatements(): Neo4jStatement[] {
  const out: Neo4jStatement[] = [];
  for (const t of NODE_TABLES)
    if (t.label !== 'Alias' && t.fullText && t.fullText.length > 0)
      out.push({
        name: `dialect.fullTextQuery(${t.label})`,
        text: D.fullTextQuery(t.label as NodeLabel, SEARCH_LIMIT),
      });
  for (const a of NODE_LABELS)
    for (const b of NODE_LABELS)
      out.push({
        name: `dialect.shortestPathQuery(${a}, ${b})`,
        text: D.shortestPathQuery(a, b, PATH_LENGTH),
      });
  return out;
}

/**
 * Every Cypher text the Neo4j adapter can send, generated from the same functions that produce them
 * at run time, so the lint test (test/neo4j/cypher-lint.test.ts) checks each with Neo4j's own parser
 * and semantic analysis. A new statement is included by adding it here; the coverage test drives the
 * whole store over a recording fake driver and fails if it sends a text this list does not hold.
 */
export function allNeo4jStatements(): Neo4jStatement[] {
  const all = [
    ...readStatements(),
    ...listStatements(),
    ...writeStatements(),
    ...dialectStatements(),
    ...neo4jSchemaStatements().map((s) => ({ name: `schema.${s.name}`, text: s.text })),
    { name: 'executor.AWAIT_INDEXES', text: AWAIT_INDEXES },
  ];
  const seen = new Set<string>();
  return all.filter((s) => !seen.has(s.text) && (seen.add(s.text), true));
}
