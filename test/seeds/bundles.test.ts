/**
 * Keeps the curated seed bundles honest until the project's validator exists: every bundle must match
 * its article byte for byte, quote it verbatim, resolve its own keys and use the closed vocabularies;
 * and the facts the acceptance questions rely on must be in the data.
 */
import { readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';
import type { BundleActor, BundleFigure, ReportBundle } from '../../src/domain/bundle';
import { ACTOR_KINDS, CONTROL_STATUSES, PLACE_KINDS, QUALIFIERS, isOneOf } from '../../src/domain/enums';
import { parseArticle } from '../../src/ingestion/article-parser';

const SEEDS = join(__dirname, '../../seeds');
const articleNames = readdirSync(join(SEEDS, 'articles'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const bundles = new Map<string, ReportBundle>(
  articleNames.map((f) => {
    const base = basename(f, '.txt');
    return [base, JSON.parse(readFileSync(join(SEEDS, 'bundles', `${base}.json`), 'utf8')) as ReportBundle];
  }),
);

function bundle(prefix: string): ReportBundle {
  const found = [...bundles.entries()].find(([name]) => name.startsWith(prefix));
  if (!found) throw new Error(`no bundle ${prefix}`);
  return found[1];
}

function isRealIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const isNullableDate = (value: unknown): boolean =>
  value === null || value === undefined || isRealIsoDate(value);

function uniqueKeys(items: { key: string }[]): Set<string> {
  const keys = new Set(items.map((i) => i.key));
  expect(keys.size).toBe(items.length);
  return keys;
}

it('has one bundle per seed article (five)', () => {
  expect(articleNames).toHaveLength(5);
  expect(
    readdirSync(join(SEEDS, 'bundles'))
      .filter((f) => f.endsWith('.json'))
      .sort(),
  ).toEqual(articleNames.map((f) => f.replace(/\.txt$/, '.json')));
});

describe.each(articleNames)('bundle for %s', (fileName) => {
  const base = basename(fileName, '.txt');
  const b = bundles.get(base) as ReportBundle;
  const parsed = parseArticle(readFileSync(join(SEEDS, 'articles', fileName), 'utf8'), fileName);

  it('carries exactly the parsed article text and header', () => {
    expect(b.report.text).toBe(parsed.text);
    expect(b.report.title).toBe(parsed.title);
    expect(b.report.url).toBe(parsed.url);
    expect(b.report.publishedAt).toBe(parsed.publishedAt);
    expect(isNullableDate(b.report.publishedAt)).toBe(true);
  });

  it('quotes the text verbatim', () => {
    const quotes = [...b.figures, ...b.disputes, ...b.controls].map((x) => x.quote);
    for (const quote of quotes) {
      expect(quote.trim().length).toBeGreaterThan(0);
      expect(b.report.text.includes(quote) ? quote : `NOT IN TEXT: ${quote}`).toBe(quote);
    }
  });

  it('resolves every key inside the bundle', () => {
    const actors = uniqueKeys(b.actors);
    const places = uniqueKeys(b.places);
    const figures = uniqueKeys(b.figures);
    const controls = uniqueKeys(b.controls);
    const actorRefs = [
      ...b.actors.map((a) => a.affiliation),
      ...b.figures.flatMap((f) => [f.claimant, f.via]),
      ...b.disputes.map((d) => d.disputer),
      ...b.controls.flatMap((c) => [c.claimant, c.controller]),
    ].filter((k): k is string => k !== null && k !== undefined);
    for (const key of actorRefs) expect(actors.has(key) ? key : `unknown actor ${key}`).toBe(key);
    for (const c of b.controls) expect(places.has(c.place)).toBe(true);
    for (const d of b.disputes) {
      const ok =
        d.target.figure !== undefined ? figures.has(d.target.figure) : controls.has(d.target.control ?? '');
      expect(ok).toBe(true);
    }
  });

  it('uses the closed vocabularies, real dates and sane numbers', () => {
    for (const a of b.actors) expect(isOneOf(ACTOR_KINDS, a.kind)).toBe(true);
    for (const p of b.places) expect(isOneOf(PLACE_KINDS, p.kind)).toBe(true);
    for (const c of b.controls) {
      expect(isOneOf(CONTROL_STATUSES, c.status)).toBe(true);
      expect(isNullableDate(c.date)).toBe(true);
    }
    for (const d of b.disputes) expect(isNullableDate(d.date)).toBe(true);
    for (const f of b.figures) {
      expect(isOneOf(QUALIFIERS, f.qualifier)).toBe(true);
      expect(f.metric).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(f.subject.trim()).not.toBe('');
      expect(isNullableDate(f.asOf)).toBe(true);
      for (const n of [f.value, f.low, f.high].filter((x): x is number => x !== null && x !== undefined)) {
        expect(Number.isFinite(n) && n >= 0).toBe(true);
      }
      if (typeof f.low === 'number' && typeof f.high === 'number') expect(f.low).toBeLessThanOrEqual(f.high);
    }
  });
});

describe('shared entities', () => {
  it('an actor key means the same entity in every bundle', () => {
    const seen = new Map<string, BundleActor>();
    for (const b of bundles.values()) {
      for (const a of b.actors) {
        const first = seen.get(a.key);
        if (!first) seen.set(a.key, a);
        else expect({ ...a, role: null }).toEqual({ ...first, role: null });
      }
    }
  });

  it('a place key means the same place in every bundle', () => {
    const seen = new Map<string, unknown>();
    for (const b of bundles.values()) {
      for (const p of b.places) {
        if (!seen.has(p.key)) seen.set(p.key, p);
        else expect(p).toEqual(seen.get(p.key));
      }
    }
  });
});

describe('acceptance facts', () => {
  const figures = (b: ReportBundle, pred: (f: BundleFigure) => boolean): BundleFigure[] =>
    b.figures.filter(pred);
  const russianKilled = (value: number) => (f: BundleFigure) =>
    f.value === value && f.metric === 'killed' && f.subject === 'Russian soldiers';

  it('the Russian Defence Ministry claimed 498 Russian soldiers killed on 2022-03-02 in 001, 002 and 004, via RIA in 002 and 004', () => {
    const hits = ['001', '002', '004'].map((p) => figures(bundle(p), russianKilled(498)));
    for (const list of hits) {
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ claimant: 'russian-defence-ministry', asOf: '2022-03-02' });
    }
    expect(hits.map((list) => list[0]?.via)).toEqual([null, 'ria-novosti', 'ria-novosti']);
    const rdm = bundle('001').actors.find((a) => a.key === 'russian-defence-ministry');
    expect(rdm?.aliases).toEqual(
      expect.arrayContaining(["Russia's Defense Ministry", 'Russian Defense Ministry']),
    );
  });

  it('Arestovych (spelled Arestovich in the text) disputes the ministry’s Kherson control claim', () => {
    const b = bundle('004');
    const control = b.controls.find((c) => c.place === 'kherson');
    expect(control).toMatchObject({
      claimant: 'russian-defence-ministry',
      controller: 'russian-armed-forces',
    });
    expect(b.disputes).toContainEqual(
      expect.objectContaining({
        disputer: 'oleksiy-arestovych',
        target: { control: control?.key },
        quote: 'rejected this and said that fighting was ongoing',
      }),
    );
    const arestovych = b.actors.find((a) => a.key === 'oleksiy-arestovych');
    expect(arestovych?.aliases).toEqual(expect.arrayContaining(['Oleksiy Arestovich', 'Arestovich']));
    expect(b.report.text).toContain('Oleksiy Arestovich, a Ukrainian presidential adviser');
  });

  it('Zelensky/Zelenskyy is one actor claiming almost 6,000 and around 9,000 Russian soldiers killed', () => {
    const zelensky = bundle('000').actors.find((a) => a.key === 'volodymyr-zelensky');
    expect(zelensky?.aliases).toEqual(expect.arrayContaining(['Zelensky', 'Zelenskyy']));
    expect(figures(bundle('000'), russianKilled(6000))[0]).toMatchObject({
      claimant: 'volodymyr-zelensky',
      qualifier: 'NEARLY',
    });
    expect(figures(bundle('001'), russianKilled(9000))[0]).toMatchObject({
      claimant: 'volodymyr-zelensky',
      qualifier: 'ABOUT',
      asOf: '2022-03-02',
    });
  });

  it('the State Emergency Service’s “more than 2,000” civilians and the UN’s earlier 142 share metric and subject', () => {
    const ses = figures(
      bundle('004'),
      (f) => f.claimant === 'ukrainian-state-emergency-service' && f.value === 2000,
    );
    const un = figures(bundle('004'), (f) => f.claimant === 'united-nations' && f.value === 142);
    expect(ses[0]).toMatchObject({
      qualifier: 'MORE_THAN',
      metric: 'killed',
      subject: 'Ukrainian civilians',
    });
    expect(un[0]).toMatchObject({ qualifier: 'EXACT', metric: 'killed', subject: 'Ukrainian civilians' });
    expect(
      figures(bundle('001'), (f) => f.claimant === 'ukrainian-state-emergency-service')[0],
    ).toMatchObject({
      value: 2000,
      qualifier: 'MORE_THAN',
      subject: 'Ukrainian civilians',
    });
  });

  it('the Russian-soldiers-killed timeline runs from 2022-03-02 (498, 5,840, ~6,000) to 9,861 on 2022-03-20', () => {
    const all = [...bundles.values()].flatMap((b) =>
      b.figures.filter((f) => f.metric === 'killed' && f.subject === 'Russian soldiers'),
    );
    const on = (date: string) => all.filter((f) => f.asOf === date).map((f) => f.value);
    expect(on('2022-03-02')).toEqual(expect.arrayContaining([498, 5840, 6000, 9000]));
    expect(figures(bundle('000'), russianKilled(5840))[0]).toMatchObject({ claimant: 'kyiv-independent' });
    expect(figures(bundle('003'), russianKilled(9861))[0]).toMatchObject({
      claimant: 'russian-defence-ministry',
      via: 'komsomolskaya-pravda',
      asOf: '2022-03-20',
    });
    const dated = all
      .map((f) => f.asOf)
      .filter((d): d is string => typeof d === 'string')
      .sort();
    expect(dated[dated.length - 1]).toBe('2022-03-20');
  });

  it('Kherson carries control claims and their dispute in several reports', () => {
    const kherson = [...bundles.values()].flatMap((b) => b.controls.filter((c) => c.place === 'kherson'));
    expect(kherson.map((c) => c.claimant)).toEqual(
      expect.arrayContaining(['russian-defence-ministry', 'ukraine-government']),
    );
    expect(kherson.length).toBeGreaterThanOrEqual(4);
  });
});
