import type { BundleActor, BundleFigure, ReportBundle } from '../../domain/bundle';
import { countryOfDemonym, countryOfPeople, findCountry } from './gazetteer';
import { lookupKey, slugify } from './keys';

/**
 * Scores extracted bundles against curated ones. Figures match on (value, metric, normalised subject),
 * one to one; claimant accuracy is counted over matched figures, comparing actors by key, name or
 * alias (keys are local to a bundle); controls match on (place, status); disputes on (disputer, the
 * matched target).
 */
export interface PrecisionRecall {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ExtractionScore {
  articles: number;
  figures: PrecisionRecall;
  /** Over matched figures: the same claimant (or both none). */
  claimant: { matched: number; correct: number; accuracy: number };
  /** Over matched figures: the same relaying outlet (or both none). */
  via: { matched: number; correct: number; accuracy: number };
  /** Over matched figures: the same qualifier. */
  qualifier: { matched: number; correct: number; accuracy: number };
  disputes: PrecisionRecall;
  controls: PrecisionRecall;
}

const SUBJECT_SYNONYMS: Readonly<Record<string, string>> = {
  troops: 'soldiers',
  troop: 'soldiers',
  soldier: 'soldiers',
  servicemen: 'soldiers',
  servicemembers: 'soldiers',
  personnel: 'soldiers',
  civilian: 'civilians',
  persons: 'people',
  person: 'people',
};

/**
 * "Russian troops" -> "russia|soldiers"; "civilians" -> "*|civilians"; "people in Kharkiv" ->
 * "*|people"; "Ukrainians" -> "ukraine|people". A missing nation matches any nation.
 */
export function normaliseSubject(subject: string): string {
  const words = lookupKey(subject.replace(/\s+in\s+[A-Z][\w\s'-]*$/, ''))
    .replace(/['"“”‘’]/g, '')
    .split(' ')
    .filter((w) => w !== '' && w !== 'the');
  let nation = '*';
  const rest: string[] = [];
  for (const w of words) {
    const country =
      nation === '*' ? (countryOfDemonym(w) ?? countryOfPeople(w) ?? findCountry(w)) : undefined;
    if (country) {
      nation = lookupKey(country.name);
      continue;
    }
    rest.push(SUBJECT_SYNONYMS[w] ?? w);
  }
  return `${nation}|${rest.join(' ') || 'people'}`;
}

function subjectsMatch(x: string, y: string): boolean {
  const [nx, gx] = normaliseSubject(x).split('|');
  const [ny, gy] = normaliseSubject(y).split('|');
  return gx === gy && (nx === ny || nx === '*' || ny === '*');
}

function identities(bundle: ReportBundle, key: string | null | undefined): Set<string> {
  const names = new Set<string>();
  if (!key) return names;
  names.add(slugify(key));
  const actor: BundleActor | undefined = bundle.actors.find((a) => a.key === key);
  if (actor) {
    for (const n of [actor.name, ...(actor.aliases ?? [])]) names.add(slugify(n));
  }
  return names;
}

function sameActor(
  goldBundle: ReportBundle,
  goldKey: string | null | undefined,
  predBundle: ReportBundle,
  predKey: string | null | undefined,
): boolean {
  if (!goldKey || !predKey) return !goldKey && !predKey;
  const g = identities(goldBundle, goldKey);
  for (const p of identities(predBundle, predKey)) if (g.has(p)) return true;
  return false;
}

function placeName(bundle: ReportBundle, key: string): string {
  const place = bundle.places.find((p) => p.key === key);
  return lookupKey(place?.name ?? key.replace(/-/g, ' '))
    .replace(/\b(region|oblast|province|governorate|city|district)\b/g, '')
    .trim();
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

function pr(gold: number, predicted: number, matched: number): PrecisionRecall {
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, matched, precision, recall, f1 };
}

/** Matches figures one to one; returns gold figure key -> predicted figure. */
function matchFigures(gold: BundleFigure[], predicted: BundleFigure[]): Map<string, BundleFigure> {
  const used = new Set<BundleFigure>();
  const matches = new Map<string, BundleFigure>();
  for (const g of gold) {
    const p = predicted.find(
      (x) =>
        !used.has(x) && x.value === g.value && x.metric === g.metric && subjectsMatch(x.subject, g.subject),
    );
    if (p) {
      used.add(p);
      matches.set(g.key, p);
    }
  }
  return matches;
}

export function scoreExtraction(gold: ReportBundle[], predicted: ReportBundle[]): ExtractionScore {
  if (gold.length !== predicted.length)
    throw new Error(`scoreExtraction: ${gold.length} gold bundles but ${predicted.length} predicted`);
  let fg = 0;
  let fp = 0;
  let fm = 0;
  let claimCorrect = 0;
  let viaCorrect = 0;
  let qualCorrect = 0;
  let dg = 0;
  let dp = 0;
  let dm = 0;
  let cg = 0;
  let cp = 0;
  let cm = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    const figureMatches = matchFigures(g.figures, p.figures);
    fg += g.figures.length;
    fp += p.figures.length;
    fm += figureMatches.size;
    for (const gf of g.figures) {
      const pf = figureMatches.get(gf.key);
      if (!pf) continue;
      if (sameActor(g, gf.claimant, p, pf.claimant)) claimCorrect++;
      if (sameActor(g, gf.via, p, pf.via)) viaCorrect++;
      if (gf.qualifier === pf.qualifier) qualCorrect++;
    }

    // controls: (place, status), one to one
    const usedControls = new Set<string>();
    const controlMatches = new Map<string, string>();
    for (const gc of g.controls) {
      const pc = p.controls.find(
        (x) =>
          !usedControls.has(x.key) &&
          x.status === gc.status &&
          placeName(p, x.place) === placeName(g, gc.place),
      );
      if (pc) {
        usedControls.add(pc.key);
        controlMatches.set(gc.key, pc.key);
      }
    }
    cg += g.controls.length;
    cp += p.controls.length;
    cm += controlMatches.size;

    // disputes: the same disputer against the matched target
    const usedDisputes = new Set<number>();
    for (const gd of g.disputes) {
      const target =
        gd.target.figure !== undefined
          ? figureMatches.get(gd.target.figure)?.key
          : controlMatches.get(gd.target.control);
      if (!target) continue;
      const index = p.disputes.findIndex(
        (x, k) =>
          !usedDisputes.has(k) &&
          (gd.target.figure !== undefined ? x.target.figure === target : x.target.control === target) &&
          sameActor(g, gd.disputer, p, x.disputer),
      );
      if (index >= 0) usedDisputes.add(index);
    }
    dg += g.disputes.length;
    dp += p.disputes.length;
    dm += usedDisputes.size;
  });
  return {
    articles: gold.length,
    figures: pr(fg, fp, fm),
    claimant: { matched: fm, correct: claimCorrect, accuracy: ratio(claimCorrect, fm) },
    via: { matched: fm, correct: viaCorrect, accuracy: ratio(viaCorrect, fm) },
    qualifier: { matched: fm, correct: qualCorrect, accuracy: ratio(qualCorrect, fm) },
    disputes: pr(dg, dp, dm),
    controls: pr(cg, cp, cm),
  };
}

const pct = (x: number): string => x.toFixed(2);

/** The score as a markdown table. */
export function formatScore(score: ExtractionScore, title = 'all'): string {
  const rows = [
    `| ${title} | gold | predicted | matched | precision | recall | F1 |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    row('figures', score.figures),
    row('disputes', score.disputes),
    row('controls', score.controls),
    '',
    '| over matched figures | correct | of | accuracy |',
    '|---|---:|---:|---:|',
    `| claimant | ${score.claimant.correct} | ${score.claimant.matched} | ${pct(score.claimant.accuracy)} |`,
    `| via | ${score.via.correct} | ${score.via.matched} | ${pct(score.via.accuracy)} |`,
    `| qualifier | ${score.qualifier.correct} | ${score.qualifier.matched} | ${pct(score.qualifier.accuracy)} |`,
  ];
  return rows.join('\n');
}

function row(name: string, s: PrecisionRecall): string {
  return `| ${name} | ${s.gold} | ${s.predicted} | ${s.matched} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`;
}
