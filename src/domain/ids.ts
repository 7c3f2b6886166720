import { createHash } from 'node:crypto';
import type { NodeLabel } from './enums';
import { slugify } from './text';

/**
 * Stable, readable graph ids: `actor:volodymyr-zelensky`, `place:kherson`, `report:<hash prefix>`,
 * `figure:killed:russian-soldiers:498:2022-03-02`, `control:kherson-<hash prefix>`. The prefix names
 * the node label, so any id can be routed to its table without a lookup.
 */
const PREFIX_TO_LABEL: Record<string, NodeLabel> = {
  actor: 'Actor',
  place: 'Place',
  report: 'Report',
  figure: 'Figure',
  control: 'Control',
};

export function labelOfId(id: string): NodeLabel | null {
  const prefix = id.slice(0, id.indexOf(':'));
  return PREFIX_TO_LABEL[prefix] ?? null;
}

export function shortHash(...parts: (string | number | null | undefined)[]): string {
  return createHash('sha256')
    .update(parts.map((p) => (p === null || p === undefined ? '\u0000' : String(p))).join('\u0001'))
    .digest('hex')
    .slice(0, 12);
}

export const actorId = (name: string): string => `actor:${slugify(name)}`;
export const placeId = (name: string): string => `place:${slugify(name)}`;

/** A report is identified by its URL when it has one, else by its text. */
export const reportId = (url: string | null, text: string): string =>
  `report:${shortHash(url && url.trim().length > 0 ? url.trim() : text)}`;

function numberKey(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(6).replace(/0+$/, '');
}

/**
 * A figure is one stated quantity: metric, normalised subject, value (or range) and date. The
 * qualifier is deliberately not part of the identity: "498" and "around 498" from the same source
 * are the same figure reported twice, and each claim keeps its own qualifier.
 */
export function figureId(f: {
  metric: string;
  subjectKey: string;
  value: number;
  low: number | null;
  high: number | null;
  asOf: string | null;
}): string {
  const amount =
    f.low !== null && f.high !== null ? `${numberKey(f.low)}-${numberKey(f.high)}` : numberKey(f.value);
  return `figure:${slugify(f.metric)}:${f.subjectKey}:${amount}:${f.asOf ?? 'undated'}`;
}

export const controlId = (
  reportIdValue: string,
  claimantId: string,
  controllerId: string,
  placeIdValue: string,
  status: string,
): string =>
  `control:${placeIdValue.replace(/^place:/, '')}-${shortHash(reportIdValue, claimantId, controllerId, placeIdValue, status)}`;

/** Edge ids are derived from what the edge states, so re-ingesting writes the same ids. */
export const edgeId = (type: string, ...parts: (string | null | undefined)[]): string =>
  `${type.toLowerCase()}:${shortHash(type, ...parts)}`;
