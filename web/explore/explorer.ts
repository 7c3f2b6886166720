import type cytoscape from 'cytoscape';
import { Busy } from './busy';
import { byId } from './dom';
import { statusWord, untitledReportLabel } from './format';
import { GraphView } from './graph-view';
import { gql } from './graphql';
import { layoutAll } from './layout';
import { Panel } from './panel';
import { NETWORK, reportTitles } from './queries';
import { ReportDialog } from './report-dialog';
import { SearchBox } from './search';
import { Sidebar } from './sidebar';
import type { Network, NodeKind } from './types';

/** Neighbours fetched per expansion; the API flags a cut with `truncated`. */
const EXPAND_LIMIT = 150;
const TITLE_BATCH = 25;
const MAX_IDS_PER_CALL = 50;
/** The embedded store serves about two reads at once; a third call keeps it busy. */
const PARALLEL_CALLS = 3;
/** Long headlines are cut on the canvas; the panel and the report dialog show them whole. */
const shorten = (text: string, max = 44): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;

/**
 * Wires the page: search → expand → draw → side panel. Expanding a node fetches its neighbours
 * (`network`, depth 1); control claims among them are expanded too, because a control claim is a
 * statement (who says who holds what) that means nothing without its claimant, controller and
 * disputers. So expanding Kherson draws who claims it, who holds it, and who disputes that.
 */
export class Explorer {
  readonly busy = new Busy();
  readonly view: GraphView;
  private readonly panel: Panel;
  private readonly dialog: ReportDialog;
  private readonly sidebar: Sidebar;
  private readonly expanded = new Set<string>();
  private selected: string | null = null;

  constructor() {
    const track = this.busy.track;
    this.view = new GraphView(byId('graph'), {
      nodeTap: (id) => this.select(id),
      nodeDoubleTap: (id) => void this.expand(id),
      edgeTap: (edge) => {
        this.selected = edge.id;
        this.view.select(edge.id);
        this.panel.showEdge(edge);
      },
      backgroundTap: () => this.select(null),
    });
    const actions = {
      focus: (id: string) => void this.focus(id),
      expand: (id: string) => void this.expand(id),
      openReport: (id: string, quote: string | null) => void this.dialog.open(id, quote),
    };
    this.panel = new Panel(this.view, actions, track);
    this.dialog = new ReportDialog(track);
    this.sidebar = new Sidebar(this.view, () => this.afterFilter());
    new SearchBox(
      (hit) => void this.focus(hit.id),
      track,
      (m) => this.status(m, true),
    );
    byId('fit').addEventListener('click', () =>
      this.view.cy.fit(this.view.cy.elements().not('.filtered'), 40),
    );
    byId('relayout').addEventListener('click', () => void track(layoutAll(this.view.cy)));
    byId('clear').addEventListener('click', () => this.clear());
  }

  status(message: string, error = false): void {
    const el = byId('status');
    el.textContent = message;
    el.classList.toggle('error', error);
  }

  private counts(): string {
    const cy = this.view.cy;
    return `${cy.nodes().not('.filtered').length} nodes · ${cy.edges().not('.filtered').length} links drawn`;
  }

  /** Draws a node's neighbours (and, for control claims among them, theirs). Resolves once painted. */
  expand(id: string): Promise<void> {
    return this.busy
      .track(this.doExpand(id))
      .catch((err: unknown) =>
        this.status(`Could not expand ${id}: ${err instanceof Error ? err.message : String(err)}`, true),
      );
  }

