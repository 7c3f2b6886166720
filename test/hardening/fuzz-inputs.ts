/**
 * fast-check generators of bad input for the API. Every write generator starts from a valid bundle and
 * applies damage that makes it invalid by construction (so an accepted write is a bug, never noise);
 * read generators mix junk arguments with well-formed unknown ids, which may legitimately answer null.
 */
import fc from 'fast-check';
import type { ReportBundle } from '../../src/domain/bundle';
import { isIsoDate } from '../../src/domain/dates';
import { ACTOR_KINDS, CONTROL_STATUSES, PLACE_KINDS, QUALIFIERS } from '../../src/domain/enums';
import { sampleBundle } from '../helpers/sample-bundle';

export const MEGABYTE = 1024 * 1024;

type Path = (string | number)[];
type SlotKind =
  | 'reqString'
  | 'optString'
  | 'reqFloat'
  | 'optFloat'
  | 'date'
  | 'enum'
  | 'ref'
  | 'optRef'
  | 'list'
  | 'aliases'
  | 'object';
interface Slot {
  path: Path;
  kind: SlotKind;
  values?: readonly string[];
}

const base = sampleBundle();

/** Every field of the sample bundle, with what it must be. */
function slotsOf(bundle: ReportBundle): Slot[] {
  const slots: Slot[] = [
    { path: ['report'], kind: 'object' },
    { path: ['report', 'text'], kind: 'reqString' },
    { path: ['report', 'title'], kind: 'optString' },
    { path: ['report', 'url'], kind: 'optString' },
    { path: ['report', 'publisher'], kind: 'optString' },
    { path: ['report', 'publishedAt'], kind: 'date' },
    { path: ['actors'], kind: 'list' },
    { path: ['places'], kind: 'list' },
    { path: ['figures'], kind: 'list' },
    { path: ['controls'], kind: 'list' },
    { path: ['disputes'], kind: 'list' },
  ];
  bundle.actors.forEach((_, i) => {
    slots.push(
      { path: ['actors', i], kind: 'object' },
      { path: ['actors', i, 'key'], kind: 'reqString' },
      { path: ['actors', i, 'name'], kind: 'reqString' },
      { path: ['actors', i, 'kind'], kind: 'enum', values: ACTOR_KINDS },
      { path: ['actors', i, 'aliases'], kind: 'aliases' },
      { path: ['actors', i, 'role'], kind: 'optString' },
      { path: ['actors', i, 'affiliation'], kind: 'optRef' },
    );
  });
  bundle.places.forEach((_, i) => {
    slots.push(
      { path: ['places', i], kind: 'object' },
      { path: ['places', i, 'key'], kind: 'reqString' },
      { path: ['places', i, 'name'], kind: 'reqString' },
      { path: ['places', i, 'kind'], kind: 'enum', values: PLACE_KINDS },
      { path: ['places', i, 'country'], kind: 'optString' },
      { path: ['places', i, 'aliases'], kind: 'aliases' },
    );
  });
  bundle.figures.forEach((_, i) => {
    slots.push(
      { path: ['figures', i], kind: 'object' },
      { path: ['figures', i, 'key'], kind: 'reqString' },
      { path: ['figures', i, 'value'], kind: 'reqFloat' },
      { path: ['figures', i, 'low'], kind: 'optFloat' },
      { path: ['figures', i, 'high'], kind: 'optFloat' },
      { path: ['figures', i, 'qualifier'], kind: 'enum', values: QUALIFIERS },
      { path: ['figures', i, 'metric'], kind: 'reqString' },
      { path: ['figures', i, 'subject'], kind: 'reqString' },
      { path: ['figures', i, 'asOf'], kind: 'date' },
      { path: ['figures', i, 'claimant'], kind: 'optRef' },
      { path: ['figures', i, 'via'], kind: 'optRef' },
      { path: ['figures', i, 'quote'], kind: 'reqString' },
    );
  });
  bundle.controls.forEach((_, i) => {
    slots.push(
      { path: ['controls', i], kind: 'object' },
      { path: ['controls', i, 'key'], kind: 'reqString' },
      { path: ['controls', i, 'claimant'], kind: 'ref' },
      { path: ['controls', i, 'controller'], kind: 'ref' },
      { path: ['controls', i, 'place'], kind: 'ref' },
      { path: ['controls', i, 'status'], kind: 'enum', values: CONTROL_STATUSES },
      { path: ['controls', i, 'quote'], kind: 'reqString' },
      { path: ['controls', i, 'date'], kind: 'date' },
    );
  });
  bundle.disputes.forEach((_, i) => {
    slots.push(
      { path: ['disputes', i], kind: 'object' },
      { path: ['disputes', i, 'disputer'], kind: 'ref' },
      { path: ['disputes', i, 'quote'], kind: 'reqString' },
      { path: ['disputes', i, 'date'], kind: 'date' },
      { path: ['disputes', i, 'target'], kind: 'object' },
    );
  });
  return slots;
}

