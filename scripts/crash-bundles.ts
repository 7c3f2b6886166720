/**
 * Deterministic report bundles for the crash-safety run: the same (count, seed) always gives the same
 * bundles, so a killed child, the reference load and the re-ingest all write identical data. Actors,
 * places and figures recur across reports (entity resolution, aliases, re-reported figures claimed by
 * several sources, contradictions), and texts are a few KB, so each write is a realistic transaction.
 */
import { prng } from '../bench/generate';
import { checkBundle } from '../src/domain/bundle-invariants';
import type {
  BundleActor,
  BundleControl,
  BundleDispute,
  BundleFigure,
  BundlePlace,
  ReportBundle,
} from '../src/domain/bundle';
import { CONTROL_STATUSES, QUALIFIERS, type ActorKind, type PlaceKind } from '../src/domain/enums';

const SYLLABLES = [
  'ka',
  'ro',
  'vi',
  'len',
  'dor',
  'sha',
  'mir',
  'tov',
  'bel',
  'zan',
  'ko',
  'ri',
  'nes',
  'gar',
  'pol',
  'ust',
];
const METRICS = [
  { metric: 'killed', verb: 'were killed', subjects: ['civilians', 'soldiers'] },
  { metric: 'wounded', verb: 'were wounded', subjects: ['civilians', 'people'] },
  { metric: 'displaced', verb: 'were displaced', subjects: ['people', 'families'] },
  { metric: 'equipment_lost', verb: 'were destroyed', subjects: ['tanks', 'armoured vehicles'] },
];
const FILLER =
  'Officials gave no further detail. Independent verification was not possible. Residents described ' +
  'heavy shelling overnight, and aid groups said supplies were running low. ';

interface ActorSpec extends BundleActor {
  affiliationIndex: number | null;
}

