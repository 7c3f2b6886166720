/**
 * Injection and Unicode (issue 8, item 2): strings that look like Cypher or GraphQL, every kind of
 * quote, and Unicode edge cases go in through ingestReport and must come back from the queries byte
 * for byte — in names, aliases, roles, countries, titles, URLs, publishers, subjects, text and quotes.
 *
 * Decided, and tested below: a lone surrogate (U+D800 alone) is not a Unicode scalar value. JSON can
 * spell it (`"\ud800"`) but it has no UTF-8 encoding, so no store can keep it; a server may refuse the
 * bundle (BAD_USER_INPUT) or store U+FFFD in its place — never a 5xx, never damage to the characters
 * around it. Figure `metric` is left out of the byte-for-byte check on purpose: it is a normalised key
 * (metricKey), documented as such.
 */
import { AUTH, INGEST, TOKEN, startServer, type HardeningServer } from './support';

export const HOSTILE: [string, string][] = [
  ['Cypher: quote break', "' OR 1=1 //"],
  ['Cypher: detach delete', '"}) MATCH (n) DETACH DELETE n //'],
  ['Cypher: backtick label', '`Actor` RETURN 1 //'],
  ['Cypher: parameter', '$ids $id {id: $x}'],
  ['Cypher: call', "'; CALL db.labels() YIELD label RETURN label; //"],
  ['Cypher: create', "x'}) CREATE (:Actor {id: 'actor:pwned'}) WITH 1 AS x MATCH (n {id: '"],
  ['Cypher: comment and block', "/* */ -- // \\ \\\\ \\'"],
  ['Cypher: regex and like', '.* (?i)^a% _ [a-z]+ =~'],
  ['FTS query syntax', 'name:x AND -y OR "z" ~2 ^3 * ?'],
  ['GraphQL: document', '{ __schema { types { name } } } query { actors { totalCount } }'],
  ['GraphQL: block string', '"""block""" # comment $var ... on Actor @include(if: true)'],
  ['quotes', `' " \` ’ ‘ “ ” „ « » ‹ › 「 」`],
  ['HTML', '<script>alert(1)</script> &amp; &lt; <img src=x onerror=alert(1)>'],
  ['JSON', '{"a": [1, null, true], "\\u0000": "x"}'],
  ['RTL marks', 'abc\u200F\u202Edef\u202C\u200E ghi'],
  ['Arabic and Hebrew', 'وزارة الدفاع משרד הביטחון'],
  ['Cyrillic', 'Міністерство оборони України'],
  ['emoji', '🇺🇦 👩‍👩‍👧 👍🏽 🫡 ❤️'],
  ['combining marks', 'Zelenskyy\u0301\u0308 e\u0301 Z\u0335\u0321a\u0337l\u0336g\u0338o'],
  ['NFC vs NFD', 'caf\u00e9 cafe\u0301'],
  ['NUL', 'before\u0000after'],
  ['control characters', 'a\u0001b\u0007c\u001bd\u007fe'],
  ['line and paragraph separators', 'one\u2028two\u2029three\r\nfour\tfive'],
  ['BOM and zero width', '\uFEFFstart zero\u200Bwidth join\u200Dner'],
  ['astral plane', '𠜎𠜱𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🀄'],
  ['percent and escapes', '%00 %27 %22 \\n \\u0000 \\x00'],
  // As long as every field takes it (a figure subject is at most 300 characters).
  ['long', `long ${'ж🙂'.repeat(90)}`],
];

const LONE_SURROGATE = 'lone \ud800 surrogate';

let s: HardeningServer;
beforeAll(async () => {
  s = await startServer({ env: { CLAIMGRAPH_TOKEN: TOKEN }, seed: false });
});
afterAll(async () => {
  await s?.close();
});