const SLOTS = slotsOf(base);
const slotsWhere = (...kinds: SlotKind[]): Slot[] => SLOTS.filter((s) => kinds.includes(s.kind));
const ALL_KEYS = new Set<string>(
  [...base.actors, ...base.places, ...base.figures, ...base.controls].map((e) => e.key),
);

/** Sets `path` to `value` when its parent is still an object or a list; deletes it for `undefined`. */
function setAt(root: unknown, path: Path, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) {
    const next = node[step];
    if (typeof next !== 'object' || next === null) return;
    node = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

function getAt(root: unknown, path: Path): unknown {
  let node = root as Record<string | number, unknown> | undefined;
  for (const step of path)
    node =
      typeof node === 'object' && node !== null
        ? (node[step] as Record<string | number, unknown>)
        : undefined;
  return node;
}

/** A piece of damage: what it does (for the failure message) and a function that applies it. */
export interface Damage {
  what: string;
  apply(bundle: Record<string, unknown>): void;
}

const damageAt = (slot: Slot, what: string, value: unknown): Damage => ({
  what: `${slot.path.join('.')}: ${what}`,
  apply: (b) => setAt(b, slot.path, value),
});

const anObject = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
const notAString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  anObject,
  fc.array(fc.integer(), { maxLength: 4 }),
);
const notANumber = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.boolean(),
  anObject,
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }),
);
/** A list field given a scalar is coerced to a one-item list (GraphQL), so only shapes no item can take. */
const notAList = fc.oneof(fc.integer(), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const notAnObject = fc.oneof(
  fc.integer(),
  fc.string({ maxLength: 20 }),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 3 }),
);

const wrongTypeFor = (slot: Slot): fc.Arbitrary<unknown> => {
  switch (slot.kind) {
    case 'reqFloat':
    case 'optFloat':
      return notANumber;
    case 'list':
    case 'aliases':
      return notAList;
    case 'object':
      return notAnObject;
    default:
      return notAString;
  }
};

/** Strings that look like numbers but are not JSON numbers. */
export const NAN_STRINGS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '0x1F',
  '',
  ' 42',
  '4,2',
  '∞',
  '498.0.1',
  '-0',
  '1_000',
];

/** Strings no date check may accept: impossible calendar days, wrong layouts, times, junk. */
export const badDate: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '2022-02-30',
    '2021-02-29',
    '2022-04-31',
    '2022-13-01',
    '2022-00-10',
    '2022-01-00',
    '0000-00-00',
    '9999-99-99',
    '2022-2-3',
    '03/02/2022',
    '2022-03-02T00:00:00Z',
    '2022-03-02 ',
    ' 2022-03-02',
    '20220302',
    '2022/03/02',
    '+2022-03-02',
    '',
  ),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    )
    .filter((s) => !isIsoDate(s)),
  fc.string({ maxLength: 12 }).filter((s) => !isIsoDate(s)),
);

