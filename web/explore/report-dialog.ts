import { gql } from './graphql';
import { append, byId, clear, h } from './dom';
import { REPORT_DETAILS } from './queries';
import { reportName } from './format';

interface ReportDetails {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  publisher: { id: string; name: string } | null;
  text: string;
}

const EXCERPT_CONTEXT = 320;

/** Text split around the first occurrence of the quote, so the quote can be marked in place. */
function around(text: string, quote: string | null, context: number | null): [string, string, string] {
  const at = quote ? text.indexOf(quote) : -1;
  if (at < 0 || !quote) return [context === null ? text : text.slice(0, context * 2), '', ''];
  if (context === null) return [text.slice(0, at), quote, text.slice(at + quote.length)];
  const start = Math.max(0, at - context);
  const end = Math.min(text.length, at + quote.length + context);
  return [
    `${start > 0 ? '…' : ''}${text.slice(start, at)}`,
    quote,
    `${text.slice(at + quote.length, end)}${end < text.length ? '…' : ''}`,
  ];
}

/**
 * The report behind a quote: title, date, publisher, address and the passage with the quote marked.
 * The address is shown as a link for the reader to follow; the page itself never loads it.
 */
export class ReportDialog {
  private readonly dialog = byId<HTMLDialogElement>('report-dialog');
  private readonly cache = new Map<string, Promise<ReportDetails | null>>();

  constructor(private readonly track: <T>(p: Promise<T>) => Promise<T>) {
    byId('report-close').addEventListener('click', () => this.dialog.close());
    this.dialog.addEventListener('click', (e) => {
      if (e.target === this.dialog) this.dialog.close();
    });
  }

  async open(reportId: string, quote: string | null): Promise<void> {
    const body = byId('report-body');
    byId('report-title').textContent = 'Loading report…';
    clear(body);
    if (!this.dialog.open) this.dialog.showModal();
    let load = this.cache.get(reportId);
    if (!load) {
      load = gql<{ report: ReportDetails | null }>(REPORT_DETAILS, { id: reportId }).then((d) => d.report);
      this.cache.set(reportId, load);
      load.catch(() => this.cache.delete(reportId));
    }
    let report: ReportDetails | null;
    try {
      report = await this.track(load);
    } catch (err) {
      byId('report-title').textContent = 'The report could not be loaded';
      body.append(h('p', { class: 'error', text: err instanceof Error ? err.message : String(err) }));
      return;
    }
    if (!report) {
      byId('report-title').textContent = `Report ${reportId} not found`;
      return;
    }
    byId('report-title').textContent = reportName(report);
    const meta = h(
      'p',
      { class: 'report-meta' },
      report.publishedAt ? `Published ${report.publishedAt}` : 'No publication date',
      report.publisher ? ` · ${report.publisher.name}` : '',
      ` · ${report.id}`,
    );
    const link = report.url
      ? h(
          'p',
          { class: 'report-url' },
          'Source: ',
          h('a', {
            text: report.url,
            attrs: { href: report.url, target: '_blank', rel: 'noopener noreferrer' },
          }),
        )
      : h('p', { class: 'report-url muted', text: 'The report gives no address.' });
    const passage = h('div', { class: 'report-text' });
    const show = (full: boolean): void => {
      clear(passage);
      const [before, marked, after] = around(report.text, quote, full ? null : EXCERPT_CONTEXT);
      passage.append(before, ...(marked ? [h('mark', { text: marked })] : []), after);
    };
    let full = false;
    const toggle = h('button', {
      class: 'link-button',
      text: 'Show the full text',
      on: {
        click: () => {
          full = !full;
          toggle.textContent = full ? 'Show only the passage' : 'Show the full text';
          show(full);
        },
      },
    });
    show(false);
    append(body, [
      meta,
      link,
      quote
        ? h('p', {
            class: 'muted',
            text: report.text.includes(quote)
              ? 'The quote, marked in its passage:'
              : 'Quote not found verbatim in the text.',
          })
        : null,
      passage,
      toggle,
    ]);
  }
}
