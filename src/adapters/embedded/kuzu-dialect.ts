import type { NodeLabel } from '../../domain/enums';
import type { Dialect } from '../../store/executor';

export const ftsIndexName = (label: string): string => `${label.toLowerCase()}_fts`;

/** Kuzu 0.11: `label(e)` for a relationship's type, `* SHORTEST`, and the statically linked fts extension. */
export const kuzuDialect: Dialect = {
  name: 'kuzu',
  relType: (v) => `label(${v})`,
  fullTextQuery: (label: NodeLabel, limit: number) =>
    `CALL QUERY_FTS_INDEX('${label}', '${ftsIndexName(label)}', $q) RETURN node.id AS id, score ORDER BY score DESC LIMIT ${Math.trunc(limit)}`,
  // The fts extension tokenises on its own; keeping letters and digits only removes its query syntax.
  fullTextTerms: (text) =>
    text
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .slice(0, 500),
  shortestPathQuery: (from, to, maxLength) =>
    `MATCH p = (a:${from} {id: $from})-[* SHORTEST 1..${Math.trunc(maxLength)}]-(b:${to} {id: $to}) RETURN properties(nodes(p), 'id') AS ids LIMIT 1`,
};
