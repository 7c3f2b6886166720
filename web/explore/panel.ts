import { byId, clear, h } from './dom';
import { QUALIFIER_WORDS, figureName, statusWord } from './format';
import type { GraphView } from './graph-view';
import { gql } from './graphql';
import { controlCard, entity, quoteBlock, reportLink, section, type PanelActions } from './panel-parts';
import { ACTOR, CONTROL_DETAILS, FIGURE_DETAILS, PLACE } from './queries';
import { EDGE_STYLES, NODE_STYLES } from './style';
import type { ControlClaimView, DisputeView, FigureRef, NetEdge, NodeKind, Ref, ReportRef } from './types';

/** Cards in the overview: enough to start from, few enough to build instantly on a big drawing. */
const OVERVIEW_MAX = 60;

interface ActorDetails {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  affiliation: Ref | null;
  claims: { quote: string; date: string | null; figure: FigureRef; report: ReportRef; via: Ref | null }[];
  disputes: {
    quote: string;
    date: string | null;
    report: ReportRef;
    figure: FigureRef | null;
    controlClaim: { id: string; status: string; place: Ref; claimedBy: Ref; controller: Ref } | null;
  }[];
  controlClaims: ControlClaimView[];
}
interface PlaceDetails {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  country: string | null;
  controlClaims: ControlClaimView[];
  reports: ReportRef[];
}
interface FigureDetails {
  id: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: string;
  metric: string;
  subject: string;
  asOf: string | null;
  claimedBy: { actor: Ref | null; via: Ref | null; quote: string; date: string | null; report: ReportRef }[];
  disputedBy: DisputeView[];
  contradictedBy: (FigureRef & {
    qualifier: string;
    asOf: string | null;
    claimedBy: { actor: Ref | null }[];
  })[];
}

/**
 * The side panel: what the selected node or edge says, with every verbatim quote linked to its
 * report. With nothing selected it lists the disputes and contradictions drawn, so a reader sees the
 * contested claims first.
 */
export class Panel {
  private readonly body = byId('panel-body');
  private token = 0;

  constructor(
    private readonly view: GraphView,
    private readonly actions: PanelActions,
    private readonly track: <T>(p: Promise<T>) => Promise<T>,
  ) {}

  private start(): number {
    clear(this.body);
    return ++this.token;
  }

  private header(kind: NodeKind, title: string, id: string, subtitle?: string): HTMLElement {
    const style = NODE_STYLES[kind];
    return h(
      'header',
      { class: 'panel-header' },
      h('span', { class: `kind-badge kind-${kind}`, text: kind === 'Control' ? 'Control claim' : kind }),
      h('h2', { text: title }),
      subtitle ? h('p', { class: 'muted', text: subtitle }) : null,
      h(
        'div',
        { class: 'panel-actions' },
        h('button', {
          class: 'button',
          text: 'Expand neighbours',
          title: 'Same as double-clicking the node',
          on: { click: () => this.actions.expand(id) },
        }),
        h('a', {
          class: 'button ghost',
          text: 'Export (GEXF)',
          attrs: { href: `/export/graph.gexf?ids=${encodeURIComponent(id)}&depth=1`, download: '' },
        }),
      ),
      h('p', { class: 'node-id', text: id, title: style.title }),
    );
  }

  showOverview(): void {
    this.start();
    const cy = this.view.cy;
    const contested = cy.edges('[type = "DISPUTES"], [type = "CONTRADICTS"]').not('.filtered');
    const label = (id: string): string => (cy.getElementById(id).data('label') as string | undefined) ?? id;
    // Claimants per claim, gathered in one pass (a selector per dispute is quadratic on big drawings).
    const targets = new Set(contested.map((e) => e.data('target') as string));
    const claimants = new Map<string, string[]>();
    cy.edges('[type = "CLAIMS"]').forEach((c) => {
      const target = c.data('target') as string;
      if (!targets.has(target)) return;
      claimants.set(target, [...(claimants.get(target) ?? []), label(c.data('source') as string)]);
    });
    const shown = contested.slice(0, OVERVIEW_MAX);
    const items = shown.map((edge) => {
      const e = edge.data() as NetEdge;
      const by = claimants.get(e.target) ?? [];
      return h(
        'article',
        { class: `card ${e.type === 'DISPUTES' ? 'contested' : 'contradiction'}`, dataset: { edgeId: e.id } },
        h(
          'p',
          { class: 'headline' },
          h('button', {
            class: 'entity',
            text: label(e.source),
            on: { click: () => this.actions.focus(e.source) },
          }),
          e.type === 'DISPUTES' ? ' disputes ' : ' contradicts ',
          h('button', {
            class: 'entity',
            text: label(e.target),
            on: { click: () => this.actions.focus(e.target) },
          }),
          by.length ? ` (claimed by ${by.join(', ')})` : '',
        ),
        e.quote
          ? quoteBlock(e.quote, e.reportId ? this.reportRef(e.reportId) : null, e.date, this.actions)
          : null,
      );
    });
    this.body.append(
      h(
        'header',
        { class: 'panel-header' },
        h('h2', { text: 'Contested claims in view' }),
        h('p', {
          class: 'muted',
          text: 'Click a node for its claims, disputes and quotes; double-click to expand it. Click a report title to read the quote in its passage.',
        }),
      ),
      section(
        'Disputes and contradictions',
        items,
        'None drawn yet. Search for a place or actor, or double-click nodes to expand them.',
      ),
      contested.length > shown.length
        ? h('p', {
            class: 'muted',
            text: `…and ${contested.length - shown.length} more: click a node to see its own.`,
          })
        : h('span'),
    );
  }

