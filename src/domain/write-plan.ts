import { createHash } from 'node:crypto';
import type { ReportBundle } from './bundle';
import type { EdgeType, NodeLabel } from './enums';
import { controlId, edgeId, figureId, reportId } from './ids';
import type { Actor, Place } from './model';
import { metricKey, subjectKey } from './quantity';
import { aliasKey, fingerprintsOf, namesOf, type Resolution } from './resolution';

/**
 * Turns a validated bundle and its entity resolution into the rows one transaction writes. Pure: the
 * store adds only what it read (resolution, existing entities) and executes the plan. Every id is
 * derived from content, so writing the same plan twice changes nothing.
 */
export interface PlannedEdge {
  type: EdgeType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  row: Record<string, unknown> & { id: string; from: string; to: string };
}

export interface WritePlan {
  reportId: string;
  contentHash: string;
  nodes: { label: NodeLabel | 'Alias' | 'Block'; row: Record<string, unknown> & { id: string } }[];
  /** The actor rows written (mentioned actors and the publisher), for similarity and blocking. */
  actors: Actor[];
  /** Bundle actor key -> canonical id. */
  resolvedActors: ReadonlyMap<string, string>;
  edges: PlannedEdge[];
  figureIds: string[];
  /** Quantities (metric|subjectKey) whose contradictions must be recomputed. */
  quantities: { metric: string; subjectKey: string }[];
  counts: {
    actors: number;
    places: number;
    figures: number;
    claims: number;
    disputes: number;
    controls: number;
  };
}

export function contentHashOf(bundle: ReportBundle): string {
  const { warnings: _ignored, ...content } = bundle;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 24);
}

const uniq = (xs: string[]): string[] => [...new Set(xs.map((x) => x.trim()).filter((x) => x.length > 0))];

