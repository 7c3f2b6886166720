import type { NodeLabel } from '../../domain/enums';
import type { Dialect } from '../../store/executor';

/** Name of a label's full-text index; the schema generator and the search query both use it. */
export const ftsIndexName = (label: string): string => `${label.toLowerCase()}_fts`;

/** Characters with a meaning in Lucene's classic query syntax (`&&` and `||` are covered by `&`, `|`). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
/** Lucene's boolean operators are upper-case words; the analyzer lower-cases terms anyway. */
const LUCENE_OPERATOR = /^(AND|OR|NOT|TO)$/;
/** Well under Lucene's default limit of 1024 clauses per query. */
const MAX_TERMS = 32;

/**
 * User text -> a Lucene query that means "any of these words". Every word is escaped, so no input can
 * change the query's structure (no field selectors, wildcards, fuzziness, ranges or boolean logic);
 * words with no letter or digit are dropped because the analyzer would reduce them to nothing.
 */
export function luceneTerms(text: string): string {
  return text
    .normalize('NFKC')
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .slice(0, MAX_TERMS)
    .map((w) =>
      (LUCENE_OPERATOR.test(w) ? w.toLowerCase() : w).slice(0, 100).replace(LUCENE_SPECIAL, (c) => `\\${c}`),
    )
    .join(' ');
}

/**
 * Neo4j 5 (Cypher 5): `type(e)`, the built-in full-text procedure over the `<label>_fts` indexes
 * created by neo4j-schema.ts, and `shortestPath()` (Neo4j rejects Kuzu's `* SHORTEST`).
 */
export const neo4jDialect: Dialect = {
  name: 'neo4j',
  relType: (v) => `type(${v})`,
  fullTextQuery: (label: NodeLabel, limit: number) =>
    `CALL db.index.fulltext.queryNodes('${ftsIndexName(label)}', $q) YIELD node, score ` +
    `RETURN node.id AS id, score ORDER BY score DESC LIMIT ${Math.trunc(limit)}`,
  fullTextTerms: luceneTerms,
  // Two MATCH clauses rather than `MATCH (a …), (b …)`: the same plan (two unique-index seeks) without
  // the cartesian-product warning Neo4j's linter raises for the comma form.
  shortestPathQuery: (from, to, maxLength) =>
    `MATCH (a:${from} {id: $from}) MATCH (b:${to} {id: $to}) ` +
    `MATCH p = shortestPath((a)-[*..${Math.trunc(maxLength)}]-(b)) RETURN [x IN nodes(p) | x.id] AS ids`,
};
