/**
 * A statement about one node (`… = $id …`) run once for each id of `$ids` in one Neo4j statement: a
 * CALL subquery per id, so a LIMIT inside bounds each id's rows, as the embedded store's per-id
 * lookups do. Every row carries `each_id`, the id it answers.
 */
export function eachStatement(text: string): string {
  if (!/\$id\b/.test(text)) throw new Error('eachStatement takes a statement with $id');
  return `UNWIND $ids AS each_id CALL (each_id) { ${text.replace(/\$id\b/g, 'each_id')} } RETURN *`;
}