const negative = fc.double({ min: -1e300, max: -Number.MIN_VALUE, noNaN: true });
const huge = fc.oneof(
  fc.double({ min: 1.000001e13, max: Number.MAX_VALUE, noNaN: true }),
  fc.constantFrom(2 ** 53 + 2, 1e14, 1e308),
);
const blank = fc
  .array(fc.constantFrom(' ', '\t', '\n', '\r'), { minLength: 0, maxLength: 6 })
  .map((a) => a.join(''));
const unknownKey = fc.string({ maxLength: 30 }).filter((s) => !ALL_KEYS.has(s));
const unknownEnum = (values: readonly string[]) =>
  fc
    .oneof(fc.string({ maxLength: 20 }), fc.constantFrom('ROBOT', 'person', 'Exact', 'null', ''))
    .filter((s) => !values.includes(s));

/** Nested `{ "a": { "a": … } }` or `[[[…]]]`, as deep as asked (JSON allows it; the schema does not). */
export function nested(depth: number, kind: 'object' | 'array'): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = kind === 'object' ? { a: v } : [v];
  return v;
}

const pick = <T>(xs: T[]) => fc.constantFrom(...xs);

/** One piece of damage, any kind; each makes the bundle invalid on its own. */
export const damage: fc.Arbitrary<Damage> = fc.oneof(
  // wrong types
  pick(SLOTS).chain((slot) =>
    wrongTypeFor(slot).map((v) => damageAt(slot, `wrong type ${JSON.stringify(v)?.slice(0, 40)}`, v)),
  ),
  // missing or null required fields (lists have defaults, so only their items' fields)
  pick(
    slotsWhere('reqString', 'reqFloat', 'enum', 'ref', 'object').filter(
      (s) => !(s.path.length === 2 && typeof s.path[1] === 'number'),
    ),
  ).chain((slot) =>
    fc.constantFrom(undefined, null).map((v) => damageAt(slot, v === undefined ? 'missing' : 'null', v)),
  ),
  pick(slotsWhere('list')).map((slot) => damageAt(slot, 'null list', null)),
  // negative, huge and not-a-number numbers
  pick(slotsWhere('reqFloat', 'optFloat')).chain((slot) =>
    negative.map((v) => damageAt(slot, `negative ${v}`, v)),
  ),
  pick(slotsWhere('reqFloat', 'optFloat')).chain((slot) => huge.map((v) => damageAt(slot, `huge ${v}`, v))),
  pick(slotsWhere('reqFloat', 'optFloat')).chain((slot) =>
    fc.constantFrom(...NAN_STRINGS).map((v) => damageAt(slot, `number as string ${JSON.stringify(v)}`, v)),
  ),
  // impossible dates
  pick(slotsWhere('date')).chain((slot) =>
    badDate.map((v) => damageAt(slot, `bad date ${JSON.stringify(v)}`, v)),
  ),
  // blank required strings
  pick(slotsWhere('reqString')).chain((slot) =>
    blank.map((v) => damageAt(slot, `blank ${JSON.stringify(v)}`, v)),
  ),
  // keys that resolve to nothing
  pick(slotsWhere('ref', 'optRef')).chain((slot) =>
    unknownKey.map((v) => damageAt(slot, `unknown key ${JSON.stringify(v)}`, v)),
  ),
  fc.tuple(fc.constantFrom('figure', 'control'), unknownKey).map(([k, v]) => ({
    what: `disputes.0.target.${k}: unknown key ${JSON.stringify(v)}`,
    apply: (b: Record<string, unknown>) => setAt(b, ['disputes', 0, 'target'], { [k]: v }),
  })),
  // enum values the schema does not know
  pick(slotsWhere('enum')).chain((slot) =>
    unknownEnum(slot.values!).map((v) => damageAt(slot, `unknown enum ${JSON.stringify(v)}`, v)),
  ),
  // fields the input type does not have
  fc
    .tuple(
      pick(slotsWhere('object')),
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(([slot, name, v]) => ({
      what: `${slot.path.join('.')}: extra field ${JSON.stringify(name)}`,
      apply: (b: Record<string, unknown>) => {
        const o = getAt(b, slot.path);
        if (!o || typeof o !== 'object' || Array.isArray(o)) return;
        // No input type has a field starting "x_", so this is never a real (optional) field.
        (o as Record<string, unknown>)[`x_${name}`] = v;
      },
    })),
  // deep nesting where a scalar or a flat object belongs
  fc
    .tuple(
      pick(SLOTS.filter((s) => s.kind !== 'list')),
      fc.integer({ min: 2, max: 3000 }),
      fc.constantFrom('object' as const, 'array' as const),
    )
    .map(([slot, depth, kind]) => damageAt(slot, `nested ${kind} ${depth} deep`, nested(depth, kind))),
  // invariants across fields
  fc
    .tuple(
      pick(slotsWhere('reqString').filter((s) => s.path[s.path.length - 1] === 'quote')),
      fc.string({ minLength: 1, maxLength: 60 }),
    )
    .map(([slot, q]) => {
      const quote = `${q}\u2063not in the text`; // U+2063 appears nowhere in the sample text
      return damageAt(slot, `quote not in text ${JSON.stringify(quote)}`, quote);
    }),
  fc.constantFrom<Damage>(
    { what: 'duplicate actor key', apply: (b) => setAt(b, ['actors', 1, 'key'], base.actors[0]!.key) },
    { what: 'duplicate figure key', apply: (b) => setAt(b, ['figures', 1, 'key'], base.figures[0]!.key) },
    { what: 'self affiliation', apply: (b) => setAt(b, ['actors', 3, 'affiliation'], base.actors[3]!.key) },
    {
      what: 'dispute with both targets',
      apply: (b) => setAt(b, ['disputes', 0, 'target'], { figure: 'f1', control: 'c1' }),
    },
    { what: 'dispute with no target', apply: (b) => setAt(b, ['disputes', 0, 'target'], {}) },
    { what: 'low without high', apply: (b) => setAt(b, ['figures', 0, 'low'], 10) },
  ),
  fc
    .tuple(fc.double({ min: 1, max: 1e12, noNaN: true }), fc.double({ min: 0, max: 0.999, noNaN: true }))
    .map(([low, f]) => ({
      what: `low ${low} above high ${low * f}`,
      apply: (b: Record<string, unknown>) => {
        setAt(b, ['figures', 1, 'low'], low);
        setAt(b, ['figures', 1, 'high'], low * f);
      },
    })),
);

/** Up to three pieces of damage on a fresh copy of the sample bundle, under its own URL. */
export const damagedBundle: fc.Arbitrary<{ input: unknown; what: string[] }> = fc
  .tuple(fc.array(damage, { minLength: 1, maxLength: 3 }), fc.nat())
  .map(([damages, n]) => {
    const bundle = structuredClone(sampleBundle({ url: `https://fuzz.example/${n}` })) as unknown as Record<
      string,
      unknown
    >;
    for (const d of damages) d.apply(bundle);
    return { input: bundle, what: damages.map((d) => d.what) };
  });

/** 1 MB where a short string belongs (every text limit is far below; the report text loses its quotes). */
export const megabyteBundle: fc.Arbitrary<{ input: unknown; what: string[] }> = fc
  .tuple(
    pick(slotsWhere('reqString', 'optString', 'ref', 'optRef', 'date', 'enum', 'aliases')),
    fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme' }),
    fc.nat(),
  )
  .map(([slot, unit, n]) => {
    const big = unit.repeat(Math.ceil(MEGABYTE / unit.length)).slice(0, MEGABYTE);
    const bundle = structuredClone(
      sampleBundle({ url: `https://fuzz.example/mb/${n}` }),
    ) as unknown as Record<string, unknown>;
    setAt(bundle, slot.path, slot.kind === 'aliases' ? [big] : big);
    return { input: bundle, what: [`${slot.path.join('.')}: 1 MB string`] };
  });

/** Not a bundle at all. */
export const notABundle = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.string({ maxLength: 30 }),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.constant({}),
  anObject,
);

