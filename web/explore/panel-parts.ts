import { h } from './dom';
import { reportName, statusWord } from './format';
import type { ControlClaimView, Ref, ReportRef } from './types';

/** What the side panel's links do: move the graph to an entity, or open a report. */
export interface PanelActions {
  focus(id: string): void;
  expand(id: string): void;
  openReport(reportId: string, quote: string | null): void;
}

export const entity = (ref: Ref | null | undefined, actions: PanelActions): HTMLElement =>
  ref
    ? h('button', {
        class: 'entity',
        text: ref.name,
        title: `Show ${ref.id} in the graph`,
        dataset: { id: ref.id },
        on: { click: () => actions.focus(ref.id) },
      })
    : h('span', { class: 'muted', text: 'unnamed source' });

export const reportLink = (report: ReportRef, quote: string | null, actions: PanelActions): HTMLElement =>
  h('button', {
    class: 'report-link',
    text: reportName(report),
    title: 'Open the report with this quote marked',
    dataset: { reportId: report.id },
    on: { click: () => actions.openReport(report.id, quote) },
  });

/** A verbatim quote with where it comes from; the report link opens the passage. */
export function quoteBlock(
  quote: string,
  report: ReportRef | null,
  date: string | null,
  actions: PanelActions,
  extra?: Node,
): HTMLElement {
  return h(
    'figure',
    { class: 'quote' },
    h('blockquote', { text: `“${quote}”` }),
    h(
      'figcaption',
      {},
      report ? 'in ' : '',
      report ? reportLink(report, quote, actions) : null,
      date ? h('span', { class: 'date', text: ` · ${date}` }) : null,
      extra ?? null,
    ),
  );
}

/** "X says Y controls Z", the quote, and every dispute of it in red. */
export function controlCard(c: ControlClaimView, actions: PanelActions, showPlace = true): HTMLElement {
  const disputes = c.disputedBy.length
    ? h(
        'div',
        { class: 'disputes' },
        h('h4', { text: `Disputed by ${c.disputedBy.length}` }),
        ...c.disputedBy.map((d) =>
          h(
            'div',
            { class: 'dispute', dataset: { actorId: d.actor.id } },
            entity(d.actor, actions),
            quoteBlock(d.quote, d.report, d.date, actions),
          ),
        ),
      )
    : h('p', { class: 'muted small', text: 'No dispute of this claim in the graph.' });
  return h(
    'article',
    { class: `card control${c.disputedBy.length ? ' contested' : ''}`, dataset: { id: c.id } },
    h(
      'p',
      { class: 'headline' },
      entity(c.claimedBy, actions),
      ' says ',
      entity(c.controller, actions),
      ` ${statusWord(c.status)} `,
      showPlace ? entity(c.place, actions) : h('span', { text: c.place.name }),
    ),
    quoteBlock(c.quote, c.report, c.date, actions),
    disputes,
    h('button', {
      class: 'link-button small',
      text: 'Show this claim in the graph',
      on: { click: () => actions.focus(c.id) },
    }),
  );
}

export function section(title: string, items: HTMLElement[], empty: string): HTMLElement {
  return h(
    'section',
    { class: 'panel-section' },
    h('h3', { text: `${title}${items.length ? ` (${items.length})` : ''}` }),
    ...(items.length ? items : [h('p', { class: 'muted', text: empty })]),
  );
}
