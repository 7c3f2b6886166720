import { EDGE_TABLES, NODE_TABLES } from '../../store/schema';
import { ftsIndexName } from './kuzu-dialect';

/** Kuzu DDL generated from the one schema definition (store/schema.ts). */
export function kuzuDdl(): string[] {
  const nodes = NODE_TABLES.map(
    (t) =>
      `CREATE NODE TABLE IF NOT EXISTS ${t.label}(${Object.entries(t.columns)
        .map(([c, type]) => `${c} ${type}`)
        .join(', ')}, PRIMARY KEY(id))`,
  );
  const rels = EDGE_TABLES.map(
    (t) =>
      `CREATE REL TABLE IF NOT EXISTS ${t.type}(${t.pairs.map(([a, b]) => `FROM ${a} TO ${b}`).join(', ')}, ${Object.entries(
        t.columns,
      )
        .map(([c, type]) => `${c} ${type}`)
        .join(', ')})`,
  );
  return [...nodes, ...rels, META_DDL];
}

/**
 * The embedded store's own bookkeeping, outside the graph schema: the last journal entry the store
 * holds (journal.ts), written in the same transaction as that entry's bundle.
 */
export const META_DDL = 'CREATE NODE TABLE IF NOT EXISTS Meta(id STRING, seq INT64, PRIMARY KEY(id))';
export const SET_JOURNAL_SEQ = "MERGE (m:Meta {id: 'journal'}) SET m.seq = $seq";
export const JOURNAL_SEQ = "MATCH (m:Meta {id: 'journal'}) RETURN m.seq AS seq";

/**
 * CREATE ... IF NOT EXISTS leaves an older store's tables as they were; a column added to a
 * relationship table later (SIMILAR_TO.reason) is added here, as a no-op once present. Node tables are
 * left alone: their full-text indexes make altering them a rebuild.
 */
export function kuzuColumnUpgrades(): string[] {
  return EDGE_TABLES.flatMap((t) =>
    Object.entries(t.columns)
      .filter(([c]) => c !== 'id')
      .map(([c, type]) => `ALTER TABLE ${t.type} ADD IF NOT EXISTS ${c} ${type}`),
  );
}

export function kuzuFullTextIndexes(): { table: string; name: string; statement: string }[] {
  return NODE_TABLES.filter((t) => t.fullText && t.fullText.length > 0).map((t) => ({
    table: t.label,
    name: ftsIndexName(t.label),
    statement: `CALL CREATE_FTS_INDEX('${t.label}', '${ftsIndexName(t.label)}', [${t.fullText!.map((c) => `'${c}'`).join(', ')}])`,
  }));
}