/** Authorization headers that are not the token (nor any spelling the parser would accept as it). */
export function wrongAuthorization(token: string): fc.Arbitrary<Record<string, string>> {
  const printable = fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    maxLength: 60,
  });
  const accepted = (h: string) => /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(h)?.[1] === token;
  return fc
    .oneof(
      fc.constant(null),
      printable,
      printable.map((s) => `Bearer ${s}`),
      fc.constantFrom(
        `Bearer ${token.slice(0, -1)}`,
        `Bearer ${token}x`,
        `Bearer ${token.toUpperCase()}`,
        `Basic ${token}`,
        `Bearer`,
        `Bearer `,
        `${token}`,
        `Bearer "${token}"`,
        `Token ${token}`,
      ),
    )
    .filter((h) => h === null || !accepted(h))
    .map((h): Record<string, string> => (h === null ? {} : { authorization: h }));
}

/** Whether a text is JSON (one value, nothing after it). */
function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// ------------------------------------------------------------------ reads

/** Well-formed ids of nodes that do not exist, and malformed ones. */
export const idLike = fc.oneof(
  fc
    .constantFrom('actor:', 'place:', 'report:', 'figure:', 'control:')
    .chain((p) => fc.string({ maxLength: 40 }).map((s) => `${p}${s}`)),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ':',
    'actor',
    'actor:volodymyr-zelensky\u0000',
    'ACTOR:x',
    'actor:x'.repeat(200),
    "actor:' OR 1=1 --",
    'actor:`x`',
  ),
);