function word(rand: () => number, n: number): string {
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!;
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** `count` bundles for seed `seed`; throws if one breaks a bundle invariant (a bug here, not in the store). */
export function crashBundles(count: number, seed = 11): ReportBundle[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const names = new Set<string>();
  const unique = (make: () => string): string => {
    for (;;) {
      const n = make();
      if (!names.has(n)) {
        names.add(n);
        return n;
      }
    }
  };

  const orgs: ActorSpec[] = [
    'Defence Ministry',
    'General Staff',
    'Regional Administration',
    'Armed Forces',
    'Monitoring Mission',
    'Relief Fund',
  ].map((label, i) => ({
    key: `org${i}`,
    name: `${label} of ${unique(() => word(rand, 2))}`,
    aliases: i < 2 ? [`${label.split(' ')[0]} ${i}`] : [],
    kind: (
      ['GOVERNMENT', 'MILITARY', 'GOVERNMENT', 'MILITARY', 'INTERNATIONAL_ORGANIZATION', 'NGO'] as ActorKind[]
    )[i]!,
    affiliationIndex: null,
  }));
  const people: ActorSpec[] = Array.from({ length: 30 }, (_, i) => {
    const first = word(rand, 2);
    const last = unique(() => `${word(rand, 2)}enko`);
    return {
      key: `p${i}`,
      name: `${first} ${last}`,
      aliases: rand() < 0.3 ? [`${first.charAt(0)}. ${last}`] : [],
      kind: 'PERSON' as ActorKind,
      affiliationIndex: rand() < 0.5 ? Math.floor(rand() * orgs.length) : null,
    };
  });
  const media = Array.from(
    { length: 6 },
    () => `${unique(() => word(rand, 2))} ${pick(['Times', 'News', 'Post', 'Wire'])}`,
  );
  const places: BundlePlace[] = Array.from({ length: 20 }, (_, i) => ({
    key: `pl${i}`,
    name: unique(() => `${word(rand, 2)}ivka`),
    kind: pick(['CITY', 'TOWN', 'REGION', 'DISTRICT'] as PlaceKind[]),
    country: pick(['Aldoria', 'Borvania', null]),
  }));
  const earlier: { metric: string; verb: string; subject: string; value: number; asOf: string }[] = [];

  const bundles: ReportBundle[] = [];
  for (let r = 0; r < count; r++) {
    const date = new Date(Date.UTC(2022, 2, 1) + Math.floor(r / 4) * 86_400_000).toISOString().slice(0, 10);
    const actors = new Map<string, ActorSpec>();
    const use = (a: ActorSpec): ActorSpec => {
      actors.set(a.key, a);
      if (a.affiliationIndex !== null) actors.set(orgs[a.affiliationIndex]!.key, orgs[a.affiliationIndex]!);
      return a;
    };
    const speakerPool = [...orgs, ...people];
    const speakers = Array.from({ length: 1 + Math.floor(rand() * 3) }, () =>
      use(speakerPool[Math.floor(rand() ** 2 * speakerPool.length)]!),
    );
    const reportPlaces = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 2) }, () => pick(places)))];

    const figures: BundleFigure[] = [];
    const sentences: string[] = [];
    const nFigures = 1 + Math.floor(rand() * 4);
    for (let j = 0; j < nFigures; j++) {
      const speaker = pick(speakers);
      const again = earlier.length > 0 && rand() < 0.3 ? earlier[Math.floor(rand() * earlier.length)]! : null;
      const m = pick(METRICS);
      const f = again ?? {
        metric: m.metric,
        verb: m.verb,
        subject: `${pick(m.subjects)} in ${pick(reportPlaces).name}`,
        value: 1 + Math.floor(rand() * 5000),
        asOf: date,
      };
      if (
        figures.some(
          (x) => x.metric === f.metric && x.subject === f.subject && x.value === f.value && x.asOf === f.asOf,
        )
      )
        continue;
      if (!again) earlier.push(f);
      const quote = `${speaker.name} said ${f.value} ${f.subject} ${f.verb} (report ${r}, figure ${j})`;
      sentences.push(`${quote}.`);
      figures.push({
        key: `f${j}`,
        value: f.value,
        qualifier: rand() < 0.7 ? 'EXACT' : pick(QUALIFIERS),
        metric: f.metric,
        subject: f.subject,
        asOf: f.asOf,
        claimant: speaker.key,
        via: null,
        quote,
      });
    }
    const controls: BundleControl[] = [];
    if (rand() < 0.2) {
      const controller = use(orgs[3]!);
      const place = pick(reportPlaces);
      const status = pick(CONTROL_STATUSES);
      const quote = `${speakers[0]!.name} said that ${controller.name} ${status.toLowerCase()} ${place.name} (report ${r})`;
      sentences.push(`${quote}.`);
      controls.push({
        key: 'c0',
        claimant: speakers[0]!.key,
        controller: controller.key,
        place: place.key,
        status,
        quote,
        date,
      });
    }
    const disputes: BundleDispute[] = [];
    if (rand() < 0.25 && figures.length > 0) {
      const disputer = use(pick(people));
      const quote = `${disputer.name} rejected the figure (report ${r})`;
      sentences.push(`${quote}.`);
      disputes.push({
        disputer: disputer.key,
        target: controls.length > 0 && rand() < 0.5 ? { control: 'c0' } : { figure: figures[0]!.key },
        quote,
        date,
      });
    }
    const title = `${speakers[0]!.name} on ${reportPlaces[0]!.name}, ${date}`;
    const bundle: ReportBundle = {
      report: {
        title,
        url: `https://crash.example/${seed}/${r}`,
        publishedAt: date,
        publisher: pick(media),
        text: `${title}. ${sentences.join(' ')} ${FILLER.repeat(8 + Math.floor(rand() * 24))}`,
      },
      actors: [...actors.values()].map(({ affiliationIndex, ...a }) => ({
        ...a,
        affiliation:
          affiliationIndex !== null && actors.has(orgs[affiliationIndex]!.key)
            ? orgs[affiliationIndex]!.key
            : null,
      })),
      places: reportPlaces,
      figures,
      disputes,
      controls,
    };
    const problems = checkBundle(bundle);
    if (problems.length > 0) throw new Error(`crash bundle ${r} is invalid: ${JSON.stringify(problems)}`);
    bundles.push(bundle);
  }
  return bundles;
}
