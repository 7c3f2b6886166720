import type { ActorKind, ControlStatus, PlaceKind, Qualifier } from '../domain/enums';
import type {
  Actor,
  ControlClaim,
  Dispute,
  Figure,
  FigureClaim,
  Place,
  Report,
  SimilarActor,
} from '../domain/model';
import type { Row } from './executor';

/** Row -> read model. Executors already made values plain JS; this only fixes shapes and nulls. */
const s = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));
const sn = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const n = (v: unknown): number => Number(v);
const nn = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
// Kuzu stores an empty list as NULL: the model always has a list.
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export const toActor = (r: Row): Actor => ({
  id: s(r.id),
  name: s(r.name),
  aliases: list(r.aliases),
  kind: s(r.kind) as ActorKind,
  role: sn(r.role),
  affiliationId: sn(r.affiliationId),
});
export const toPlace = (r: Row): Place => ({
  id: s(r.id),
  name: s(r.name),
  aliases: list(r.aliases),
  kind: s(r.kind) as PlaceKind,
  country: sn(r.country),
});
export const toReport = (r: Row): Report => ({
  id: s(r.id),
  title: sn(r.title),
  url: sn(r.url),
  publishedAt: sn(r.publishedAt),
  publisherId: sn(r.publisherId),
  text: s(r.text),
  contentHash: s(r.contentHash),
});
export const toFigure = (r: Row): Figure => ({
  id: s(r.id),
  value: n(r.value),
  low: nn(r.low),
  high: nn(r.high),
  qualifier: s(r.qualifier) as Qualifier,
  metric: s(r.metric),
  subject: s(r.subject),
  subjectKey: s(r.subjectKey),
  asOf: sn(r.asOf),
});
export const toControl = (r: Row): ControlClaim => ({
  id: s(r.id),
  placeId: s(r.placeId),
  controllerId: s(r.controllerId),
  claimantId: s(r.claimantId),
  reportId: s(r.reportId),
  status: s(r.status) as ControlStatus,
  quote: s(r.quote),
  date: sn(r.date),
});
export const toClaim = (r: Row): FigureClaim => ({
  id: s(r.id).replace(/^(claims|reports):/, 'claim:'),
  figureId: s(r.figureId),
  actorId: sn(r.actorId),
  reportId: s(r.reportId),
  viaId: sn(r.viaId),
  qualifier: s(r.qualifier) as Qualifier,
  quote: s(r.quote),
  date: sn(r.date),
});
export const toDispute = (r: Row, targetLabel: 'Figure' | 'Control'): Dispute => ({
  id: s(r.id),
  actorId: s(r.actorId),
  reportId: s(r.reportId),
  quote: s(r.quote),
  date: sn(r.date),
  figureId: targetLabel === 'Figure' ? s(r.targetId) : null,
  controlId: targetLabel === 'Control' ? s(r.targetId) : null,
});

export const toSimilar = (r: Row): SimilarActor => ({
  id: s(r.id),
  actorId: s(r.actorId),
  otherId: s(r.otherId),
  score: n(r.score),
  reason: s(r.reason),
  reportId: s(r.reportId),
  quote: s(r.quote),
  date: sn(r.date),
});
export const toStringList = list;

/** Groups rows into a Map keyed by every requested id (ids with no rows map to []). */
export function groupBy<T>(
  ids: readonly string[],
  rows: Row[],
  key: string,
  map: (r: Row) => T,
): Map<string, T[]> {
  const out = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const r of rows) out.get(String(r[key]))?.push(map(r));
  return out;
}