/** A value of any JSON type: what a confused or hostile client puts in a variable. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.integer(),
      negative,
      huge,
      fc.constantFrom(...NAN_STRINGS, 2 ** 31, -(2 ** 31) - 1, 1e20, 0.5, -1),
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 2000 }).map((d) => nested(d, 'array')) },
);

export const MEGA_TEXT = 'Kherson '.repeat(MEGABYTE / 8);

export interface ReadCase {
  query: string;
  variables?: Record<string, unknown>;
}

/** A query with junk variables: each field of Query, its arguments given values of any shape. */
export const junkVariablesRead: fc.Arbitrary<ReadCase> = fc.oneof(
  fc
    .tuple(fc.constantFrom('node', 'actor', 'place', 'report', 'figure'), fc.oneof(idLike, junk))
    .map(([field, id]) => ({
      query: `query($id: ID!) { ${field}(id: $id) { id } }`,
      variables: { id },
    })),
  fc
    .tuple(
      fc.constantFrom('actors', 'places', 'reports', 'figures'),
      fc.oneof(junk, fc.integer({ min: -5, max: 10_000 })),
      fc.oneof(idLike, junk, fc.constant(null)),
      fc.oneof(junk, fc.constant(null)),
    )
    .map(([field, first, after, filter]) => ({
      query: `query($first: Int, $after: String, $filter: ${field === 'actors' ? 'ActorFilter' : field === 'places' ? 'PlaceFilter' : field === 'reports' ? 'ReportFilter' : 'FigureFilter'}) { ${field}(first: $first, after: $after, filter: $filter) { totalCount edges { cursor } } }`,
      variables: { first, after, filter },
    })),
  fc
    .record(
      {
        metric: fc.oneof(fc.string({ maxLength: 20 }), junk),
        subject: fc.oneof(fc.string({ maxLength: 20 }), junk),
        claimant: fc.oneof(idLike, junk),
        minValue: fc.oneof(negative, huge, junk),
        maxValue: fc.oneof(negative, huge, junk),
        from: fc.oneof(badDate, junk),
        to: fc.oneof(badDate, junk),
      },
      { requiredKeys: [] },
    )
    .map((filter) => ({
      query: `query($f: FigureFilter) { figures(filter: $f) { totalCount } }`,
      variables: { f: filter },
    })),
  fc
    .tuple(
      fc.oneof(
        { weight: 10, arbitrary: fc.string({ maxLength: 200 }) },
        { weight: 10, arbitrary: junk },
        { weight: 1, arbitrary: fc.constant(MEGA_TEXT) },
      ),
      fc.oneof(junk, fc.integer({ min: -100, max: 100_000 })),
    )
    .map(([text, first]) => ({
      query: `query($t: String!, $n: Int) { search(text: $t, first: $n) { id } }`,
      variables: { t: text, n: first },
    })),
  fc
    .tuple(fc.oneof(fc.string({ maxLength: 40 }), junk), fc.oneof(fc.string({ maxLength: 40 }), junk))
    .map(([metric, subject]) => ({
      query: `query($m: String!, $s: String) { timeline(metric: $m, subject: $s) { quote } }`,
      variables: { m: metric, s: subject },
    })),
  fc
    .tuple(
      fc.oneof(
        { weight: 10, arbitrary: fc.array(idLike, { maxLength: 5 }) },
        { weight: 10, arbitrary: junk },
        // Long id lists cost the server ~10 ms per 1,000 ids to coerce and refuse: a few are enough.
        {
          weight: 1,
          arbitrary: fc
            .integer({ min: 51, max: 20_000 })
            .map((n) => Array.from({ length: n }, (_, i) => `actor:nobody-${i}`)),
        },
      ),
      fc.oneof(junk, fc.integer({ min: -10, max: 100 })),
      fc.oneof(junk, fc.integer({ min: -10, max: 1_000_000 })),
      fc.oneof(
        junk,
        fc.array(fc.oneof(fc.constantFrom('CLAIMS', 'DISPUTES'), fc.string({ maxLength: 10 })), {
          maxLength: 3,
        }),
      ),
    )
    .map(([ids, depth, limit, types]) => ({
      query: `query($ids: [ID!]!, $d: Int, $l: Int, $t: [EdgeType!]) { network(ids: $ids, depth: $d, limit: $l, types: $t) { truncated nodes { id } } }`,
      variables: { ids, d: depth, l: limit, t: types },
    })),
  fc
    .tuple(
      fc.oneof(idLike, junk),
      fc.oneof(idLike, junk),
      fc.oneof(junk, fc.integer({ min: -10, max: 1000 })),
    )
    .map(([from, to, max]) => ({
      query: `query($a: ID!, $b: ID!, $m: Int) { path(from: $a, to: $b, maxLength: $m) { id } }`,
      variables: { a: from, b: to, m: max },
    })),
);

