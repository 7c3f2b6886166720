import type { FigureRef, ReportRef } from './types';

/** The same words on the canvas and in the panel: the title, else date and the id's hash prefix. */
export const reportName = (r: ReportRef): string => r.title ?? untitledReportLabel(r.id, r.publishedAt);

export function figureName(f: Pick<FigureRef, 'value' | 'metric' | 'subject'>): string {
  return `${f.value.toLocaleString('en-US')} ${f.metric.replace(/_/g, ' ')} (${f.subject})`;
}

export const statusWord = (status: string): string =>
  ({
    CONTROLS: 'controls',
    CAPTURED: 'captured',
    ENCIRCLED: 'encircled',
    CONTESTED: 'contests',
    RETAINS: 'retains',
  })[status] ?? status.toLowerCase();

export const QUALIFIER_WORDS: Record<string, string> = {
  EXACT: '',
  ABOUT: 'about',
  AT_LEAST: 'at least',
  MORE_THAN: 'more than',
  NEARLY: 'nearly',
  UP_TO: 'up to',
  LESS_THAN: 'less than',
};

/** A label for reports without a title: date plus the id's hash prefix (ids are stable). */
export function untitledReportLabel(id: string, publishedAt: string | null): string {
  return `Report ${publishedAt ?? 'undated'} · ${id.replace(/^report:/, '').slice(0, 6)}`;
}