export function planWrite(
  bundle: ReportBundle,
  resolution: Resolution,
  existingActors: ReadonlyMap<string, Actor>,
  existingPlaces: ReadonlyMap<string, Place>,
): WritePlan {
  const r = bundle.report;
  const rid = reportId(r.url, r.text);
  const contentHash = contentHashOf(bundle);
  const nodes: WritePlan['nodes'] = [];
  const edges: PlannedEdge[] = [];
  const prov = (date: string | null, quote: string | null) => ({ reportId: rid, quote, date });
  const reportDate = r.publishedAt ?? null;

  nodes.push({
    label: 'Report',
    row: {
      id: rid,
      title: r.title ?? null,
      url: r.url ?? null,
      publishedAt: r.publishedAt ?? null,
      publisherId: resolution.publisherId,
      text: r.text,
      contentHash,
    },
  });

  // Actors: several bundle keys may resolve to one node; merge their names into one row.
  const actorRows = new Map<string, Actor>();
  for (const a of bundle.actors) {
    const id = resolution.actors.get(a.key)!;
    const base = actorRows.get(id) ?? existingActors.get(id);
    const affiliation = a.affiliation ? (resolution.actors.get(a.affiliation) ?? null) : null;
    actorRows.set(id, {
      id,
      name: base?.name ?? a.name,
      aliases: uniq([...(base?.aliases ?? []), ...namesOf(a)]).filter((n) => n !== (base?.name ?? a.name)),
      kind: base?.kind ?? a.kind,
      role: base?.role ?? a.role ?? null,
      affiliationId: base?.affiliationId ?? (affiliation !== id ? affiliation : null),
    });
  }
  if (resolution.publisherId && r.publisher && !actorRows.has(resolution.publisherId)) {
    const base = existingActors.get(resolution.publisherId);
    actorRows.set(resolution.publisherId, {
      id: resolution.publisherId,
      name: base?.name ?? r.publisher.trim(),
      aliases: uniq([...(base?.aliases ?? []), r.publisher]).filter(
        (n) => n !== (base?.name ?? r.publisher?.trim()),
      ),
      kind: base?.kind ?? 'MEDIA',
      role: base?.role ?? null,
      affiliationId: base?.affiliationId ?? null,
    });
  }
  for (const a of actorRows.values()) {
    nodes.push({ label: 'Actor', row: { ...a, aliasText: a.aliases.join(' | ') } });
    for (const fp of fingerprintsOf(a))
      nodes.push({ label: 'Alias', row: { id: aliasKey('actor', fp), targetId: a.id } });
    edges.push({
      type: 'MENTIONS',
      fromLabel: 'Report',
      toLabel: 'Actor',
      row: { id: edgeId('MENTIONS', rid, a.id), from: rid, to: a.id, ...prov(reportDate, null) },
    });
    if (a.affiliationId)
      edges.push({
        type: 'AFFILIATED_WITH',
        fromLabel: 'Actor',
        toLabel: 'Actor',
        row: {
          id: edgeId('AFFILIATED_WITH', a.id, a.affiliationId),
          from: a.id,
          to: a.affiliationId,
          ...prov(reportDate, null),
        },
      });
  }
  if (resolution.publisherId)
    edges.push({
      type: 'PUBLISHED_BY',
      fromLabel: 'Report',
      toLabel: 'Actor',
      row: {
        id: edgeId('PUBLISHED_BY', rid),
        from: rid,
        to: resolution.publisherId,
        ...prov(reportDate, null),
      },
    });

  const placeRows = new Map<string, Place>();
  for (const p of bundle.places) {
    const id = resolution.places.get(p.key)!;
    const base = placeRows.get(id) ?? existingPlaces.get(id);
    placeRows.set(id, {
      id,
      name: base?.name ?? p.name,
      aliases: uniq([...(base?.aliases ?? []), ...namesOf(p)]).filter((n) => n !== (base?.name ?? p.name)),
      kind: base?.kind ?? p.kind,
      country: base?.country ?? p.country ?? null,
    });
  }
  for (const p of placeRows.values()) {
    nodes.push({ label: 'Place', row: { ...p, aliasText: p.aliases.join(' | ') } });
    for (const fp of fingerprintsOf(p))
      nodes.push({ label: 'Alias', row: { id: aliasKey('place', fp), targetId: p.id } });
    edges.push({
      type: 'MENTIONS',
      fromLabel: 'Report',
      toLabel: 'Place',
      row: { id: edgeId('MENTIONS', rid, p.id), from: rid, to: p.id, ...prov(reportDate, null) },
    });
  }

  // Figures and their claims.
  const figureKeyToId = new Map<string, string>();
  const figureRows = new Map<string, Record<string, unknown> & { id: string }>();
  const quantities = new Map<string, { metric: string; subjectKey: string }>();
  let claims = 0;
  for (const f of bundle.figures) {
    const metric = metricKey(f.metric);
    const sk = subjectKey(f.subject);
    const low = f.low ?? null;
    const high = f.high ?? null;
    const asOf = f.asOf ?? null;
    const id = figureId({ metric, subjectKey: sk, value: f.value, low, high, asOf });
    figureKeyToId.set(f.key, id);
    quantities.set(`${metric}|${sk}`, { metric, subjectKey: sk });
    if (!figureRows.has(id))
      figureRows.set(id, {
        id,
        value: f.value,
        low,
        high,
        qualifier: f.qualifier,
        metric,
        subject: f.subject,
        subjectKey: sk,
        asOf,
      });
    const claimant = f.claimant ? (resolution.actors.get(f.claimant) ?? null) : null;
    const via = f.via ? (resolution.actors.get(f.via) ?? null) : null;
    const date = asOf ?? reportDate;
    const hash = edgeId('CLAIM', rid, claimant, id, f.quote).split(':')[1]!;
    const claim = { ...prov(date, f.quote), viaId: via, qualifier: f.qualifier };
    edges.push({
      type: 'REPORTS',
      fromLabel: 'Report',
      toLabel: 'Figure',
      row: { id: `reports:${hash}`, from: rid, to: id, ...claim, claimantId: claimant },
    });
    if (claimant)
      edges.push({
        type: 'CLAIMS',
        fromLabel: 'Actor',
        toLabel: 'Figure',
        row: { id: `claims:${hash}`, from: claimant, to: id, ...claim },
      });
    claims++;
  }
  for (const row of figureRows.values()) nodes.push({ label: 'Figure', row });

  const controlKeyToId = new Map<string, string>();
  for (const c of bundle.controls) {
    const claimant = resolution.actors.get(c.claimant)!;
    const controller = resolution.actors.get(c.controller)!;
    const place = resolution.places.get(c.place)!;
    const id = controlId(rid, claimant, controller, place, c.status);
    controlKeyToId.set(c.key, id);
    const date = c.date ?? reportDate;
    nodes.push({
      label: 'Control',
      row: {
        id,
        placeId: place,
        controllerId: controller,
        claimantId: claimant,
        reportId: rid,
        status: c.status,
        quote: c.quote,
        date,
      },
    });
    edges.push(
      {
        type: 'CLAIMS',
        fromLabel: 'Actor',
        toLabel: 'Control',
        row: {
          id: edgeId('CLAIMS', id),
          from: claimant,
          to: id,
          ...prov(date, c.quote),
          viaId: null,
          qualifier: null,
        },
      },
      {
        type: 'REPORTS',
        fromLabel: 'Report',
        toLabel: 'Control',
        row: {
          id: edgeId('REPORTS', id),
          from: rid,
          to: id,
          ...prov(date, c.quote),
          claimantId: claimant,
          viaId: null,
          qualifier: null,
        },
      },
      {
        type: 'CONTROLS',
        fromLabel: 'Control',
        toLabel: 'Place',
        row: { id: edgeId('CONTROLS', id), from: id, to: place, ...prov(date, c.quote), status: c.status },
      },
      {
        type: 'CONTROLLER',
        fromLabel: 'Control',
        toLabel: 'Actor',
        row: { id: edgeId('CONTROLLER', id), from: id, to: controller, ...prov(date, c.quote) },
      },
    );
  }

  for (const d of bundle.disputes) {
    const disputer = resolution.actors.get(d.disputer)!;
    const isFigure = d.target.figure !== undefined && d.target.figure !== null;
    const target = isFigure ? figureKeyToId.get(d.target.figure!)! : controlKeyToId.get(d.target.control!)!;
    const date = d.date ?? reportDate;
    edges.push({
      type: 'DISPUTES',
      fromLabel: 'Actor',
      toLabel: isFigure ? 'Figure' : 'Control',
      row: {
        id: edgeId('DISPUTES', rid, disputer, target, d.quote),
        from: disputer,
        to: target,
        ...prov(date, d.quote),
      },
    });
  }

  // Mention edges for actors referenced only as claimants are already covered: every bundle actor is mentioned.
  return {
    reportId: rid,
    contentHash,
    nodes: dedupeNodes(nodes),
    actors: [...actorRows.values()],
    resolvedActors: resolution.actors,
    edges: dedupeEdges(edges),
    figureIds: [...figureRows.keys()],
    quantities: [...quantities.values()],
    counts: {
      actors: actorRows.size,
      places: placeRows.size,
      figures: figureRows.size,
      claims,
      disputes: bundle.disputes.length,
      controls: bundle.controls.length,
    },
  };
}

function dedupeNodes(nodes: WritePlan['nodes']): WritePlan['nodes'] {
  const seen = new Map<string, WritePlan['nodes'][number]>();
  // Alias rows: the first claimant of a fingerprint keeps it (an alias never moves to another node).
  for (const n of nodes)
    if (!(n.label === 'Alias' && seen.has(`Alias|${n.row.id}`))) seen.set(`${n.label}|${n.row.id}`, n);
  return [...seen.values()];
}
function dedupeEdges(edges: PlannedEdge[]): PlannedEdge[] {
  const seen = new Map<string, PlannedEdge>();
  for (const e of edges) seen.set(`${e.type}|${e.row.id}`, e);
  return [...seen.values()];
}