/** A JS value written as a GraphQL literal (keys that are not names make the document unparsable: fine). */
export function literal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  return `{${Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${k}: ${literal(x)}`)
    .join(', ')}}`;
}

const ENUM_LIKE = fc.constantFrom('PERSON', 'ROBOT', 'CLAIMS', 'FOO', 'true', 'null');
const inlineValue = fc.oneof(
  junk.map(literal),
  ENUM_LIKE,
  idLike.map(literal),
  fc.integer({ min: -(2 ** 40), max: 2 ** 40 }).map(String),
);

/** The same fields with arguments written inline: these fail validation, not variable coercion. */
export const inlineArgsRead: fc.Arbitrary<ReadCase> = fc.oneof(
  fc
    .tuple(fc.constantFrom('node', 'actor', 'figure'), inlineValue)
    .map(([f, v]) => ({ query: `{ ${f}(id: ${v}) { id } }` })),
  fc
    .tuple(fc.constantFrom('actors', 'figures', 'places', 'reports'), inlineValue, inlineValue)
    .map(([f, a, b]) => ({ query: `{ ${f}(first: ${a}, after: ${b}) { totalCount } }` })),
  fc
    .tuple(inlineValue, inlineValue)
    .map(([k, n]) => ({ query: `{ actors(filter: { kind: ${k}, name: ${n} }) { totalCount } }` })),
  fc
    .tuple(inlineValue, inlineValue)
    .map(([a, b]) => ({ query: `{ figures(filter: { from: ${a}, to: ${b} }) { totalCount } }` })),
  fc
    .tuple(inlineValue, inlineValue, inlineValue)
    .map(([i, d, t]) => ({ query: `{ network(ids: ${i}, depth: ${d}, types: ${t}) { truncated } }` })),
  fc
    .tuple(inlineValue, inlineValue)
    .map(([t, n]) => ({ query: `{ search(text: ${t}, first: ${n}) { id } }` })),
);

const NEST = ['claims { figure { claimedBy { actor { ', '} } } } '] as const;

/**
 * Queries nested far past the depth limit (4 levels a step: 120 levels deep at most), wide alias floods
 * and fragment chains, brace and list nesting deep enough to overflow a recursive parser. Sizes are
 * capped where validation cost grows quickly (80 aliases take ~40 ms to refuse, 400 take ~300 ms).
 */
export const deepRead: fc.Arbitrary<ReadCase> = fc.oneof(
  fc.integer({ min: 1, max: 30 }).map((n) => ({
    query: `{ actor(id: "actor:volodymyr-zelensky") { ${NEST[0].repeat(n)}id ${NEST[1].repeat(n)} } }`,
  })),
  fc.integer({ min: 2, max: 80 }).map((n) => ({
    query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: actors(first: 100) { edges { node { claims { quote } } } }`).join(' ')} }`,
  })),
  fc.integer({ min: 2, max: 60 }).map((n) => ({
    query: `query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { actors(first: 5) { totalCount } ${i + 1 < n ? `...F${i + 1}` : ''} }`).join(' ')}`,
  })),
  fc.integer({ min: 10, max: 20_000 }).map((n) => ({ query: `${'{'.repeat(n)}${'}'.repeat(n)}` })),
  fc
    .integer({ min: 10, max: 5_000 })
    .map((n) => ({ query: `{ search(text: "x", first: ${'['.repeat(n)}1${']'.repeat(n)}) { id } }` })),
);

