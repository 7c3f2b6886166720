/**
 * Deterministic generator of realistic claim graphs at scale (issue 7).
 *
 * It builds one ReportBundle per synthetic report and runs the domain's own `planWrite` on it, so every
 * id, column and edge is exactly what the store would write when ingesting that bundle; what the store
 * derives across bundles (entity de-duplication, alias ownership, a figure's `quoteText`, CONTRADICTS
 * edges, last-writer-wins figure rows) is reproduced here. Rows are streamed to a sink (CSV files for
 * the bulk loader, arrays for tests), so 1,000,000 figures never sit in memory at once.
 *
 * Shape: reports in date order, each published by a media actor and quoting 1–3 actors chosen by a
 * Zipf law (a few governments and militaries make a large share of all claims), with places, figures
 * (new ones, re-reports of recent ones, competing figures that contradict), disputes, control claims,
 * affiliations and aliases.
 */
import type {
  BundleActor,
  BundleControl,
  BundleDispute,
  BundleFigure,
  BundlePlace,
  ReportBundle,
} from '../src/domain/bundle';
import { contradicts, type ComparableFigure } from '../src/domain/contradiction';
import { daysBetween } from '../src/domain/dates';
import {
  CONTROL_STATUSES,
  QUALIFIERS,
  type ActorKind,
  type EdgeType,
  type NodeLabel,
  type PlaceKind,
  type Qualifier,
} from '../src/domain/enums';
import { actorId, edgeId, figureId, placeId } from '../src/domain/ids';
import { metricKey, subjectKey } from '../src/domain/quantity';
import type { Resolution } from '../src/domain/resolution';
import { fingerprint, slugify } from '../src/domain/text';
import { planWrite } from '../src/domain/write-plan';
import { EDGE_TABLES, NODE_TABLES } from '../src/store/schema';

export const GENERATOR_VERSION = 2;

export type Row = Record<string, unknown> & { id: string };
export type EdgeRowOut = Row & { from: string; to: string };

export interface GraphSink {
  node(label: NodeLabel | 'Alias' | 'Block', row: Row): void;
  edge(type: EdgeType, fromLabel: NodeLabel, toLabel: NodeLabel, row: EdgeRowOut): void;
}

export interface GenerateOptions {
  figures: number;
  seed?: number;
}

export interface GenerateStats {
  figures: number;
  reports: number;
  nodes: Record<string, number>;
  edges: Record<string, number>;
  totalNodes: number;
  totalEdges: number;
  /** Ids and texts the benchmark draws its requests from. */
  samples: {
    figures: string[];
    disputedFigures: string[];
    actors: string[];
    hotActors: string[];
    places: string[];
    searchTerms: string[];
  };
  /** Claims per actor, highest first (the degree distribution). */
  claimDegrees: number[];
  seconds: number;
}

