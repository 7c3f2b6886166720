/** Actor.similarTo over HTTP: an uncertain match is two actors and one link, never a merge. */
import { startTestServer, type TestServer } from './harness';

const TOKEN = 'similar-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const INGEST = `mutation($input: ReportBundleInput!) { ingestReport(input: $input) { status reportId } }`;
const SIMILAR = `query($id: ID!) {
  actor(id: $id) { id name similarTo { id score reason quote date actor { id name } report { id text } } }
}`;

const bundle = (url: string, text: string, name: string, quote: string) => ({
  report: { title: url, url, publishedAt: '2022-03-06', publisher: null, text },
  actors: [{ key: 'p', name, kind: 'PERSON' }],
  places: [],
  figures: [
    {
      key: 'f',
      value: 7,
      qualifier: 'EXACT',
      metric: 'killed',
      subject: 'civilians in Irpin',
      claimant: 'p',
      quote,
    },
  ],
  disputes: [],
  controls: [],
});

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ env: { CLAIMGRAPH_TOKEN: TOKEN } });
});
afterAll(async () => {
  await s?.close();
});

it('serves the seed actors with no uncertain matches', async () => {
  const res = await s.gql(`{ actors(first: 100) { edges { node { id similarTo { id } } } } }`);
  expect(res.body.errors).toBeUndefined();
  const nodes = res.body.data.actors.edges.map((e: any) => e.node);
  expect(nodes.length).toBeGreaterThan(20);
  expect(nodes.flatMap((n: any) => n.similarTo)).toEqual([]);
});

it('links "Vitaly Klychko" to "Vitali Klitschko" with the evidence, and keeps both actors', async () => {
  const first = await s.gql(
    INGEST,
    {
      input: bundle(
        'https://example.org/similar/klitschko',
        'Mayor Vitali Klitschko said 7 civilians were killed.',
        'Vitali Klitschko',
        '7 civilians were killed',
      ),
    },
    AUTH,
  );
  const text = 'Kyiv mayor Vitaly Klychko told reporters that 7 civilians died.';
  const second = await s.gql(
    INGEST,
    {
      input: bundle('https://example.org/similar/klychko', text, 'Vitaly Klychko', '7 civilians died'),
    },
    AUTH,
  );
  expect([first.body.errors, second.body.errors]).toEqual([undefined, undefined]);
  const reportId = second.body.data.ingestReport.reportId;

  const res = await s.gql(SIMILAR, { id: 'actor:vitaly-klychko' });
  expect(res.body.errors).toBeUndefined();
  const [link, ...rest] = res.body.data.actor.similarTo;
  expect(rest).toEqual([]);
  expect(link).toMatchObject({
    reason: 'EDIT_DISTANCE',
    quote: 'Vitaly Klychko',
    date: '2022-03-06',
    actor: { id: 'actor:vitali-klitschko', name: 'Vitali Klitschko' },
    report: { id: reportId, text },
  });
  expect(link.score).toBeGreaterThan(0.8);
  expect(link.score).toBeLessThan(1);
  expect(text).toContain(link.quote);

  // Seen from the other actor, the same link.
  const other = await s.gql(SIMILAR, { id: 'actor:vitali-klitschko' });
  expect(other.body.data.actor.similarTo.map((l: any) => [l.id, l.actor.id])).toEqual([
    [link.id, 'actor:vitaly-klychko'],
  ]);

  const net = await s.gql(
    `{ network(ids: ["actor:vitaly-klychko"], depth: 1) { edges { source target type } } }`,
  );
  expect(net.body.errors).toBeUndefined();
  expect(net.body.data.network.edges).toContainEqual({
    source: 'actor:vitaly-klychko',
    target: 'actor:vitali-klitschko',
    type: 'SIMILAR_TO',
  });
});
