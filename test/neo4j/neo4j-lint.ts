import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { EDGE_TABLES, NODE_TABLES } from '../../src/store/schema';

/**
 * Neo4j's own Cypher front end, offline: @neo4j-cypher/language-support parses with Neo4j's grammar
 * and runs Neo4j's semantic analysis (compiled from the server's Scala code), then checks the text
 * against the database schema we describe here.
 */
export type CypherVersion = 'CYPHER 5' | 'CYPHER 25';

export interface LintFinding {
  severity: 'error' | 'warning';
  message: string;
}

/**
 * The procedures and functions of a plain Neo4j server: the package's recorded catalogue of a real
 * server, minus plugins (APOC, GDS), so a plugin call fails here as it would on neo4j:5-community.
 */
function builtIns(version: CypherVersion): Pick<DbSchema, 'functions' | 'procedures'> {
  const plugin = /^(apoc|gds)\./;
  const fns = testData.mockSchema.functions?.[version] ?? {};
  const procs = testData.mockSchema.procedures?.[version] ?? {};
  return {
    functions: {
      [version]: Object.fromEntries(Object.entries(fns).filter(([n, f]) => f.isBuiltIn && !plugin.test(n))),
    },
    procedures: { [version]: Object.fromEntries(Object.entries(procs).filter(([n]) => !plugin.test(n))) },
  };
}

/** Labels, types, property keys and which label pairs each type connects: all from store/schema.ts. */
export function claimgraphDbSchema(version: CypherVersion, parameters: Record<string, unknown>): DbSchema {
  const propertyKeys = new Set<string>();
  for (const t of [...NODE_TABLES, ...EDGE_TABLES])
    for (const c of Object.keys(t.columns)) propertyKeys.add(c);
  return {
    labels: NODE_TABLES.map((t) => t.label),
    relationshipTypes: EDGE_TABLES.map((t) => t.type),
    propertyKeys: [...propertyKeys],
    graphSchema: EDGE_TABLES.flatMap((t) => t.pairs.map(([from, to]) => ({ from, to, relType: t.type }))),
    parameters,
    defaultLanguage: version,
    ...builtIns(version),
  };
}

/** Parameters the text references, declared (the linter reports undeclared ones as errors). */
function parametersOf(text: string): Record<string, unknown> {
  return Object.fromEntries([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => [m[1]!, null]));
}

function lintUncached(text: string, version: CypherVersion): LintFinding[] {
  const { diagnostics } = lintCypherQuery(text, claimgraphDbSchema(version, parametersOf(text)), {
    consoleCommandsEnabled: false,
  });
  return diagnostics.map((d) => ({
    severity: d.severity === 1 ? 'error' : 'warning',
    message: typeof d.message === 'string' ? d.message : d.message.value,
  }));
}

/**
 * Neo4j's semantic analysis costs 50–100 ms per statement here, and the texts rarely change, so
 * findings are cached on disk under a key of everything that decides them: the text, the Cypher
 * version, the schema description and the linter's version. A new or changed text is always linted;
 * a fresh clone (CI) has no cache. NEO4J_LINT_CACHE=0 turns the cache off.
 */
const CACHE_DIR = join(__dirname, '../../node_modules/.cache/claimgraph-neo4j-lint');
let cacheSalt: string | null = null;
function salt(): string {
  if (cacheSalt === null) {
    const pkg = join(dirname(require.resolve('@neo4j-cypher/language-support')), '../../package.json');
    const linterVersion = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
    const schemas = (['CYPHER 5', 'CYPHER 25'] as const).map((v) => claimgraphDbSchema(v, {}));
    cacheSalt = createHash('sha256').update(linterVersion).update(JSON.stringify(schemas)).digest('hex');
  }
  return cacheSalt;
}

export function lintNeo4j(text: string, version: CypherVersion = 'CYPHER 5'): LintFinding[] {
  if (process.env.NEO4J_LINT_CACHE === '0') return lintUncached(text, version);
  const key = createHash('sha256').update(salt()).update(version).update('\u0000').update(text).digest('hex');
  const file = join(CACHE_DIR, `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LintFinding[];
  } catch {
    const findings = lintUncached(text, version);
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(findings));
      renameSync(tmp, file);
    } catch {
      // A cache that cannot be written only costs time.
    }
    return findings;
  }
}

/**
 * Warnings that are understood and accepted, each with the reason. Anything else the linter warns
 * about (deprecations, unknown labels, types or property keys, impossible patterns, cartesian
 * products) fails the test, and so does an entry here that no longer matches anything.
 */
export const ACCEPTED_WARNINGS: { statement: RegExp; message: RegExp; why: string }[] = [
  {
    statement: /^writes\.mergeEdgesUnwind\(/,
    message: /^(from|to) is not present in the database/,
    why: '`r.from` / `r.to` are fields of the UNWIND row map (the endpoint ids), not stored property keys',
  },
];

export interface Verdict {
  name: string;
  text: string;
  errors: string[];
  /** Warnings not in ACCEPTED_WARNINGS. */
  warnings: string[];
  accepted: { message: string; rule: number }[];
}

export function verdict(s: { name: string; text: string }, version: CypherVersion = 'CYPHER 5'): Verdict {
  const v: Verdict = { name: s.name, text: s.text, errors: [], warnings: [], accepted: [] };
  for (const f of lintNeo4j(s.text, version)) {
    if (f.severity === 'error') {
      v.errors.push(f.message);
      continue;
    }
    const rule = ACCEPTED_WARNINGS.findIndex((a) => a.statement.test(s.name) && a.message.test(f.message));
    if (rule >= 0) v.accepted.push({ message: f.message, rule });
    else v.warnings.push(f.message);
  }
  return v;
}

/** A readable failure: every rejected statement with its name, text and findings. */
export function report(verdicts: Verdict[]): string {
  return verdicts
    .filter((v) => v.errors.length > 0 || v.warnings.length > 0)
    .map(
      (v) =>
        `${v.name}\n  ${v.text}\n${[...v.errors.map((e) => `  error: ${e}`), ...v.warnings.map((w) => `  warning: ${w}`)].join('\n')}`,
    )
    .join('\n\n');
}

/** Versions to lint: Cypher 5 (what neo4j:5 runs) always; NEO4J_LINT_VERSIONS="CYPHER 5,CYPHER 25" adds 25. */
export function lintVersions(): CypherVersion[] {
  const raw = process.env.NEO4J_LINT_VERSIONS?.trim();
  if (!raw) return ['CYPHER 5'];
  return raw.split(',').map((v) => {
    const t = v.trim();
    if (t !== 'CYPHER 5' && t !== 'CYPHER 25') throw new Error(`NEO4J_LINT_VERSIONS: unknown version ${t}`);
    return t;
  });
}