// ---------------------------------------------------------------- randomness

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf(s) over ranks 0..n-1 by inverse CDF. */
export function zipf(n: number, s: number, rand: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
  for (let i = 0; i < n; i++) cdf[i]! /= sum;
  return () => {
    const u = rand();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

// ---------------------------------------------------------------- vocabulary

const ONSETS = [
  'b',
  'd',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'dr',
  'kr',
  'st',
  'tr',
  'sh',
  'ch',
  'zh',
  'hr',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ia', 'ou', 'ai'];
const CODAS = ['', '', 'n', 'r', 'l', 'k', 's', 'v', 'm'];
const SURNAME_ENDINGS = ['enko', 'ov', 'ova', 'uk', 'ski', 'ich', 'yan', 'ev', 'in', 'ets'];
const PLACE_ENDINGS = ['ivka', 'sk', 'grad', 'pol', 'ove', 'ino', 'ka', 'hiv'];
const COUNTRIES = ['Aldoria', 'Borvania', 'Caltria', 'Dravonia', 'Estmark'];
const ORG_FORMS = [
  ['Ministry of Defence of', 'GOVERNMENT'],
  ['General Staff of', 'MILITARY'],
  ['Armed Forces of', 'MILITARY'],
  ['Foreign Ministry of', 'GOVERNMENT'],
  ['Presidential Office of', 'GOVERNMENT'],
  ['Interior Ministry of', 'GOVERNMENT'],
] as const;
const MINOR_KINDS: ActorKind[] = [
  'NGO',
  'GROUP',
  'INTERNATIONAL_ORGANIZATION',
  'MILITARY',
  'GOVERNMENT',
  'OTHER',
];
const PLACE_KINDS: PlaceKind[] = ['CITY', 'TOWN', 'TOWN', 'DISTRICT', 'REGION', 'FACILITY', 'OTHER'];
const METRICS: { metric: string; subjects: string[]; base: number }[] = [
  { metric: 'killed', subjects: ['civilians', 'soldiers', 'children', 'people'], base: 60 },
  { metric: 'wounded', subjects: ['civilians', 'soldiers', 'people'], base: 150 },
  { metric: 'displaced', subjects: ['people', 'refugees', 'families'], base: 20_000 },
  { metric: 'captured', subjects: ['soldiers', 'prisoners'], base: 40 },
  { metric: 'equipment_lost', subjects: ['tanks', 'armoured vehicles', 'artillery systems'], base: 12 },
  { metric: 'drones_downed', subjects: ['drones', 'attack drones'], base: 25 },
  { metric: 'missiles_launched', subjects: ['missiles', 'cruise missiles'], base: 30 },
];
const VERBS: Record<string, string> = {
  killed: 'were killed',
  wounded: 'were wounded',
  displaced: 'were displaced',
  captured: 'were captured',
  equipment_lost: 'were lost',
  drones_downed: 'were shot down',
  missiles_launched: 'were launched',
};
const DISPUTE_PHRASES = [
  'called the figure fabricated',
  'rejected the claim',
  'denied the report',
  'said the number was false',
];
const START_DAY = Date.parse('2022-02-24T00:00:00Z');

function word(rand: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++)
    w += pick(rand, ONSETS) + pick(rand, VOWELS) + (i === syllables - 1 ? pick(rand, CODAS) : '');
  return w.charAt(0).toUpperCase() + w.slice(1);
}

interface ActorSpec {
  key: string;
  id: string;
  name: string;
  aliases: string[];
  kind: ActorKind;
  affiliation: number | null;
  /** Index in the claimant ranking; -1 for media. */
}
interface PlaceSpec {
  id: string;
  name: string;
  aliases: string[];
  kind: PlaceKind;
  country: string | null;
}

/** Unique names: a new name is accepted only when its slug (the id) and all fingerprints are unused. */
class Names {
  private readonly slugs = new Set<string>();
  private readonly prints = new Set<string>();
  constructor(private readonly ns: string) {}
  tryTake(name: string, aliases: string[]): string[] | null {
    const slug = slugify(name);
    const fp = fingerprint(name);
    if (this.slugs.has(slug) || fp.length === 0 || this.prints.has(fp)) return null;
    this.slugs.add(slug);
    this.prints.add(fp);
    const kept: string[] = [];
    for (const a of aliases) {
      const f = fingerprint(a);
      if (f.length > 0 && !this.prints.has(f)) {
        this.prints.add(f);
        kept.push(a);
      }
    }
    return kept;
  }
  get namespace(): string {
    return this.ns;
  }
}

function makeActors(
  count: number,
  mediaCount: number,
  rand: () => number,
): { claimants: ActorSpec[]; media: ActorSpec[] } {
  const names = new Names('actor');
  const claimants: ActorSpec[] = [];
  const media: ActorSpec[] = [];
  const add = (
    list: ActorSpec[],
    make: () => { name: string; aliases: string[]; kind: ActorKind },
  ): ActorSpec => {
    for (;;) {
      const c = make();
      const kept = names.tryTake(c.name, c.aliases);
      if (kept) {
        const spec: ActorSpec = {
          key: `a${list.length}`,
          id: actorId(c.name),
          name: c.name,
          aliases: kept,
          kind: c.kind,
          affiliation: null,
        };
        list.push(spec);
        return spec;
      }
    }
  };
  // The hottest claimants are state institutions: a few actors with very many claims.
  for (const country of COUNTRIES)
    for (const [form, kind] of ORG_FORMS) {
      if (claimants.length >= Math.max(6, Math.floor(count / 4))) break;
      const name = `${form} ${country}`;
      const short = form.startsWith('Ministry of Defence')
        ? [`${country} MoD`]
        : form.startsWith('General Staff')
          ? [`${country} General Staff`]
          : [];
      add(claimants, () => ({ name, aliases: short, kind }));
    }
  const orgCount = claimants.length;
  while (claimants.length < count) {
    const person = rand() < 0.75;
    add(claimants, () => {
      if (person) {
        const first = word(rand, 2);
        const last = word(rand, 2).replace(/[aeiou]+$/, '') + pick(rand, SURNAME_ENDINGS);
        const aliases =
          rand() < 0.3
            ? [`${first.charAt(0)}. ${last}`, last.replace(/i$/, 'y')].slice(0, 1 + Math.floor(rand() * 2))
            : [];
        return { name: `${first} ${last}`, aliases, kind: 'PERSON' as ActorKind };
      }
      const kind = pick(rand, MINOR_KINDS);
      const label =
        kind === 'NGO'
          ? 'Relief Fund'
          : kind === 'GROUP'
            ? 'Battalion'
            : kind === 'MILITARY'
              ? 'Brigade Command'
              : kind === 'GOVERNMENT'
                ? 'Regional Administration'
                : 'Monitoring Mission';
      return { name: `${word(rand, 2)} ${label}`, aliases: [], kind };
    });
  }
  // Persons are often affiliated with an institution.
  for (const a of claimants)
    if (a.kind === 'PERSON' && rand() < 0.5) a.affiliation = Math.floor(rand() * orgCount);
  while (media.length < mediaCount) {
    add(media, () => {
      const name = `${word(rand, 2)} ${pick(rand, ['Times', 'News', 'Post', 'Herald', 'Agency', 'Daily', 'Observer', 'Wire'])}`;
      return {
        name,
        aliases: rand() < 0.3 ? [name.replace(/ (\w+)$/, ' $1 Online')] : [],
        kind: 'MEDIA' as ActorKind,
      };
    });
  }
  media.forEach((m, i) => (m.key = `m${i}`));
  return { claimants, media };
}

function makePlaces(count: number, rand: () => number): PlaceSpec[] {
  const names = new Names('place');
  const out: PlaceSpec[] = [];
  while (out.length < count) {
    const name = word(rand, 2).replace(/[aeiou]+$/, '') + pick(rand, PLACE_ENDINGS);
    const aliases =
      rand() < 0.2 ? [name.replace(/v/g, 'w').replace(/k/g, 'c')].filter((a) => a !== name) : [];
    const kept = names.tryTake(name, aliases);
    if (!kept) continue;
    out.push({
      id: placeId(name),
      name,
      aliases: kept,
      kind: pick(rand, PLACE_KINDS),
      country: rand() < 0.9 ? pick(rand, COUNTRIES) : null,
    });
  }
  return out;
}

// ---------------------------------------------------------------- the generator

interface PendingFigure {
  id: string;
  row: Row;
  quotes: Set<string>;
  claimants: Set<string>;
  quantity: string;
  /** Report index that created it: re-reports stay within a window, then the figure is final. */
  born: number;
  metric: string;
  subject: string;
  value: number;
  asOf: string;
  disputed: boolean;
}

const REREPORT_WINDOW = 40;
const CONTRADICTION_SPAN_DAYS = 5;

function fullRow(columns: Record<string, unknown>, row: Record<string, unknown>, extra: string[] = []): Row {
  const out: Record<string, unknown> = {};
  for (const k of extra) out[k] = row[k];
  for (const c of Object.keys(columns)) {
    const v = row[c];
    out[c] = v === undefined ? null : Array.isArray(v) && v.length === 0 ? null : v;
  }
  return out as Row;
}
const NODE_COLUMNS = new Map(NODE_TABLES.map((t) => [t.label, t.columns]));
const EDGE_COLUMNS = new Map(EDGE_TABLES.map((t) => [t.type, t.columns]));

export function generateGraph(options: GenerateOptions, sink: GraphSink): GenerateStats {
  const t0 = Date.now();
  const N = Math.max(10, Math.trunc(options.figures));
  const rand = prng(options.seed ?? 7);
  const actorCount = Math.max(40, Math.round(N / 40));
  const mediaCount = Math.max(5, Math.round(actorCount / 40));
  const placeCount = Math.max(20, Math.round(N / 200));
  const reportsPerDay = Math.max(2, Math.round(N / 2000));
  const { claimants, media } = makeActors(actorCount, mediaCount, rand);
  const places = makePlaces(placeCount, rand);
  const claimantRank = zipf(claimants.length, 1.05, rand);
  const mediaRank = zipf(media.length, 1.0, rand);
  const placeRank = zipf(places.length, 0.9, rand);
  const militaryIdx = claimants
    .map((a, i) => (a.kind === 'MILITARY' || a.kind === 'GOVERNMENT' ? i : -1))
    .filter((i) => i >= 0);

  const nodeCounts: Record<string, number> = {};
  const edgeCounts: Record<string, number> = {};
  const emitNode = (label: NodeLabel | 'Alias' | 'Block', row: Record<string, unknown>): void => {
    nodeCounts[label] = (nodeCounts[label] ?? 0) + 1;
    sink.node(label, fullRow(NODE_COLUMNS.get(label)!, row));
  };
  const emitEdge = (type: EdgeType, from: NodeLabel, to: NodeLabel, row: Record<string, unknown>): void => {
    edgeCounts[type] = (edgeCounts[type] ?? 0) + 1;
    sink.edge(type, from, to, fullRow(EDGE_COLUMNS.get(type)!, row, ['from', 'to']) as EdgeRowOut);
  };

  // Entities written by several reports: one row each (identical every time: no existing aliases merge).
  const actorRows = new Map<string, Row>();
  const placeRows = new Map<string, Row>();
  const aliasRows = new Map<string, Row>();
  const affiliations = new Set<string>();
  const claimCount = new Map<string, number>();
  const pending: PendingFigure[] = [];
  const pendingById = new Map<string, PendingFigure>();
  /** Final figures per quantity within the contradiction span (dates only grow). */
  const finals = new Map<string, (ComparableFigure & { day: number })[]>();
  /** Every figure id so far: a new figure never takes the id of an earlier one (that would be a re-report). */
  const allFigureIds = new Set<string>();

  const samples: GenerateStats['samples'] = {
    figures: [],
    disputedFigures: [],
    actors: [],
    hotActors: [],
    places: [],
    searchTerms: [],
  };
  const reservoir = (list: string[], value: string, seen: number, size: number): void => {
    if (list.length < size) list.push(value);
    else {
      const j = Math.floor(rand() * seen);
      if (j < size) list[j] = value;
    }
  };
  let figuresSeen = 0;
  let disputedSeen = 0;

  const finalise = (f: PendingFigure): void => {
    pendingById.delete(f.id);
    emitNode('Figure', { ...f.row, quoteText: [...f.quotes].sort().join(' | ') });
    reservoir(samples.figures, f.id, ++figuresSeen, 20_000);
    if (f.disputed) reservoir(samples.disputedFigures, f.id, ++disputedSeen, 2000);
    const day = Math.round((Date.parse(`${f.asOf}T00:00:00Z`) - START_DAY) / 86_400_000);
    const list = (finals.get(f.quantity) ?? []).filter((g) => day - g.day <= CONTRADICTION_SPAN_DAYS);
    const me = {
      id: f.id,
      metric: String(f.row.metric),
      subjectKey: String(f.row.subjectKey),
      value: Number(f.row.value),
      low: null,
      high: null,
      qualifier: f.row.qualifier as Qualifier,
      asOf: f.asOf,
      claimantIds: [...f.claimants],
      day,
    };
    for (const g of list) {
      if (!contradicts(me, g)) continue;
      const [a, b] = me.id < g.id ? [me.id, g.id] : [g.id, me.id];
      emitEdge('CONTRADICTS', 'Figure', 'Figure', {
        id: edgeId('CONTRADICTS', a, b),
        from: a,
        to: b,
        reportId: null,
        quote: null,
        date: null,
        rule: 'disjoint-ranges',
      });
    }
    list.push(me);
    finals.set(f.quantity, list);
  };

  let created = 0;
  let r = 0;
  for (; created < N; r++) {
    while (pending.length > 0 && pending[0]!.born < r - REREPORT_WINDOW) finalise(pending.shift()!);
    const date = new Date(START_DAY + Math.floor(r / reportsPerDay) * 86_400_000).toISOString().slice(0, 10);
    const publisher = media[mediaRank()]!;
    const actors = new Map<string, ActorSpec>();
    const addActor = (a: ActorSpec): ActorSpec => {
      actors.set(a.key, a);
      if (a.affiliation !== null) actors.set(claimants[a.affiliation]!.key, claimants[a.affiliation]!);
      return a;
    };
    const speakers: ActorSpec[] = [];
    const nSpeakers = 1 + (rand() < 0.45 ? 1 : 0) + (rand() < 0.15 ? 1 : 0);
    for (let i = 0; i < nSpeakers; i++) speakers.push(addActor(claimants[claimantRank()]!));
    const reportPlaces = new Map<string, PlaceSpec>();
    const nPlaces = rand() < 0.15 ? 0 : 1 + (rand() < 0.35 ? 1 : 0);
    for (let i = 0; i < nPlaces; i++) {
      const p = places[placeRank()]!;
      reportPlaces.set(p.id, p);
    }
    const placeList = [...reportPlaces.values()];
    const figures: BundleFigure[] = [];
    const inReport = new Set<string>();
    const quoteOf = (
      speaker: ActorSpec | null,
      value: number,
      subject: string,
      metric: string,
      asOf: string,
      q: Qualifier,
    ): string =>
      `${speaker ? speaker.name : 'Officials'} said ${q === 'EXACT' ? '' : `${q.toLowerCase().replace('_', ' ')} `}${value.toLocaleString('en-US')} ${subject} ${VERBS[metric]} as of ${asOf}`;
    const addFigure = (
      metric: string,
      subject: string,
      value: number,
      asOf: string,
      existing: PendingFigure | null,
    ): void => {
      if (!existing) {
        // A new figure: bump the value until its id is fresh (same quantity, day and value = same figure).
        const key = (v: number) =>
          figureId({
            metric: metricKey(metric),
            subjectKey: subjectKey(subject),
            value: v,
            low: null,
            high: null,
            asOf,
          });
        while (allFigureIds.has(key(value)) || inReport.has(key(value))) value++;
        inReport.add(key(value));
      } else inReport.add(existing.id);
      const speaker = rand() < 0.9 ? pick(rand, speakers) : null;
      const qualifier: Qualifier = rand() < 0.6 ? 'EXACT' : pick(rand, QUALIFIERS);
      const via = rand() < 0.3 ? publisher : null;
      if (via) actors.set(via.key, via);
      figures.push({
        key: `f${figures.length}`,
        value,
        low: null,
        high: null,
        qualifier,
        metric,
        subject,
        asOf,
        claimant: speaker ? speaker.key : null,
        via: via ? via.key : null,
        quote: quoteOf(speaker, value, subject, metric, asOf, qualifier),
      });
    };
    // Re-reports of recent figures (the same figure stated again, often by another source).
    if (pending.length > 0 && rand() < 0.35) {
      const f = pending[pending.length - 1 - Math.floor(rand() * Math.min(pending.length, REREPORT_WINDOW))]!;
      addFigure(f.metric, f.subject, f.value, f.asOf, f);
    }
    const nNew = Math.min(N - created, 1 + (rand() < 0.5 ? 1 : 0) + (rand() < 0.2 ? 1 : 0));
    for (let i = 0; i < nNew; i++) {
      const competing =
        pending.length > 0 && rand() < 0.12
          ? pending[pending.length - 1 - Math.floor(rand() * Math.min(pending.length, REREPORT_WINDOW))]!
          : null;
      let metric: string;
      let subject: string;
      let value: number;
      let asOf: string;
      if (competing) {
        // A competing figure for the same quantity and day: the stuff of contradictions.
        metric = competing.metric;
        subject = competing.subject;
        asOf = competing.asOf;
        value = Math.max(1, Math.round(competing.value * (rand() < 0.5 ? 0.4 + rand() * 0.4 : 1.5 + rand())));
      } else {
        const m = pick(rand, METRICS);
        const place = placeList.length > 0 ? pick(rand, placeList) : places[placeRank()]!;
        if (placeList.length === 0) {
          reportPlaces.set(place.id, place);
          placeList.push(place);
        }
        metric = m.metric;
        subject = `${pick(rand, m.subjects)} in ${place.name}`;
        value = Math.max(1, Math.round(m.base * Math.exp((rand() - 0.5) * 3)));
        asOf =
          rand() < 0.8
            ? date
            : new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      }
      addFigure(metric, subject, value, asOf, null);
    }
    // Control claims about this report's places.
    const controls: BundleControl[] = [];
    if (placeList.length > 0 && rand() < 0.08) {
      const claimant = pick(rand, speakers);
      const controller = addActor(
        claimants[militaryIdx[Math.floor(Math.pow(rand(), 3) * militaryIdx.length)]!]!,
      );
      const place = pick(rand, placeList);
      const status = pick(rand, CONTROL_STATUSES);
      controls.push({
        key: `c0`,
        claimant: claimant.key,
        controller: controller.key,
        place: place.id,
        status,
        quote: `${claimant.name} said ${controller.name} ${status.toLowerCase()} ${place.name}`,
        date,
      });
    }
    // Disputes: another actor rejects one of this report's figures (or its control claim).
    const disputes: BundleDispute[] = [];
    if (rand() < 0.15 && figures.length > 0) {
      const disputer = addActor(claimants[claimantRank()]!);
      const target = pick(rand, figures);
      disputes.push({
        disputer: disputer.key,
        target: { figure: target.key },
        quote: `${disputer.name} ${pick(rand, DISPUTE_PHRASES)} of ${target.value}`,
        date,
      });
    }
    if (controls.length > 0 && rand() < 0.25) {
      const disputer = addActor(claimants[claimantRank()]!);
      disputes.push({
        disputer: disputer.key,
        target: { control: 'c0' },
        quote: `${disputer.name} denied that claim`,
        date,
      });
    }
    actors.set(publisher.key, publisher);

    const bundleActors: BundleActor[] = [...actors.values()].map((a) => ({
      key: a.key,
      name: a.name,
      aliases: a.aliases,
      kind: a.kind,
      affiliation:
        a.affiliation !== null && actors.has(claimants[a.affiliation]!.key)
          ? claimants[a.affiliation]!.key
          : null,
      role: null,
    }));
    const bundlePlaces: BundlePlace[] = placeList.map((p) => ({
      key: p.id,
      name: p.name,
      aliases: p.aliases,
      kind: p.kind,
      country: p.country,
    }));
    const title = `${speakers[0]!.name}: ${figures.length} figures ${placeList[0] ? `from ${placeList[0].name}` : 'reported'} (${date})`;
    const bundle: ReportBundle = {
      report: {
        title,
        url: `https://news.example/${slugify(publisher.name)}/${r}`,
        publishedAt: date,
        publisher: publisher.name,
        text: `${title}. ${figures.map((f) => f.quote).join('. ')}.`,
      },
      actors: bundleActors,
      places: bundlePlaces,
      figures,
      disputes,
      controls,
    };
    const resolution: Resolution = {
      actors: new Map(bundleActors.map((a) => [a.key, actorId(a.name)])),
      places: new Map(bundlePlaces.map((p) => [p.key, p.key])),
      publisherId: publisher.id,
    };
    const plan = planWrite(bundle, resolution, new Map(), new Map());

    for (const n of plan.nodes) {
      const row = n.row;
      if (n.label === 'Actor') actorRows.set(row.id, row);
      else if (n.label === 'Place') placeRows.set(row.id, row);
      else if (n.label === 'Alias') {
        if (!aliasRows.has(row.id)) aliasRows.set(row.id, row);
      } else if (n.label === 'Figure') {
        const p = pendingById.get(row.id);
        if (p) p.row = { ...row };
        else {
          const f: PendingFigure = {
            id: row.id,
            row: { ...row },
            quotes: new Set(),
            claimants: new Set(),
            quantity: `${row.metric}|${row.subjectKey}`,
            born: r,
            metric: String(row.metric),
            subject: String(row.subject),
            value: Number(row.value),
            asOf: String(row.asOf),
            disputed: false,
          };
          pending.push(f);
          pendingById.set(f.id, f);
          allFigureIds.add(f.id);
          created++;
        }
      } else emitNode(n.label, row);
    }
    for (const e of plan.edges) {
      if (e.type === 'AFFILIATED_WITH') {
        if (affiliations.has(e.row.id)) continue;
        affiliations.add(e.row.id);
      }
      if (e.type === 'REPORTS' && e.toLabel === 'Figure') {
        const f = pendingById.get(e.row.to)!;
        f.quotes.add(String(e.row.quote));
        if (e.row.claimantId) f.claimants.add(String(e.row.claimantId));
      }
      if (e.type === 'DISPUTES' && e.toLabel === 'Figure') pendingById.get(e.row.to)!.disputed = true;
      if (e.type === 'CLAIMS' && e.toLabel === 'Figure')
        claimCount.set(e.row.from, (claimCount.get(e.row.from) ?? 0) + 1);
      emitEdge(e.type, e.fromLabel, e.toLabel, e.row);
    }
  }
  while (pending.length > 0) finalise(pending.shift()!);
  for (const row of actorRows.values()) emitNode('Actor', row);
  for (const row of placeRows.values()) emitNode('Place', row);
  for (const row of aliasRows.values()) emitNode('Alias', row);

  const degrees = [...claimCount.entries()].sort((a, b) => b[1] - a[1]);
  samples.hotActors = degrees.slice(0, 10).map(([id]) => id);
  samples.actors = [...actorRows.keys()].filter((id) => claimCount.has(id)).sort();
  samples.places = [...placeRows.keys()].sort().slice(0, 2000);
  const terms = new Set<string>();
  for (const id of samples.actors.slice(0, 400))
    terms.add(String(actorRows.get(id)!.name).split(' ').slice(-1)[0]!);
  for (const id of samples.places.slice(0, 200)) terms.add(String(placeRows.get(id)!.name));
  for (const m of METRICS) m.subjects.forEach((s) => terms.add(s));
  samples.searchTerms = [...terms];
  const totalNodes = Object.values(nodeCounts).reduce((a, b) => a + b, 0);
  const totalEdges = Object.values(edgeCounts).reduce((a, b) => a + b, 0);
  return {
    figures: created,
    reports: r,
    nodes: nodeCounts,
    edges: edgeCounts,
    totalNodes,
    totalEdges,
    samples,
    claimDegrees: degrees.map(([, n]) => n),
    seconds: (Date.now() - t0) / 1000,
  };
}

/** Everything in memory (tests and small scales). */
export function collectGraph(options: GenerateOptions): {
  nodes: Map<string, Row[]>;
  edges: { type: EdgeType; fromLabel: NodeLabel; toLabel: NodeLabel; row: EdgeRowOut }[];
  stats: GenerateStats;
} {
  const nodes = new Map<string, Row[]>();
  const edges: { type: EdgeType; fromLabel: NodeLabel; toLabel: NodeLabel; row: EdgeRowOut }[] = [];
  const stats = generateGraph(options, {
    node: (label, row) => nodes.set(label, [...(nodes.get(label) ?? []), row]),
    edge: (type, fromLabel, toLabel, row) => edges.push({ type, fromLabel, toLabel, row }),
  });
  return { nodes, edges, stats };
}

/** Unused export kept for callers that want the day arithmetic the contradiction rule uses. */
export const dayDiff = daysBetween;

// CLI: `node dist/bench/generate.js --figures 10000 [--seed 7]` prints the stats (no rows).
if (require.main === module) {
  const arg = (name: string, fallback: number): number => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const stats = generateGraph(
    { figures: arg('figures', 10_000), seed: arg('seed', 7) },
    { node: () => undefined, edge: () => undefined },
  );
  const { samples: _s, claimDegrees, ...rest } = stats;
  console.log(
    JSON.stringify(
      { ...rest, topClaimDegrees: claimDegrees.slice(0, 10), actorsWithClaims: claimDegrees.length },
      null,
      2,
    ),
  );
}
