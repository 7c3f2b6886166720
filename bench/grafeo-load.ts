import type { EdgeType, NodeLabel } from '../src/domain/enums';
import type { GrafeoExecutor } from '../src/adapters/grafeo';
import {
  generateGraph,
  type EdgeRowOut,
  type GenerateOptions,
  type GenerateStats,
  type Row,
} from './generate';

/** Rows per write transaction: bounds the transaction's undo state while amortising its commit. */
const ROWS_PER_TRANSACTION = 20_000;
const NODE_ORDER: (NodeLabel | 'Alias')[] = ['Report', 'Actor', 'Place', 'Figure', 'Control', 'Alias'];

export interface GrafeoLoadResult {
  nodes: number;
  edges: number;
  nodeSeconds: number;
  edgeSeconds: number;
  nodesPerSecond: number;
  edgesPerSecond: number;
}

/**
 * Loads a generated graph into an empty Grafeo store through its fastest batch path: the adapter's
 * own UNWIND MERGE batches (the statements every ingest runs), inside transactions of
 * ROWS_PER_TRANSACTION rows, with the id and text indexes already in place. Grafeo has no bulk
 * COPY over Cypher; the generator is synchronous, so rows are buffered and written nodes first.
 */
export async function loadIntoGrafeo(
  exec: GrafeoExecutor,
  options: GenerateOptions,
): Promise<{ stats: GenerateStats; load: GrafeoLoadResult }> {
  const nodes = new Map<string, Row[]>();
  const edges = new Map<string, { type: EdgeType; from: NodeLabel; to: NodeLabel; rows: EdgeRowOut[] }>();
  const stats = generateGraph(options, {
    node: (label, row) => {
      const list = nodes.get(label) ?? [];
      if (list.length === 0) nodes.set(label, list);
      list.push(row);
    },
    edge: (type, from, to, row) => {
      const key = `${type}|${from}|${to}`;
      const group = edges.get(key) ?? { type, from, to, rows: [] };
      if (group.rows.length === 0) edges.set(key, group);
      group.rows.push(row);
    },
  });

  let nodeCount = 0;
  const t0 = performance.now();
  for (const label of NODE_ORDER) {
    const rows = nodes.get(label) ?? [];
    for (let i = 0; i < rows.length; i += ROWS_PER_TRANSACTION) {
      const chunk = rows.slice(i, i + ROWS_PER_TRANSACTION);
      await exec.write((tx) => tx.mergeNodes(label, chunk));
      nodeCount += chunk.length;
    }
    nodes.delete(label);
  }
  const t1 = performance.now();
  let edgeCount = 0;
  for (const [key, group] of edges) {
    for (let i = 0; i < group.rows.length; i += ROWS_PER_TRANSACTION) {
      const chunk = group.rows.slice(i, i + ROWS_PER_TRANSACTION);
      await exec.write((tx) => tx.mergeEdges(group.type, group.from, group.to, chunk));
      edgeCount += chunk.length;
    }
    edges.delete(key);
  }
  const t2 = performance.now();
  const nodeSeconds = (t1 - t0) / 1000;
  const edgeSeconds = (t2 - t1) / 1000;
  return {
    stats,
    load: {
      nodes: nodeCount,
      edges: edgeCount,
      nodeSeconds,
      edgeSeconds,
      nodesPerSecond: nodeCount / nodeSeconds,
      edgesPerSecond: edgeCount / edgeSeconds,
    },
  };
}
