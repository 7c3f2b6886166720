import type { Network } from '../domain/model';
import type { GraphStore, Page, PageRequest } from '../store/graph-store.port';

/** What to export: the whole graph (`ids` null) or the neighbourhood of some nodes. */
export interface ExportScope {
  ids: readonly string[] | null;
  depth: number;
}

export interface ExportGraph {
  network: Network;
  description: string;
}

/** Exports beyond this many nodes are cut short and flagged as truncated. */
export const DEFAULT_MAX_EXPORT_NODES = 50_000;
const PAGE_SIZE = 500;

type Lister = (page: PageRequest) => Promise<Page>;

async function allIds(list: Lister): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page = await list({ first: PAGE_SIZE, after });
    ids.push(...page.ids);
    if (!page.hasNextPage || page.ids.length === 0) return ids;
    after = page.ids[page.ids.length - 1] ?? null;
  }
}

/**
 * The whole graph, read through the port as it stands: every listed id (actors, places, reports,
 * figures) and one hop around them, which reaches every control claim and every edge. A dedicated
 * `wholeGraph()` port method would read it in two statements instead of pages plus a hop per label.
 */
async function wholeGraph(store: GraphStore, maxNodes: number): Promise<Network> {
  const ids = (
    await Promise.all([
      allIds((p) => store.listActors({}, p)),
      allIds((p) => store.listPlaces({}, p)),
      allIds((p) => store.listReports({}, p)),
      allIds((p) => store.listFigures({}, p)),
    ])
  ).flat();
  const counts = await store.counts();
  const totalNodes = Object.values(counts.nodes).reduce((a, b) => a + b, 0);
  const totalEdges = Object.values(counts.edges).reduce((a, b) => a + b, 0);
  const seeds = ids.slice(0, maxNodes);
  // The store caps each hop's rows at 4 × limit per label and direction: size the limit so the cap
  // can never cut edges off silently.
  const limit = Math.min(maxNodes, Math.max(totalNodes, Math.ceil(totalEdges / 4)) + 1);
  const network = await store.neighbourhood({
    ids: seeds,
    depth: 1,
    limit: Math.max(limit, seeds.length + 1),
  });
  const complete = network.nodes.length === totalNodes && network.edges.length === totalEdges;
  return { ...network, truncated: network.truncated || !complete };
}

export async function readExportGraph(
  store: GraphStore,
  scope: ExportScope,
  maxNodes: number = DEFAULT_MAX_EXPORT_NODES,
): Promise<ExportGraph> {
  if (scope.ids === null)
    return { network: await wholeGraph(store, maxNodes), description: 'claimgraph: whole graph' };
  const network = await store.neighbourhood({ ids: [...scope.ids], depth: scope.depth, limit: maxNodes });
  return {
    network,
    description: `claimgraph: neighbourhood of ${scope.ids.join(', ')} (depth ${scope.depth})`,
  };
}
