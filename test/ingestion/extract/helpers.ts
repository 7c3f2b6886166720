import type { BundleFigure, ReportBundle } from '../../../src/domain/bundle';
import { extractBundle } from '../../../src/ingestion/extract';

/** Extracts a made-up article published on `publishedAt` (a Monday by default). */
export function extract(text: string, publishedAt: string | null = '2023-10-16'): ReportBundle {
  return extractBundle({ title: null, url: null, publishedAt, publisher: null, text });
}

export function figure(bundle: ReportBundle, value: number): BundleFigure {
  const found = bundle.figures.find((f) => f.value === value);
  if (!found) throw new Error(`no figure ${value} in ${JSON.stringify(bundle.figures.map((f) => f.value))}`);
  return found;
}

/** The actor a key stands for, by name, so tests read like the text. */
export function actorName(bundle: ReportBundle, key: string | null | undefined): string | null {
  if (!key) return null;
  return bundle.actors.find((a) => a.key === key)?.name ?? `?${key}`;
}

/** Every quote of a bundle is an exact substring of its text. */
export function quotesAreExact(bundle: ReportBundle): boolean {
  const quotes = [...bundle.figures, ...bundle.controls, ...bundle.disputes].map((x) => x.quote);
  return quotes.every((q) => q.length > 0 && bundle.report.text.includes(q));
}
