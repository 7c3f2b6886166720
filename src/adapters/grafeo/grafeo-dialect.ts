import type { NodeLabel } from '../../domain/enums';
import type { Dialect } from '../../store/executor';
import { nodeTable } from '../../store/schema';

/** Grafeo's BM25 engine tokenises on its own; letters and digits only, so no input is query syntax. */
export function grafeoTerms(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 500);
}

/**
 * Grafeo 0.6 speaks Neo4j's Cypher for everything the store sends (`type(e)`, list `labels()`,
 * `shortestPath()`, UNWIND batches), so only full-text differs: there is no
 * `db.index.fulltext.queryNodes`; `grafeo.search.text(label, property, q, k)` searches ONE property's
 * text index and yields an internal `node_id`, which is matched back with `id(n)`. A label indexed over
 * several properties becomes one UNION ALL part per property; the store keeps each id's best score.
 */
export const grafeoDialect: Dialect = {
  name: 'grafeo',
  relType: (v) => `type(${v})`,
  fullTextQuery: (label: NodeLabel, limit: number) =>
    (nodeTable(label).fullText ?? [])
      .map(
        (property) =>
          `CALL grafeo.search.text('${label}', '${property}', $q, ${Math.trunc(limit)}) YIELD node_id, score ` +
          `MATCH (n:${label}) WHERE id(n) = node_id RETURN n.id AS id, score`,
      )
      .join(' UNION ALL '),
  fullTextTerms: grafeoTerms,
  shortestPathQuery: (from, to, maxLength) =>
    `MATCH (a:${from} {id: $from}) MATCH (b:${to} {id: $to}) ` +
    `MATCH p = shortestPath((a)-[*..${Math.trunc(maxLength)}]-(b)) RETURN [x IN nodes(p) | x.id] AS ids`,
};