  /** A report as far as the drawing knows it (title comes from the node's label). */
  private reportRef(id: string): ReportRef {
    const node = this.view.cy.getElementById(id);
    const title = node.nonempty()
      ? ((node.data('title') as string | undefined) ?? (node.data('label') as string))
      : null;
    return {
      id,
      title: title && !title.startsWith('report:') ? title : null,
      publishedAt: node.nonempty() ? ((node.data('publishedAt') as string | undefined) ?? null) : null,
    };
  }

  showEdge(e: NetEdge): void {
    this.start();
    const cy = this.view.cy;
    const label = (id: string): string => (cy.getElementById(id).data('label') as string | undefined) ?? id;
    const style = EDGE_STYLES[e.type];
    this.body.append(
      h(
        'header',
        { class: 'panel-header' },
        h('span', { class: `kind-badge edge-${e.type}`, text: e.type }),
        h(
          'h2',
          {},
          h('button', {
            class: 'entity',
            text: label(e.source),
            on: { click: () => this.actions.focus(e.source) },
          }),
          ` ${style.title} `,
          h('button', {
            class: 'entity',
            text: label(e.target),
            on: { click: () => this.actions.focus(e.target) },
          }),
        ),
      ),
      e.quote
        ? quoteBlock(e.quote, e.reportId ? this.reportRef(e.reportId) : null, e.date, this.actions)
        : e.reportId
          ? h('p', {}, 'From ', reportLink(this.reportRef(e.reportId), null, this.actions))
          : h('p', { class: 'muted', text: e.date ? `Dated ${e.date}.` : 'This link carries no quote.' }),
    );
  }

  async showNode(id: string, kind: NodeKind, label: string): Promise<void> {
    const token = this.start();
    this.body.append(this.header(kind, label, id), h('p', { class: 'muted loading', text: 'Loading…' }));
    try {
      const content = await this.track(this.load(id, kind, label));
      if (token !== this.token) return;
      clear(this.body);
      this.body.append(...content);
    } catch (err) {
      if (token !== this.token) return;
      this.body.querySelector('.loading')?.remove();
      this.body.append(
        h('p', {
          class: 'error',
          text: `Could not load the details: ${err instanceof Error ? err.message : String(err)}`,
        }),
      );
    }
  }

