import type cytoscape from 'cytoscape';

/** Above this many nodes, layouts stop being force-directed over the whole graph (too slow to wait for). */
export const FORCE_LAYOUT_MAX_NODES = 400;
/**
 * Above this many nodes, the first layout is fcose's spectral step only ("draft"), on a smaller
 * distance sample: the force-directed refinement costs minutes at 5,000 nodes on a slow machine.
 */
const DRAFT_QUALITY_NODES = 1000;

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
export function layoutAll(cy: cytoscape.Core): Promise<void> {
  const eles = cy.elements().not('.filtered');
  return run(eles.layout(fcoseOptions(eles.nodes().length) as unknown as cytoscape.LayoutOptions));
}

/**
 * New nodes start on a sunflower spiral around the node they came from, so they appear next to it
 * and a following incremental layout has little to undo.
 */
export function placeAround(cy: cytoscape.Core, anchor: cytoscape.NodeSingular, added: cytoscape.NodeCollection): void {
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
export async function layoutIncrement(cy: cytoscape.Core, anchor: cytoscape.NodeSingular, added: cytoscape.NodeCollection): Promise<void> {
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