  /** One hop around some ids, in calls of at most MAX_IDS_PER_CALL ids (the API's cap), a few at a time. */
  private async fetch(ids: string[]): Promise<Network> {
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += MAX_IDS_PER_CALL) chunks.push(ids.slice(i, i + MAX_IDS_PER_CALL));
    const out: Network = { nodes: [], edges: [], truncated: false };
    for (let i = 0; i < chunks.length; i += PARALLEL_CALLS) {
      const answers = await Promise.all(
        chunks
          .slice(i, i + PARALLEL_CALLS)
          .map((chunk) => gql<{ network: Network }>(NETWORK, { ids: chunk, depth: 1, limit: EXPAND_LIMIT })),
      );
      for (const { network } of answers) {
        out.nodes.push(...network.nodes);
        out.edges.push(...network.edges);
        out.truncated ||= network.truncated;
      }
    }
    return out;
  }

  private async doExpand(id: string): Promise<void> {
    const firstDrawing = this.view.cy.nodes().empty();
    performance.mark('explore:expand:start');
    const net = await this.fetch([id]);
    performance.mark('explore:expand:fetched');
    if (!net.nodes.some((n) => n.id === id)) {
      this.status(`${id} is not in the graph.`, true);
      return;
    }
    // One batch from the first merge to the layout: Cytoscape would otherwise repaint the whole drawing
    // after every merge while later answers are awaited (seconds per frame on a 20,000-edge drawing).
    const cy = this.view.cy;
    cy.startBatch();
    let added: cytoscape.NodeCollection;
    let truncated = net.truncated;
    try {
      added = this.view.merge(net);
      const statements = net.nodes
        .filter((n) => n.kind === 'Control' && n.id !== id && !this.expanded.has(n.id))
        .map((n) => n.id);
      if (statements.length > 0) {
        const more = await this.fetch(statements);
        added = added.union(this.view.merge(more));
        truncated ||= more.truncated;
        for (const s of statements) this.markExpanded(s);
      }
      this.markExpanded(id);
      this.labelNodes();
    } finally {
      cy.endBatch();
    }
    performance.mark('explore:expand:merged');
    await this.view.arrange(id, added, firstDrawing);
    performance.mark('explore:expand:drawn');
    this.sidebar.refresh([...this.expanded]);
    this.status(
      `${this.counts()}${truncated ? ` — some neighbours left out (more than ${EXPAND_LIMIT})` : ''}`,
    );
    if (this.selected === null) this.panel.showOverview();
    void this.busy.track(this.labelReports()).catch(() => undefined);
  }

  private markExpanded(id: string): void {
    this.expanded.add(id);
    this.view.cy.getElementById(id).addClass('expanded');
  }

  /**
   * Labels that read on a canvas: a control claim as "Russian Defence Ministry: controls Kherson"
   * (claimant and place from the CLAIMS and CONTROLS edges drawn) rather than the store's "CONTROLS
   * kherson"; long report headlines cut short (the panel shows them whole).
   */
  private labelNodes(): void {
    const cy = this.view.cy;
    cy.batch(() => {
      cy.nodes('[kind = "Control"]').forEach((node) => {
        const place = node.outgoers('edge[type = "CONTROLS"]').targets().first();
        const claimant = node.incomers('edge[type = "CLAIMS"]').sources().first();
        if (place.empty()) return;
        const raw = (node.data('rawLabel') as string | undefined) ?? (node.data('label') as string);
        const status = raw.split(' ')[0] ?? '';
        const claim = `${statusWord(status)} ${place.data('label') as string}`;
        node.data({
          rawLabel: raw,
          label: claimant.nonempty() ? `${claimant.data('label') as string}: ${claim}` : `claim: ${claim}`,
        });
      });
      cy.nodes('[kind = "Report"]')
        .filter((n) => !n.data('labelFixed') && n.data('label') !== n.id())
        .forEach((n) => {
          const title = n.data('label') as string;
          n.data({ labelFixed: true, title, label: shorten(title) });
        });
    });
  }

  /** Reports the store names only by id get "Report <date> · <hash>", from one batched query. */
  private async labelReports(): Promise<void> {
    const cy = this.view.cy;
    const untitled = cy
      .nodes('[kind = "Report"]')
      .filter((n) => !n.data('labelFixed') && n.data('label') === n.id())
      .map((n) => n.id());
    for (let i = 0; i < untitled.length; i += TITLE_BATCH) {
      const ids = untitled.slice(i, i + TITLE_BATCH);
      const vars = Object.fromEntries(ids.map((id, k) => [`id${k}`, id]));
      type R = { id: string; title: string | null; publishedAt: string | null } | null;
      const data = await gql<Record<string, R>>(reportTitles(ids.length), vars);
      cy.batch(() => {
        ids.forEach((id, k) => {
          const r = data[`r${k}`];
          const node = cy.getElementById(id);
          if (!r || node.empty()) return;
          node.data({
            labelFixed: true,
            title: r.title,
            publishedAt: r.publishedAt,
            label: r.title ? shorten(r.title) : untitledReportLabel(id, r.publishedAt),
          });
        });
      });
    }
  }

  /** Selects an entity, drawing it first (with its neighbours) when it is not on the canvas yet. */
  async focus(id: string): Promise<void> {
    if (!this.view.has(id)) await this.expand(id);
    if (this.view.has(id)) {
      this.select(id);
      this.view.center(id);
    }
  }

  select(id: string | null): void {
    this.selected = id;
    this.view.select(id);
    if (id === null) {
      this.panel.showOverview();
      return;
    }
    const node = this.view.cy.getElementById(id);
    if (node.empty()) return;
    void this.panel.showNode(id, node.data('kind') as NodeKind, node.data('label') as string);
  }

  private afterFilter(): void {
    this.status(this.counts());
    if (this.selected === null) this.panel.showOverview();
  }

  private clear(): void {
    this.view.clear();
    this.expanded.clear();
    this.select(null);
    this.sidebar.refresh();
    this.status('Cleared. Search for an actor, place or figure to start.');
  }
}
