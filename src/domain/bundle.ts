import type { ActorKind, ControlStatus, PlaceKind, Qualifier } from './enums';

/**
 * The report bundle: the one interchange format (shared/spec/BUNDLE.md) for curated seeds, extractor
 * output and ingestion. Keys are local to a bundle; the store resolves them to canonical graph ids.
 */
export interface ReportBundle {
  report: BundleReport;
  actors: BundleActor[];
  places: BundlePlace[];
  figures: BundleFigure[];
  disputes: BundleDispute[];
  controls: BundleControl[];
  /** Extractor diagnostics; never written to the graph. */
  warnings?: string[];
}

export interface BundleReport {
  title: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or null when the article gives none. */
  publishedAt: string | null;
  /** Name of the publishing outlet, or null. */
  publisher: string | null;
  text: string;
}

export interface BundleActor {
  key: string;
  name: string;
  aliases?: string[];
  kind: ActorKind;
  /** Key of another actor in this bundle. */
  affiliation?: string | null;
  /** Role as the text gives it ("Ukrainian presidential adviser"). */
  role?: string | null;
}

export interface BundlePlace {
  key: string;
  name: string;
  aliases?: string[];
  kind: PlaceKind;
  country?: string | null;
}

export interface BundleFigure {
  key: string;
  value: number;
  low?: number | null;
  high?: number | null;
  qualifier: Qualifier;
  metric: string;
  subject: string;
  asOf?: string | null;
  /** Actor key of the original source; null when the text names none. */
  claimant: string | null;
  /** Actor key of the relaying outlet. */
  via?: string | null;
  quote: string;
}

export type DisputeTarget = { figure: string; control?: undefined } | { control: string; figure?: undefined };

export interface BundleDispute {
  disputer: string;
  target: DisputeTarget;
  quote: string;
  date?: string | null;
}

export interface BundleControl {
  key: string;
  claimant: string;
  controller: string;
  place: string;
  status: ControlStatus;
  quote: string;
  date?: string | null;
}
