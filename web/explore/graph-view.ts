import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutAll, layoutIncrement, nextPaint, placeAround } from './layout';
import { LARGE_GRAPH_EDGES, buildStylesheet } from './style';
import { EDGE_TYPES, type EdgeType, type NetEdge, type Network } from './types';

cytoscape.use(fcose);

export interface FilterState {
  types: ReadonlySet<EdgeType>;
  /** ISO dates, inclusive, on the edge's date. */
  from: string | null;
  to: string | null;
  /** Keep edges without a date (mentions, affiliations…) when a date range is set. */
  keepUndated: boolean;
}

export interface GraphEvents {
  nodeTap(id: string): void;
  nodeDoubleTap(id: string): void;
  edgeTap(edge: NetEdge): void;
  backgroundTap(): void;
}

/**
 * The canvas: Cytoscape.js with the fcose layout. Owns merging network payloads into the drawing,
 * filtering and selection highlighting; knows nothing about GraphQL.
 */
export class GraphView {
  readonly cy: cytoscape.Core;
  private large = false;
  private filter: FilterState | null = null;

  constructor(container: HTMLElement, events: GraphEvents) {
    this.cy = cytoscape({
      container,
      style: buildStylesheet(false),
      minZoom: 0.05,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (e) => events.nodeTap(e.target.id()));
    this.cy.on('dbltap', 'node', (e) => events.nodeDoubleTap(e.target.id()));
    this.cy.on('tap', 'edge', (e) => events.edgeTap(edgeData(e.target)));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) events.backgroundTap();
    });
    this.cy.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
    this.cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
  }

  /** Adds what is new in a payload; returns the added nodes (existing ones keep their place). */
  merge(net: Network): cytoscape.NodeCollection {
    const cy = this.cy;
    const nodes: cytoscape.ElementDefinition[] = [];
    const known = (id: string): boolean => cy.getElementById(id).nonempty();
    const incoming = new Set(net.nodes.map((n) => n.id));
    for (const n of net.nodes) {
      const existing = cy.getElementById(n.id);
      if (existing.empty()) nodes.push({ group: 'nodes', data: { id: n.id, label: n.label, kind: n.kind } });
      else if (
        existing.data('rawLabel') === undefined &&
        !existing.data('labelFixed') &&
        existing.data('label') !== n.label
      )
        existing.data('label', n.label);
    }
    const edges: cytoscape.ElementDefinition[] = net.edges
      .filter(
        (e) =>
          !known(e.id) &&
          (incoming.has(e.source) || known(e.source)) &&
          (incoming.has(e.target) || known(e.target)),
      )
      .map((e) => ({ group: 'edges', data: { ...e } }));
    // Switch to the cheap style before adding: restyling 20,000 drawn edges afterwards costs seconds.
    this.setScale(cy.edges().length + edges.length > LARGE_GRAPH_EDGES);
    const added = cy.add([...nodes, ...edges]);
    if (this.filter) this.applyFilter(this.filter);
    return added.nodes();
  }

  /** Lays out after a merge: from scratch for the first payload, incrementally afterwards. */
  async arrange(
    anchorId: string | null,
    added: cytoscape.NodeCollection,
    firstDrawing: boolean,
  ): Promise<void> {
    if (firstDrawing || this.cy.nodes().length === added.length) {
      await layoutAll(this.cy);
      return;
    }
    if (added.empty()) {
      await nextPaint();
      return;
    }
    let anchor = anchorId ? this.cy.getElementById(anchorId) : added.first();
    if (anchor.empty()) anchor = added.first();
    if (added.contains(anchor)) {
      // A node new to the drawing (from search): put it beside what is already there.
      const box = this.cy.nodes().difference(added).boundingBox({});
      anchor.position({ x: box.x2 + 220, y: (box.y1 + box.y2) / 2 });
    }
    placeAround(this.cy, anchor, added);
    await layoutIncrement(this.cy, anchor, added);
  }

  /** Edge drawing gets cheaper past a size where bezier curves and arrows cost more than they tell. */
  private setScale(large: boolean): void {
    if (large === this.large) return;
    this.large = large;
    this.cy.style(buildStylesheet(large));
    // Renderer flags: read on every frame, but only settable at start-up through the public options.
    // While panning or zooming a large drawing, move a cached image and leave the edges out.
    const renderer = (this.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    if (renderer && 'hideEdgesOnViewport' in renderer) {
      renderer.hideEdgesOnViewport = large;
      renderer.textureOnViewport = large;
    }
  }

  get isLarge(): boolean {
    return this.large;
  }

  applyFilter(filter: FilterState): void {
    this.filter = filter;
    const cy = this.cy;
    const everything = filter.types.size === EDGE_TYPES.length && !filter.from && !filter.to;
    const wasFiltered = cy.elements('.filtered');
    // The common case, and every merge into an unfiltered drawing: nothing to hide, nothing to compute.
    if (everything && wasFiltered.empty()) return;
    const hiddenEdges = everything
      ? cy.collection()
      : cy.edges().filter((edge) => {
          const type = edge.data('type') as EdgeType;
          const date = edge.data('date') as string | null;
          if (!filter.types.has(type)) return true;
          if (!filter.from && !filter.to) return false;
          if (!date) return !filter.keepUndated;
          return (filter.from !== null && date < filter.from) || (filter.to !== null && date > filter.to);
        });
    // A node whose every link is filtered out goes too, unless the reader chose it (expanded, selected).
    const hiddenNodes = hiddenEdges.empty()
      ? cy.collection()
      : hiddenEdges.connectedNodes().filter((node) => {
          if (node.selected() || node.hasClass('expanded')) return false;
          return node.connectedEdges().difference(hiddenEdges).empty();
        });
    const hidden = hiddenEdges.union(hiddenNodes);
    // Only elements whose state changes are touched: each class change restyles its element.
    cy.batch(() => {
      wasFiltered.difference(hidden).removeClass('filtered');
      hidden.difference(wasFiltered).addClass('filtered');
    });
  }

  /** Selects one element and fades everything not directly connected to it. */
  select(id: string | null): void {
    this.cy.batch(() => {
      this.cy.elements().unselect().removeClass('faded');
      if (!id) return;
      const el = this.cy.getElementById(id);
      if (el.empty()) return;
      el.select();
      let keep: cytoscape.Collection = el.isNode()
        ? el.closedNeighborhood()
        : (el as unknown as cytoscape.EdgeSingular).union(
            (el as unknown as cytoscape.EdgeSingular).connectedNodes(),
          );
      // Control claims are statements: keep their claimant, controller and disputers in full view too.
      keep = keep.union(keep.nodes('[kind = "Control"]').closedNeighborhood());
      this.cy.elements().difference(keep).addClass('faded');
    });
  }

  center(id: string): void {
    const el = this.cy.getElementById(id);
    if (el.empty()) return;
    const ext = this.cy.extent();
    const p = el.isNode() ? el.position() : (el as unknown as cytoscape.EdgeSingular).midpoint();
    if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2)
      this.cy.animate({ center: { eles: el }, duration: 250 });
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  clear(): void {
    this.cy.elements().remove();
  }

  /** Dates present on the edges drawn, for the date filter's bounds. */
  dateRange(): { min: string | null; max: string | null } {
    let min: string | null = null;
    let max: string | null = null;
    this.cy.edges().forEach((e) => {
      const d = e.data('date') as string | null;
      if (!d) return;
      if (min === null || d < min) min = d;
      if (max === null || d > max) max = d;
    });
    return { min, max };
  }
}

export function edgeData(edge: cytoscape.EdgeSingular): NetEdge {
  const d = edge.data() as NetEdge;
  return {
    id: d.id,
    source: d.source,
    target: d.target,
    type: d.type,
    reportId: d.reportId,
    quote: d.quote,
    date: d.date,
  };
}