const VALID_QUERY = '{ actor(id: "actor:volodymyr-zelensky") { name claims { quote figure { value } } } }';

/** Documents that are not GraphQL: random text, and valid ones cut or stuffed with noise. */
export const brokenDocument: fc.Arbitrary<ReadCase> = fc.oneof(
  fc.string({ maxLength: 200, unit: 'binary' }).map((q) => ({ query: q })),
  fc.string({ maxLength: 200, unit: 'grapheme-ascii' }).map((q) => ({ query: q })),
  fc.integer({ min: 0, max: VALID_QUERY.length - 2 }).map((n) => ({ query: VALID_QUERY.slice(0, n) })),
  fc
    .tuple(
      fc.integer({ min: 0, max: VALID_QUERY.length }),
      fc.string({ minLength: 1, maxLength: 5, unit: 'binary' }),
    )
    .map(([i, s]) => ({
      query: VALID_QUERY.slice(0, i) + s + VALID_QUERY.slice(i),
    })),
  fc.constantFrom<ReadCase>(
    { query: 'mutation { ingestReport }' },
    { query: 'subscription { actors }' },
    { query: '{ __schema { types { name } } } { actors { totalCount } }' },
    { query: 'query A { actors { totalCount } } query A { places { totalCount } }' },
    { query: '{ nope }' },
    { query: '{ actor(id: "actor:x") { nope } }' },
  ),
);

/** Raw HTTP bodies and headers that are not a GraphQL request. */
export interface RawCase {
  body: string;
  headers: Record<string, string>;
  method?: 'POST' | 'GET';
  query?: string;
}

