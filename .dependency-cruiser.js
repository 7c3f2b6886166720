/**
 * The dependency rule of STYLE.md, checked by a tool: folders import only downward.
 * domain <- store <- adapters; graphql/ingestion/http/export use domain + store, never an adapter;
 * only composition roots (src/main.ts, src/cli/*) wire adapters in.
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'domain-imports-nothing-of-ours',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { path: '^src/(?!domain)' },
    },
    {
      name: 'store-imports-only-domain',
      severity: 'error',
      from: { path: '^src/store' },
      to: { path: '^src/(?!domain|store)' },
    },
    {
      name: 'adapters-import-store-and-domain-only',
      severity: 'error',
      from: { path: '^src/adapters/([^/]+)/' },
      to: { path: '^src/(graphql|http|ingestion|export|cli|config|main)' },
    },
    {
      name: 'adapters-do-not-import-each-other',
      severity: 'error',
      from: { path: '^src/adapters/embedded/' },
      to: { path: '^src/adapters/neo4j/' },
    },
    {
      name: 'adapters-do-not-import-each-other-2',
      severity: 'error',
      from: { path: '^src/adapters/neo4j/' },
      to: { path: '^src/adapters/embedded/' },
    },
    {
      name: 'grafeo-adapter-imports-no-other-adapter',
      severity: 'error',
      from: { path: '^src/adapters/grafeo/' },
      to: { path: '^src/adapters/(?!grafeo/)' },
    },
    {
      name: 'other-adapters-do-not-import-grafeo',
      severity: 'error',
      from: { path: '^src/adapters/(?!grafeo/)' },
      to: { path: '^src/adapters/grafeo/' },
    },
    {
      name: 'only-composition-roots-import-adapters',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(main\\.ts|open-store\\.ts|cli/|adapters/)' },
      to: { path: '^src/adapters/' },
    },
    {
      name: 'web-knows-http-not-src',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
