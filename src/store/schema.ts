import type { EdgeType, NodeLabel } from '../domain/enums';

/**
 * The one definition of the graph's shape. Kuzu's DDL (node/rel tables) and Neo4j's constraints,
 * indexes and full-text indexes are both generated from it, and the write statements of both
 * dialects take their column lists from it, so the two stores cannot drift apart.
 */
export type ColumnType = 'STRING' | 'DOUBLE' | 'STRING[]';

export interface NodeTable {
  label: NodeLabel | 'Alias' | 'Block';
  columns: Record<string, ColumnType>;
  /** Properties indexed for full-text search (string columns only). */
  fullText?: string[];
  /** Extra indexed properties (Neo4j range indexes; Kuzu indexes only the primary key). */
  indexed?: string[];
  /**
   * Columns the store derives after a merge (a figure's quote text, from the quotes that state it). A
   * merge never sets them: rewriting a full-text column with the value it already has still costs the
   * embedded store an index update (see writtenColumns).
   */
  derived?: string[];
}

export interface EdgeTable {
  type: EdgeType;
  pairs: [NodeLabel, NodeLabel][];
  columns: Record<string, ColumnType>;
}

const PROVENANCE: Record<string, ColumnType> = {
  id: 'STRING',
  reportId: 'STRING',
  quote: 'STRING',
  date: 'STRING',
};

export const NODE_TABLES: NodeTable[] = [
  {
    label: 'Actor',
    columns: {
      id: 'STRING',
      name: 'STRING',
      aliases: 'STRING[]',
      aliasText: 'STRING',
      kind: 'STRING',
      role: 'STRING',
      affiliationId: 'STRING',
    },
    fullText: ['name', 'aliasText'],
    indexed: ['kind', 'name'],
  },
  {
    label: 'Place',
    columns: {
      id: 'STRING',
      name: 'STRING',
      aliases: 'STRING[]',
      aliasText: 'STRING',
      kind: 'STRING',
      country: 'STRING',
    },
    fullText: ['name', 'aliasText'],
    indexed: ['kind'],
  },
  {
    label: 'Report',
    columns: {
      id: 'STRING',
      title: 'STRING',
      url: 'STRING',
      publishedAt: 'STRING',
      publisherId: 'STRING',
      text: 'STRING',
      contentHash: 'STRING',
    },
    fullText: ['title'],
    indexed: ['publishedAt'],
  },
  {
    label: 'Figure',
    columns: {
      id: 'STRING',
      value: 'DOUBLE',
      low: 'DOUBLE',
      high: 'DOUBLE',
      qualifier: 'STRING',
      metric: 'STRING',
      subject: 'STRING',
      subjectKey: 'STRING',
      asOf: 'STRING',
      quoteText: 'STRING',
    },
    fullText: ['subject', 'quoteText'],
    indexed: ['metric', 'subjectKey', 'asOf'],
    derived: ['quoteText'],
  },
  {
    label: 'Control',
    columns: {
      id: 'STRING',
      placeId: 'STRING',
      controllerId: 'STRING',
      claimantId: 'STRING',
      reportId: 'STRING',
      status: 'STRING',
      quote: 'STRING',
      date: 'STRING',
    },
    fullText: ['quote'],
    indexed: ['reportId', 'placeId'],
  },
  /** Entity-resolution lookup: `actor|<fingerprint>` -> canonical id. */
  { label: 'Alias', columns: { id: 'STRING', targetId: 'STRING' } },
  /** Similarity blocking: `actor|<token prefix>` -> the actor ids filed under it (domain/blocking.ts). */
  { label: 'Block', columns: { id: 'STRING', targetIds: 'STRING[]' } },
];

export const EDGE_TABLES: EdgeTable[] = [
  {
    type: 'CLAIMS',
    pairs: [
      ['Actor', 'Figure'],
      ['Actor', 'Control'],
    ],
    columns: { ...PROVENANCE, viaId: 'STRING', qualifier: 'STRING' },
  },
  {
    type: 'DISPUTES',
    pairs: [
      ['Actor', 'Figure'],
      ['Actor', 'Control'],
    ],
    columns: { ...PROVENANCE },
  },
  { type: 'CONTROLS', pairs: [['Control', 'Place']], columns: { ...PROVENANCE, status: 'STRING' } },
  { type: 'CONTROLLER', pairs: [['Control', 'Actor']], columns: { ...PROVENANCE } },
  {
    type: 'REPORTS',
    pairs: [
      ['Report', 'Figure'],
      ['Report', 'Control'],
    ],
    columns: { ...PROVENANCE, claimantId: 'STRING', viaId: 'STRING', qualifier: 'STRING' },
  },
  {
    type: 'MENTIONS',
    pairs: [
      ['Report', 'Actor'],
      ['Report', 'Place'],
    ],
    columns: { ...PROVENANCE },
  },
  { type: 'PUBLISHED_BY', pairs: [['Report', 'Actor']], columns: { ...PROVENANCE } },
  { type: 'AFFILIATED_WITH', pairs: [['Actor', 'Actor']], columns: { ...PROVENANCE } },
  { type: 'CONTRADICTS', pairs: [['Figure', 'Figure']], columns: { ...PROVENANCE, rule: 'STRING' } },
  {
    type: 'SIMILAR_TO',
    pairs: [['Actor', 'Actor']],
    columns: { ...PROVENANCE, score: 'DOUBLE', reason: 'STRING' },
  },
];

export function nodeTable(label: string): NodeTable {
  const t = NODE_TABLES.find((n) => n.label === label);
  if (!t) throw new Error(`unknown node label ${label}`);
  return t;
}
/** The columns a node merge writes: every column but the derived ones. */
export function writtenColumns(label: string): Record<string, ColumnType> {
  const t = nodeTable(label);
  const derived = new Set(t.derived ?? []);
  return Object.fromEntries(Object.entries(t.columns).filter(([c]) => !derived.has(c)));
}
export function edgeTable(type: string): EdgeTable {
  const t = EDGE_TABLES.find((e) => e.type === type);
  if (!t) throw new Error(`unknown edge type ${type}`);
  return t;
}