export const malformedRequest: fc.Arbitrary<RawCase> = fc.oneof(
  fc
    .string({ maxLength: 300, unit: 'binary' })
    .map((body) => ({ body, headers: { 'content-type': 'application/json' } })),
  fc
    .jsonValue({ maxDepth: 3 })
    .filter((v) => typeof v !== 'object' || v === null || Array.isArray(v))
    .map((v) => ({ body: JSON.stringify(v), headers: { 'content-type': 'application/json' } })),
  fc
    .record({ query: junk, variables: junk, operationName: junk, extensions: junk }, { requiredKeys: [] })
    .filter((o) => typeof o.query !== 'string')
    .map((o) => ({ body: JSON.stringify(o), headers: { 'content-type': 'application/json' } })),
  fc
    .tuple(
      fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data',
        'application/xml',
        'application/graphql',
        '',
      ),
      fc.string({ maxLength: 100 }),
    )
    .map(([type, body]): RawCase => ({ body, headers: type ? { 'content-type': type } : {} })),
  fc
    .tuple(
      fc.constantFrom(
        '{',
        '{"query": ',
        '{"query": "{ actors { totalCount } }"',
        '[',
        '{"query":"\\ud800"}',
        '\u0000',
        '{"query": "{}", "variables": {',
      ),
      fc.string({ maxLength: 20 }),
    )
    // A cut-off prefix stays cut off: a suffix that happens to close it (`}` after the actors query was
    // drawn once, FUZZ_SEED=1338231900) would make a valid request, which is rightly answered.
    .filter(([a, b]) => parsesAsJson(a) || !parsesAsJson(a + b))
    .map(([a, b]) => ({
      body: a + b,
      headers: { 'content-type': 'application/json' },
    })),
  fc.tuple(fc.string({ maxLength: 100 }), junk).map(([q, v]) => ({
    method: 'GET' as const,
    body: '',
    query: `query=${encodeURIComponent(q)}&variables=${encodeURIComponent(JSON.stringify(v) ?? '')}`,
    headers: { 'apollo-require-preflight': 'true' },
  })),
  fc.constant<RawCase>({
    method: 'GET',
    body: '',
    query: `query=${encodeURIComponent('mutation { ingestReport(input: {report: {text: "x"}}) { status } }')}`,
    headers: { 'apollo-require-preflight': 'true' },
  }),
);

// ------------------------------------------------------------------ ingestArticle

const notABoolean = fc.oneof(
  fc.integer(),
  fc.string({ maxLength: 10 }),
  anObject,
  fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
);
const tooLong = fc.integer({ min: 2_001, max: 20_000 }).map((n) => 'x'.repeat(n));

/** A raw article with one field made invalid (the article text itself is the sample's, so it would extract). */
export const damagedArticle: fc.Arbitrary<{ input: Record<string, unknown>; what: string }> = fc
  .tuple(
    fc.oneof(
      fc.tuple(fc.constant('text'), fc.oneof(notAString, blank, fc.constant(null), fc.constant(undefined))),
      fc.tuple(fc.constantFrom('title', 'url', 'publisher'), fc.oneof(notAString, tooLong)),
      fc.tuple(fc.constant('publishedAt'), fc.oneof(badDate, notAString)),
      fc.tuple(fc.constant('parseHeader'), notABoolean),
      fc.tuple(
        fc.string({ minLength: 1, maxLength: 10 }).map((k) => `x_${k}`),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    ),
    fc.nat(),
  )
  .map(([[field, value], n]) => {
    const sample = sampleBundle();
    const input: Record<string, unknown> = {
      text: sample.report.text,
      title: 'Fuzzed article',
      url: `https://fuzz.example/article/${n}`,
      publishedAt: '2022-03-02',
      publisher: 'Sample Daily',
      parseHeader: false,
    };
    if (value === undefined) delete input[field];
    else input[field] = value;
    return { input, what: `${field}: ${JSON.stringify(value)?.slice(0, 40)}` };
  });
