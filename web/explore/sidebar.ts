import type { FilterState, GraphView } from './graph-view';
import { byId, clear, h, svg } from './dom';
import { EDGE_STYLES, NODE_STYLES } from './style';
import { EDGE_TYPES, NODE_KINDS, type EdgeType, type NodeKind } from './types';

const SVG_SHAPES: Record<NodeKind, (c: string) => SVGElement> = {
  Actor: (c) => svg('circle', { cx: 9, cy: 9, r: 7, fill: c }),
  Place: (c) =>
    svg('polygon', {
      points: '9,2 16.5,15.5 1.5,15.5',
      fill: c,
      'stroke-linejoin': 'round',
      stroke: c,
      'stroke-width': 1.5,
    }),
  Report: (c) => svg('rect', { x: 2.5, y: 2.5, width: 13, height: 13, rx: 3, fill: c }),
  Figure: (c) => svg('polygon', { points: '9,1 17,9 9,17 1,9', fill: c }),
  Control: (c) => svg('polygon', { points: '5,2 13,2 17,9 13,16 5,16 1,9', fill: c }),
};

const nodeSwatch = (kind: NodeKind): SVGElement =>
  svg(
    'svg',
    { width: 18, height: 18, viewBox: '0 0 18 18', 'aria-hidden': 'true', class: 'swatch' },
    SVG_SHAPES[kind](NODE_STYLES[kind].color),
  );

function edgeSwatch(type: EdgeType): SVGElement {
  const s = EDGE_STYLES[type];
  const attrs: Record<string, string | number> = {
    x1: 1,
    y1: 9,
    x2: 29,
    y2: 9,
    stroke: s.color,
    'stroke-width': Math.min(s.width, 4),
  };
  if (s.dash) attrs['stroke-dasharray'] = s.dash.map((d) => Math.max(2, d * 0.6)).join(' ');
  return svg(
    'svg',
    { width: 30, height: 18, viewBox: '0 0 30 18', 'aria-hidden': 'true', class: 'swatch' },
    svg('line', attrs),
  );
}

/**
 * The left column: the legend (node kinds, relationship types) doubling as the relationship filter,
 * the date range, and export links for what is drawn.
 */
export class Sidebar {
  private readonly types = new Set<EdgeType>(EDGE_TYPES);
  private readonly nodeCounts = new Map<NodeKind, HTMLElement>();
  private readonly edgeCounts = new Map<EdgeType, HTMLElement>();
  private readonly from = byId<HTMLInputElement>('date-from');
  private readonly to = byId<HTMLInputElement>('date-to');
  private readonly keepUndated = byId<HTMLInputElement>('keep-undated');

  constructor(
    private readonly view: GraphView,
    private readonly changed: () => void,
  ) {
    const nodes = byId('legend-nodes');
    for (const kind of NODE_KINDS) {
      const count = h('span', { class: 'count', text: '0' });
      this.nodeCounts.set(kind, count);
      nodes.append(
        h(
          'li',
          { class: 'legend-row', title: NODE_STYLES[kind].title },
          nodeSwatch(kind),
          h('span', { class: 'legend-name', text: NODE_STYLES[kind].title }),
          count,
        ),
      );
    }
    const edges = byId('edge-filters');
    for (const type of EDGE_TYPES) {
      const box = h('input', {
        attrs: { type: 'checkbox', name: 'edge-type', value: type },
        dataset: { type },
      });
      box.checked = true;
      box.addEventListener('change', () => {
        if (box.checked) this.types.add(type);
        else this.types.delete(type);
        this.apply();
      });
      const count = h('span', { class: 'count', text: '0' });
      this.edgeCounts.set(type, count);
      edges.append(
        h(
          'li',
          { class: `legend-row${EDGE_STYLES[type].contested ? ' contested' : ''}` },
          h(
            'label',
            { title: EDGE_STYLES[type].title },
            box,
            edgeSwatch(type),
            h('span', { class: 'legend-name', text: type.replace(/_/g, ' ').toLowerCase() }),
            count,
          ),
        ),
      );
    }
    for (const input of [this.from, this.to, this.keepUndated])
      input.addEventListener('change', () => this.apply());
    byId('filters-reset').addEventListener('click', () => this.reset());
    this.apply();
  }

  state(): FilterState {
    return {
      types: new Set(this.types),
      from: this.from.value || null,
      to: this.to.value || null,
      keepUndated: this.keepUndated.checked,
    };
  }

  private apply(): void {
    this.view.applyFilter(this.state());
    this.refresh();
    this.changed();
  }

  private reset(): void {
    for (const box of document.querySelectorAll<HTMLInputElement>('#edge-filters input[type=checkbox]')) {
      box.checked = true;
      this.types.add(box.dataset.type as EdgeType);
    }
    this.from.value = '';
    this.to.value = '';
    this.keepUndated.checked = true;
    this.apply();
  }

  /** Counts per kind and type (of what is drawn), the date bounds, and the export links. */
  refresh(expanded: readonly string[] = []): void {
    const cy = this.view.cy;
    for (const kind of NODE_KINDS)
      this.nodeCounts.get(kind)!.textContent = String(cy.nodes(`[kind = "${kind}"]`).not('.filtered').length);
    for (const type of EDGE_TYPES)
      this.edgeCounts.get(type)!.textContent = String(cy.edges(`[type = "${type}"]`).not('.filtered').length);
    const { min, max } = this.view.dateRange();
    for (const input of [this.from, this.to]) {
      if (min) input.min = min;
      if (max) input.max = max;
    }
    byId('date-bounds').textContent =
      min && max ? `Dates drawn: ${min} to ${max}` : 'No dated links drawn yet.';
    if (expanded.length) this.exportLinks(expanded);
  }

  private exportLinks(ids: readonly string[]): void {
    const list = byId('export-view');
    clear(list);
    const query = `ids=${encodeURIComponent(ids.slice(0, 200).join(','))}&depth=1`;
    for (const [ext, name] of [
      ['gexf', 'GEXF'],
      ['graphml', 'GraphML'],
      ['cyjs', 'Cytoscape JSON'],
    ] as const)
      list.append(h('a', { text: name, attrs: { href: `/export/graph.${ext}?${query}`, download: '' } }));
  }
}