  private async load(id: string, kind: NodeKind, label: string): Promise<HTMLElement[]> {
    const a = this.actions;
    switch (kind) {
      case 'Actor': {
        const { actor } = await gql<{ actor: ActorDetails | null }>(ACTOR, { id });
        if (!actor) return [this.header(kind, label, id), h('p', { class: 'muted', text: 'Not found.' })];
        const aka = actor.aliases.filter((x) => x !== actor.name);
        return [
          this.header(
            kind,
            actor.name,
            id,
            `${actor.kind.toLowerCase().replace(/_/g, ' ')}${aka.length ? ` · also ${aka.join(', ')}` : ''}`,
          ),
          actor.affiliation ? h('p', {}, 'Affiliated with ', entity(actor.affiliation, a)) : h('span'),
          section(
            'Control claims made',
            actor.controlClaims.map((c) => controlCard(c, a)),
            'No control claims.',
          ),
          section(
            'Disputes made',
            actor.disputes.map((d) =>
              h(
                'article',
                { class: 'card contested' },
                h(
                  'p',
                  { class: 'headline' },
                  'Disputed ',
                  d.controlClaim
                    ? h(
                        'span',
                        {},
                        entity(d.controlClaim.claimedBy, a),
                        '’s claim that ',
                        entity(d.controlClaim.controller, a),
                        ` ${statusWord(d.controlClaim.status)} `,
                        entity(d.controlClaim.place, a),
                        ' ',
                        h('button', {
                          class: 'link-button small',
                          text: '(the claim)',
                          on: { click: () => a.focus(d.controlClaim!.id) },
                        }),
                      )
                    : d.figure
                      ? h('button', {
                          class: 'entity',
                          text: figureName(d.figure),
                          on: { click: () => a.focus(d.figure!.id) },
                        })
                      : 'a claim',
                ),
                quoteBlock(d.quote, d.report, d.date, a),
              ),
            ),
            'No disputes made.',
          ),
          section(
            'Figures claimed',
            actor.claims.map((c) =>
              h(
                'article',
                { class: 'card' },
                h(
                  'p',
                  { class: 'headline' },
                  h('button', {
                    class: 'entity',
                    text: figureName(c.figure),
                    on: { click: () => a.focus(c.figure.id) },
                  }),
                  c.via ? h('span', { class: 'muted' }, ' via ', entity(c.via, a)) : '',
                ),
                quoteBlock(c.quote, c.report, c.date, a),
              ),
            ),
            'No figures claimed.',
          ),
        ];
      }
      case 'Place': {
        const { place } = await gql<{ place: PlaceDetails | null }>(PLACE, { id });
        if (!place) return [this.header(kind, label, id), h('p', { class: 'muted', text: 'Not found.' })];
        return [
          this.header(
            kind,
            place.name,
            id,
            [place.kind.toLowerCase(), place.country].filter(Boolean).join(' · '),
          ),
          section(
            'Who says who controls it',
            // Disputed claims first: they are what a reader of a contested place comes for.
            [...place.controlClaims]
              .sort((x, y) => y.disputedBy.length - x.disputedBy.length)
              .map((c) => controlCard(c, a, false)),
            'No control claims about this place.',
          ),
          section(
            'Reports mentioning it',
            place.reports.map((r) => h('div', { class: 'report-row' }, reportLink(r, null, a))),
            'No reports.',
          ),
        ];
      }
      case 'Figure': {
        const { figure: f } = await gql<{ figure: FigureDetails | null }>(FIGURE_DETAILS, { id });
        if (!f) return [this.header(kind, label, id), h('p', { class: 'muted', text: 'Not found.' })];
        const amount =
          f.low !== null && f.high !== null
            ? `${f.low.toLocaleString('en-US')}–${f.high.toLocaleString('en-US')}`
            : f.value.toLocaleString('en-US');
        return [
          this.header(
            kind,
            `${QUALIFIER_WORDS[f.qualifier] ?? ''} ${amount} ${f.metric.replace(/_/g, ' ')}`.trim(),
            id,
            `${f.subject}${f.asOf ? ` · as of ${f.asOf}` : ''}`,
          ),
          section(
            'Claimed by',
            f.claimedBy.map((c) =>
              h(
                'article',
                { class: 'card' },
                h(
                  'p',
                  { class: 'headline' },
                  entity(c.actor, a),
                  c.via ? h('span', { class: 'muted' }, ' via ', entity(c.via, a)) : '',
                ),
                quoteBlock(c.quote, c.report, c.date, a),
              ),
            ),
            'No claimant recorded.',
          ),
          section(
            'Disputed by',
            f.disputedBy.map((d) =>
              h(
                'article',
                { class: 'card contested' },
                h('p', { class: 'headline' }, entity(d.actor, a)),
                quoteBlock(d.quote, d.report, d.date, a),
              ),
            ),
            'Nobody disputes it in the graph.',
          ),
          section(
            'Contradicted by',
            f.contradictedBy.map((g) =>
              h(
                'article',
                { class: 'card contradiction' },
                h(
                  'p',
                  { class: 'headline' },
                  h('button', { class: 'entity', text: figureName(g), on: { click: () => a.focus(g.id) } }),
                  g.asOf ? ` as of ${g.asOf}` : '',
                  g.claimedBy.length
                    ? ` — ${g.claimedBy.map((c) => c.actor?.name ?? 'unnamed source').join(', ')}`
                    : '',
                ),
              ),
            ),
            'No contradicting figures.',
          ),
        ];
      }
      case 'Control': {
        const { node } = await gql<{ node: ControlClaimView | null }>(CONTROL_DETAILS, { id });
        if (!node || !('status' in node))
          return [this.header(kind, label, id), h('p', { class: 'muted', text: 'Not found.' })];
        return [
          this.header(
            kind,
            `${node.controller.name} ${statusWord(node.status)} ${node.place.name}?`,
            id,
            `a claim by ${node.claimedBy.name}`,
          ),
          controlCard(node, a),
        ];
      }
      case 'Report': {
        return [
          this.header(kind, label, id),
          h(
            'p',
            {},
            h('button', {
              class: 'button',
              text: 'Read the report',
              on: { click: () => a.openReport(id, null) },
            }),
          ),
          h('p', {
            class: 'muted',
            text: 'Double-click the report node to draw everything it carries: figures, claims and the actors and places it mentions.',
          }),
        ];
      }
    }
  }
}