/** One bundle that carries `x` in every free-text field, under names made unique by `i`. */
export function hostileBundle(i: number, x: string) {
  const q1 = `Speaker ${i} said ${x} and ${100 + i} soldiers were killed`;
  const q2 = `the army holds ${x} town ${i}`;
  const q3 = `Watchdog ${i} rejected ${x}`;
  return {
    report: {
      title: x,
      url: `https://injection.example/${i}?q=${x}`,
      publishedAt: '2022-03-02',
      publisher: `Publisher ${i} ${x} Ltd`,
      text: `Report ${i}: ${x}. ${q1}. ${q2}. ${q3}.`,
    },
    actors: [
      { key: 'speaker', name: `Speaker ${i} ${x}`, aliases: [x, `Alias ${i} ${x}`], kind: 'PERSON', role: x },
      { key: 'army', name: `Army ${i} ${x}`, kind: 'MILITARY' },
      { key: 'watchdog', name: `Watchdog ${i} ${x}`, kind: 'NGO' },
    ],
    places: [{ key: 'town', name: `Town ${i} ${x}`, aliases: [x], kind: 'TOWN', country: x }],
    figures: [
      {
        key: 'f1',
        value: 100 + i,
        qualifier: 'EXACT',
        metric: 'killed',
        subject: `${x} soldiers ${i}`,
        asOf: '2022-03-02',
        claimant: 'speaker',
        quote: q1,
      },
    ],
    controls: [
      { key: 'c1', claimant: 'speaker', controller: 'army', place: 'town', status: 'CONTROLS', quote: q2 },
    ],
    disputes: [{ disputer: 'watchdog', target: { figure: 'f1' }, quote: q3 }],
  };
}

const READ = `query($id: ID!) { report(id: $id) {
  title url text publisher { name aliases }
  actors { name aliases role } places { name aliases country }
  figures { subject claimedBy { quote } disputedBy { quote } }
  controlClaims { quote } disputes { quote }
} }`;

/** Compares as UTF-8 bytes too, so a test failure shows the first differing byte rather than two look-alike strings. */
function sameBytes(actual: unknown, expected: string): void {
  expect(typeof actual).toBe('string');
  expect(Buffer.from(actual as string, 'utf8').toString('hex')).toBe(
    Buffer.from(expected, 'utf8').toString('hex'),
  );
  expect(actual).toBe(expected);
}

describe.each(HOSTILE.map(([label, x], i) => [label, x, i] as const))('%s', (_label, x, i) => {
  it('is stored and read back byte for byte in every field', async () => {
    const bundle = hostileBundle(i, x);
    const ingested = await s.gql(INGEST, { input: bundle }, AUTH);
    expect(ingested.json?.errors).toBeUndefined();
    expect(ingested.status).toBe(200);
    const id = ingested.json!.data.ingestReport.reportId as string;

    const res = await s.gql(READ, { id });
    expect(res.json?.errors).toBeUndefined();
    const r = res.json!.data.report;
    sameBytes(r.title, x);
    sameBytes(r.url, bundle.report.url);
    sameBytes(r.text, bundle.report.text);
    sameBytes(r.publisher.name, bundle.report.publisher);
    const speaker = r.actors.find((a: { name: string }) => a.name === bundle.actors[0]!.name);
    expect(speaker).toBeDefined();
    sameBytes(speaker.role, x);
    // Aliases are trimmed (write-plan `uniq`, String.prototype.trim, which counts U+FEFF as space): the
    // one alias that is `x` alone is compared trimmed; the other carries `x` inside and must be exact.
    expect([...speaker.aliases].sort()).toEqual([x.trim(), `Alias ${i} ${x}`].sort());
    for (const a of bundle.actors) expect(r.actors.map((y: { name: string }) => y.name)).toContain(a.name);
    expect(r.places).toHaveLength(1);
    sameBytes(r.places[0].name, bundle.places[0]!.name);
    sameBytes(r.places[0].country, x);
    expect(r.places[0].aliases).toEqual([x.trim()]);
    sameBytes(r.figures[0].subject, bundle.figures[0]!.subject);
    sameBytes(r.figures[0].claimedBy[0].quote, bundle.figures[0]!.quote);
    sameBytes(r.figures[0].disputedBy[0].quote, bundle.disputes[0]!.quote);
    sameBytes(r.controlClaims[0].quote, bundle.controls[0]!.quote);
    sameBytes(r.disputes[0].quote, bundle.disputes[0]!.quote);
  });

  it('is harmless as a search text, an id and a timeline subject', async () => {
    const res = await s.gql(
      `query($t: String!, $id: ID!) { search(text: $t, first: 5) { id } node(id: $id) { id } timeline(metric: "killed", subject: $t) { quote } }`,
      {
        t: x.slice(0, 200),
        id: `actor:${x}`,
      },
    );
    expect(res.status).toBeLessThan(500);
    for (const e of res.json?.errors ?? []) expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.text).not.toMatch(/actor:pwned|Binder|Parser exception|kuzu/i);
  });
});

