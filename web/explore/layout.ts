import type cytoscape from 'cytoscape';

/** Above this many nodes, layouts stop being force-directed over the whole graph (too slow to wait for). */
export const FORCE_LAYOUT_MAX_NODES = 400;
/**
 * Above this many nodes, the first layout is fcose's spectral step only ("draft"), on a smaller
 * distance sample: the force-directed refinement costs minutes at 5,000 nodes on a slow machine.
 */
const DRAFT_QUALITY_NODES = 600;

function fcoseOptions(nodes: number): Record<string, unknown> {
  return {
    name: 'fcose',
    animate: false,
    fit: true,
    padding: 28,
    randomize: true,
    quality: nodes > DRAFT_QUALITY_NODES ? 'draft' : nodes > FORCE_LAYOUT_MAX_NODES ? 'default' : 'proof',
    // Labels (names, claims) are the widest part of a node: counting them keeps small drawings free
    // of overlaps. Too slow to be worth it on large graphs.
    nodeDimensionsIncludeLabels: nodes <= FORCE_LAYOUT_MAX_NODES,
    nodeRepulsion: () => 6000,
    idealEdgeLength: (edge: cytoscape.EdgeSingular) => (edge.data('type') === 'MENTIONS' ? 90 : 60),
    edgeElasticity: () => 0.4,
    nodeSeparation: 60,
    sampleSize: nodes > DRAFT_QUALITY_NODES ? 10 : 25,
    gravity: 0.3,
    numIter: nodes > FORCE_LAYOUT_MAX_NODES ? 1000 : 2500,
    packComponents: false,
  };
}

/** Runs a layout and resolves once it has stopped and the result has been painted. */
async function run(layout: cytoscape.Layouts): Promise<void> {
  const stopped = layout.promiseOn('layoutstop');
  layout.run();
  await stopped;
  await nextPaint();
}

export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** The first drawing of a graph: fcose from scratch (spectral only when the graph is large). */
export async function layoutAll(cy: cytoscape.Core): Promise<void> {
  const eles = cy.elements().not('.filtered');
  const nodes = eles.nodes();
  if (nodes.length <= DRAFT_QUALITY_NODES)
    return run(eles.layout(fcoseOptions(nodes.length) as unknown as cytoscape.LayoutOptions));
  await run(eles.layout({ ...fcoseOptions(nodes.length), fit: false } as unknown as cytoscape.LayoutOptions));
  spreadByRank(cy, nodes);
  cy.fit(nodes, 28);
  await nextPaint();
}

/**
 * fcose's spectral step piles the many low-degree nodes of a hub-heavy graph onto a few points (5,000
 * nodes in ~50 cells of 40 px). Replacing each coordinate by its rank keeps who-is-left-of-whom and
 * who-is-above-whom, so neighbourhoods stay together, while spreading the nodes evenly over a square
 * where each has room for its label. O(n log n): a few milliseconds at 5,000 nodes.
 */
function spreadByRank(cy: cytoscape.Core, nodes: cytoscape.NodeCollection, spacing = 70): void {
  const list = nodes.toArray() as cytoscape.NodeSingular[];
  const n = list.length;
  const side = spacing * Math.sqrt(n);
  // Ties (piled nodes) are broken by a fixed per-node jitter, differently on each axis.
  const jitter = list.map((_, i) => [((i * 2654435761) % 1000) / 1e6, ((i * 40503) % 1000) / 1e6]);
  const rank = (axis: 'x' | 'y', k: 0 | 1): number[] => {
    const order = list.map((node, i) => ({ i, v: node.position(axis) + jitter[i]![k]! }));
    order.sort((a, b) => a.v - b.v);
    const out = new Array<number>(n);
    order.forEach((o, r) => (out[o.i] = r));
    return out;
  };
  const rx = rank('x', 0);
  const ry = rank('y', 1);
  cy.batch(() =>
    list.forEach((node, i) => node.position({ x: (rx[i]! / n - 0.5) * side, y: (ry[i]! / n - 0.5) * side })),
  );
}

/**
 * New nodes start on a sunflower spiral around the node they came from, so they appear next to it
 * and a following incremental layout has little to undo.
 */
export function placeAround(
  cy: cytoscape.Core,
  anchor: cytoscape.NodeSingular,
  added: cytoscape.NodeCollection,
): void {
  const { x, y } = anchor.position();
  let i = 0;
  added.forEach((node) => {
    if (node.same(anchor)) return;
    const angle = i * 2.399963;
    const radius = 90 + 26 * Math.sqrt(i);
    node.position({ x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
    i++;
  });
  void cy;
}

/**
 * After an expansion: small graphs get an incremental force layout from the current positions
 * (animated, so the reader sees where things went); large ones keep the spiral placement, which
 * costs nothing, and the view moves to the new nodes.
 */
export async function layoutIncrement(
  cy: cytoscape.Core,
  anchor: cytoscape.NodeSingular,
  added: cytoscape.NodeCollection,
): Promise<void> {
  const visible = cy.elements().not('.filtered');
  if (visible.nodes().length <= FORCE_LAYOUT_MAX_NODES) {
    await run(
      visible.layout({
        ...fcoseOptions(visible.nodes().length),
        randomize: false,
        quality: 'proof',
        animate: true,
        animationDuration: 450,
        fit: true,
        initialEnergyOnIncremental: 0.3,
      } as unknown as cytoscape.LayoutOptions),
    );
    return;
  }
  cy.fit(anchor.union(added), 80);
  await nextPaint();
}
