import { labelOfId } from '../domain/ids';
import type { ExportScope } from './export-graph';

/** Limits on what a caller may ask an export for. */
export interface ScopeLimits {
  maxDepth: number;
  maxIds: number;
}
export const DEFAULT_SCOPE_LIMITS: ScopeLimits = { maxDepth: 5, maxIds: 200 };
/** Depth of a neighbourhood export when the caller names ids but no depth. */
export const DEFAULT_EXPORT_DEPTH = 2;

export type ScopeResult =
  { ok: true; scope: ExportScope } | { ok: false; field: 'ids' | 'depth'; message: string };

const MAX_ID_LENGTH = 300;

/**
 * Reads `ids` (comma-separated, or repeated) and `depth` as the HTTP query and the command line give
 * them. No ids means the whole graph. Shared by both so they accept and refuse exactly the same input.
 */
export function parseExportScope(
  raw: { ids?: unknown; depth?: unknown },
  limits: ScopeLimits = DEFAULT_SCOPE_LIMITS,
): ScopeResult {
  const parts = (Array.isArray(raw.ids) ? raw.ids : raw.ids === undefined ? [] : [raw.ids]).map((p) => {
    if (typeof p !== 'string') return null;
    return p;
  });
  if (parts.some((p) => p === null))
    return { ok: false, field: 'ids', message: 'ids must be a comma-separated list of node ids' };
  const ids = [
    ...new Set(
      (parts as string[])
        .flatMap((p) => p.split(','))
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    ),
  ];
  const bad = ids.find((id) => id.length > MAX_ID_LENGTH || labelOfId(id) === null || /\s/.test(id));
  if (bad !== undefined)
    return {
      ok: false,
      field: 'ids',
      message: `"${bad.slice(0, 60)}" is not a node id (expected actor:…, place:…, report:…, figure:… or control:…)`,
    };
  if (ids.length > limits.maxIds)
    return { ok: false, field: 'ids', message: `at most ${limits.maxIds} ids per export` };

  let depth = DEFAULT_EXPORT_DEPTH;
  if (raw.depth !== undefined && raw.depth !== '') {
    const n = typeof raw.depth === 'string' && /^\d+$/.test(raw.depth.trim()) ? Number(raw.depth) : NaN;
    if (!Number.isInteger(n) || n < 0 || n > limits.maxDepth)
      return { ok: false, field: 'depth', message: `depth must be an integer from 0 to ${limits.maxDepth}` };
    depth = n;
  }
  return { ok: true, scope: { ids: ids.length > 0 ? ids : null, depth } };
}

/** A file name that says what is inside: `claimgraph.gexf`, `claimgraph-place-kherson-d2.gexf`. */
export function exportFileName(scope: ExportScope, extension: string): string {
  if (scope.ids === null) return `claimgraph.${extension}`;
  const first = (scope.ids[0] ?? 'graph')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const more = scope.ids.length > 1 ? `-and-${scope.ids.length - 1}-more` : '';
  return `claimgraph-${first}${more}-d${scope.depth}.${extension}`.toLowerCase();
}
