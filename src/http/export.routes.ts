import { Router, type Request, type Response } from 'express';
import { DomainError } from '../domain/errors';
import {
  DEFAULT_MAX_EXPORT_NODES,
  DEFAULT_SCOPE_LIMITS,
  EXPORT_FORMATS,
  FORMAT_SPECS,
  exportFileName,
  parseExportScope,
  readExportGraph,
  type ExportFormat,
  type ScopeLimits,
} from '../export';
import type { GraphStore } from '../store/graph-store.port';

export interface ExportRouterOptions {
  store: GraphStore;
  limits?: ScopeLimits;
  /** Exports beyond this many nodes are cut short (and say so in the file and a header). */
  maxNodes?: number;
  /** Injected so tests get byte-stable files. */
  now?: () => Date;
}

function fail(res: Response, status: number, code: string, message: string, field?: string): void {
  res
    .status(status)
    .type('application/json')
    .json({ error: { code, message, ...(field ? { field } : {}) } });
}

/**
 * `GET /export/graph.gexf|graph.graphml|graph.cyjs?ids=a,b&depth=2`: the whole graph (no ids) or a
 * neighbourhood, as a download for Gephi, yEd or Cytoscape. Errors answer JSON with the same stable
 * codes as the GraphQL API, never a stack trace or a store message.
 */
export function createExportRouter(options: ExportRouterOptions): Router {
  const {
    store,
    limits = DEFAULT_SCOPE_LIMITS,
    maxNodes = DEFAULT_MAX_EXPORT_NODES,
    now = () => new Date(),
  } = options;
  const router = Router();

  const handle = (format: ExportFormat) => async (req: Request, res: Response) => {
    const parsed = parseExportScope({ ids: req.query.ids, depth: req.query.depth }, limits);
    if (!parsed.ok) return fail(res, 400, 'BAD_USER_INPUT', parsed.message, parsed.field);
    const spec = FORMAT_SPECS[format];
    try {
      const { network, description } = await readExportGraph(store, parsed.scope, maxNodes);
      if (parsed.scope.ids !== null && network.nodes.length === 0)
        return fail(res, 404, 'NOT_FOUND', 'none of the requested ids is in the graph', 'ids');
      const body = spec.serialise(network, { description, truncated: network.truncated, generatedAt: now() });
      res
        .status(200)
        .set({
          'Content-Type': spec.contentType,
          'Content-Disposition': `attachment; filename="${exportFileName(parsed.scope, spec.extension)}"`,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
          'X-Claimgraph-Nodes': String(network.nodes.length),
          'X-Claimgraph-Edges': String(network.edges.length),
          'X-Claimgraph-Truncated': String(network.truncated),
        })
        .send(body);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'SERVICE_UNAVAILABLE')
        return fail(res, 503, err.code, err.message);
      console.error(`export ${format} failed:`, err instanceof Error ? err.message : err);
      return fail(res, 500, 'INTERNAL', 'the export failed; see the server log');
    }
  };

  for (const format of EXPORT_FORMATS)
    router.get(`/export/graph.${FORMAT_SPECS[format].extension}`, handle(format));
  return router;
}
