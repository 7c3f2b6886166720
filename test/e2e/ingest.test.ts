/** ingestReport over HTTP with the write token: atomic, idempotent, readable right after. */
import { readBundles } from '../../src/ingestion/seed-loader';
import { sampleBundle } from '../helpers/sample-bundle';
import { operation } from './operations';
import { startTestServer, type TestServer } from './harness';

const TOKEN = 'ingest-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const INGEST = `mutation Ingest($input: ReportBundleInput!) {
  ingestReport(input: $input) {
    status reportId warnings
    counts { actors places figures claims disputes controls contradictions }
    report { id title url publishedAt publisher { name } text }
  }
}`;

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ env: { CLAIMGRAPH_TOKEN: TOKEN } });
});
afterAll(async () => {
  await s?.close();
});

describe('a new bundle', () => {
  const bundle = sampleBundle({ url: 'https://example.org/e2e/sample', title: 'E2E sample' });
  let reportId: string;

  it('is CREATED, with its counts and the stored report', async () => {
    const res = await s.gql(INGEST, { input: bundle }, AUTH);
    expect(res.body.errors).toBeUndefined();
    const r = res.body.data.ingestReport;
    expect(r.status).toBe('CREATED');
    expect(r.reportId).toMatch(/^report:/);
    // six actors plus the publisher
    expect(r.counts).toEqual(
      expect.objectContaining({ actors: 7, places: 1, figures: 2, claims: 2, disputes: 1, controls: 1 }),
    );
    expect(r.report).toEqual(
      expect.objectContaining({
        id: r.reportId,
        title: 'E2E sample',
        publishedAt: '2022-03-02',
        text: bundle.report.text,
      }),
    );
    expect(r.report.publisher.name).toBe('Sample Daily');
    expect(r.warnings).toEqual([]);
    reportId = r.reportId;
  });

  it('is UNCHANGED when sent again', async () => {
    const res = await s.gql(INGEST, { input: bundle }, AUTH);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.ingestReport).toEqual(expect.objectContaining({ status: 'UNCHANGED', reportId }));
  });

  it('is UPDATED when the same report comes back with other content', async () => {
    const changed = { ...bundle, figures: bundle.figures.slice(0, 1) };
    const res = await s.gql(INGEST, { input: changed }, AUTH);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.ingestReport).toEqual(expect.objectContaining({ status: 'UPDATED', reportId }));
    const report = await s.gql(`query($id: ID!) { report(id: $id) { claims { quote } } }`, { id: reportId });
    expect(report.body.data.report.claims).toEqual([{ quote: '498 of its soldiers had died in Ukraine' }]);
  });

  it('is readable at once: claims with report and quote', async () => {
    const res = await s.gql(
      `query($id: ID!) { report(id: $id) { figures { value claimedBy { actor { name } quote report { id } } } } }`,
      {
        id: reportId,
      },
    );
    const claims = res.body.data.report.figures.flatMap((f: any) => f.claimedBy);
    expect(
      claims.some(
        (c: any) => c.report.id === reportId && c.quote === '498 of its soldiers had died in Ukraine',
      ),
    ).toBe(true);
  });
});

it('answers UNCHANGED for a seed bundle sent as JSON variables (one format, one hash)', async () => {
  const [first] = readBundles();
  const res = await s.gql(INGEST, { input: first!.bundle }, AUTH);
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data.ingestReport.status).toBe('UNCHANGED');
});

it('runs the playground example mutation with its variables', async () => {
  const op = operation('09');
  const variables = JSON.parse(op.variables!);
  const created = await s.gql(op.query, variables, AUTH);
  expect(created.body.errors).toBeUndefined();
  expect(created.body.data.ingestReport.status).toBe('CREATED');
  const again = await s.gql(op.query, variables, AUTH);
  expect(again.body.data.ingestReport.status).toBe('UNCHANGED');
});

describe('ingestArticle: raw text -> extractor -> bundle -> the same write', () => {
  const MUTATION = `mutation($input: ArticleInput!) {
    ingestArticle(input: $input) { status reportId warnings counts { figures claims disputes } report { id title text claims { quote } } }
  }`;
  const text =
    "Russia's Defense Ministry said on Thursday that 1,351 Ukrainian soldiers had been killed in the fighting. " +
    'Ukrainian officials rejected the figure and said their losses were far lower.';

  it('ingests an article, every extracted quote verbatim, and is idempotent', async () => {
    const input = {
      text,
      title: 'Example article',
      url: 'https://example.org/e2e/article',
      publishedAt: '2022-03-10',
    };
    const res = await s.gql(MUTATION, { input }, AUTH);
    expect(res.body.errors).toBeUndefined();
    const r = res.body.data.ingestArticle;
    expect(r.status).toBe('CREATED');
    expect(r.report).toEqual(expect.objectContaining({ id: r.reportId, title: 'Example article', text }));
    expect(Array.isArray(r.warnings)).toBe(true);
    for (const c of r.report.claims) expect(text).toContain(c.quote);
    const again = await s.gql(MUTATION, { input }, AUTH);
    expect(again.body.data.ingestArticle.status).toBe('UNCHANGED');
  });

  it('reads the header of a whole article file when asked', async () => {
    const raw = `title: A headline for the header test\nurl: https://example.org/e2e/header\npublished: 2022-03-11\n\n${text}`;
    const res = await s.gql(MUTATION, { input: { text: raw, parseHeader: true } }, AUTH);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.ingestArticle.report.title).toBe('A headline for the header test');
    expect(res.body.data.ingestArticle.report.text).toBe(text);
  });

  it('needs the token like every write', async () => {
    const res = await s.gql(MUTATION, { input: { text } });
    expect(res.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
  });
});