it('no injected statement ran: the graph holds exactly what the bundles describe', async () => {
  const res = await s.gql(`{ node(id: "actor:pwned") { id } reports(first: 100) { totalCount } }`);
  expect(res.json?.data).toEqual({ node: null, reports: { totalCount: HOSTILE.length } });
  const counts = await s.store.counts();
  expect(counts.nodes.Report).toBe(HOSTILE.length);
  expect(counts.nodes.Figure).toBe(HOSTILE.length);
  expect(counts.nodes.Control).toBe(HOSTILE.length);
  expect(counts.edges.DISPUTES).toBe(HOSTILE.length);
});

it('a lone surrogate is refused or replaced by U+FFFD, never a 5xx, never damaging its neighbours', async () => {
  const bundle = hostileBundle(900, LONE_SURROGATE);
  const res = await s.gql(INGEST, { input: bundle }, AUTH);
  expect(res.status).toBeLessThan(500);
  if (res.json?.errors) {
    expect(res.json.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    console.log('a lone surrogate: refused with BAD_USER_INPUT');
    return;
  }
  const read = await s.gql(READ, { id: res.json!.data.ingestReport.reportId });
  expect(read.json?.data.report.title).toBe('lone \ufffd surrogate');
  console.log('a lone surrogate: stored as U+FFFD');
});

/**
 * FOUND (issue 8): ids are minted from an ASCII slug of the name (domain/ids.ts actorId -> slugify), so
 * every name written only in another script — Cyrillic, Arabic, Hebrew, CJK, emoji — becomes
 * `actor:unnamed`, and the store MERGEs them into one node: a claim by one person is then shown as a
 * claim by another. Marked `failing` so the suite stays green while the bug is open and turns red the
 * day it is fixed (then drop `.failing`). The fix belongs in src/domain (e.g. fall back to a hash of
 * the NFC name when the slug is empty), which this suite does not own.
 */
it.failing('actors named only in non-Latin scripts stay distinct actors', async () => {
  const names = ['Володимир Зеленський', 'Владимир Путин', 'وزارة الدفاع', '国防部'];
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    const text = `${name} said that ${10 + i} people were hurt.`;
    const res = await s.gql(
      INGEST,
      {
        input: {
          report: {
            title: null,
            url: `https://scripts.example/${i}`,
            publishedAt: '2022-03-02',
            publisher: null,
            text,
          },
          actors: [{ key: 'a', name, kind: 'PERSON' }],
          figures: [
            {
              key: 'f',
              value: 10 + i,
              qualifier: 'EXACT',
              metric: 'wounded',
              subject: 'people',
              asOf: '2022-03-02',
              claimant: 'a',
              quote: text.slice(0, -1),
            },
          ],
        },
      },
      AUTH,
    );
    expect(res.json?.errors).toBeUndefined();
    const read = await s.gql(`query($id: ID!) { report(id: $id) { actors { id name } } }`, {
      id: res.json!.data.ingestReport.reportId,
    });
    const [actor] = read.json!.data.report.actors;
    expect(actor.name).toBe(name);
    ids.push(actor.id);
  }
  expect(new Set(ids).size).toBe(names.length);
});
