/**
 * shared/acceptance/seed-questions.md, over HTTP against a started server on the five seed reports.
 * Each question runs the example operation the playground shows (schema/operations), and every answer
 * must carry its report and a verbatim quote of that report's text.
 */
import { operation } from './operations';
import { startTestServer, type TestServer } from './harness';

let s: TestServer;
const texts = new Map<string, { text: string; publishedAt: string | null }>();

beforeAll(async () => {
  s = await startTestServer();
  const res = await s.gql(`{ reports(first: 100) { totalCount edges { node { id text publishedAt } } } }`);
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data.reports.totalCount).toBe(5);
  for (const { node } of res.body.data.reports.edges)
    texts.set(node.id, { text: node.text, publishedAt: node.publishedAt });
});
afterAll(async () => {
  await s?.close();
});

async function run(prefix: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await s.gql(operation(prefix).query, variables);
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
}

/** The quote is an exact substring of the text of the report it names. */
function expectQuoted(quote: string, reportId: string): void {
  const report = texts.get(reportId);
  expect(report).toBeDefined();
  expect(quote.length).toBeGreaterThan(0);
  if (!report!.text.includes(quote)) throw new Error(`quote not in ${reportId}: ${JSON.stringify(quote)}`);
}

describe('1. who claimed that 498 Russian soldiers were killed, and in which reports', () => {
  let claims: any[];
  beforeAll(async () => {
    const data = await run('01');
    const figures = data.figures.edges.map((e: any) => e.node);
    expect(figures.length).toBeGreaterThanOrEqual(1);
    expect(figures.every((f: any) => f.value === 498 && f.metric === 'killed')).toBe(true);
    claims = figures.flatMap((f: any) => f.claimedBy);
  });

  it("names Russia's Defence Ministry, in the 2022-03-03 reports and the undated one", () => {
    const ministry = claims.filter((c) => c.actor?.id === 'actor:russian-defence-ministry');
    expect(ministry[0].actor.name).toMatch(/Russian Defen[cs]e Ministry/);
    const dates = ministry.map((c) => c.report.publishedAt);
    expect(dates.filter((d) => d === '2022-03-03').length).toBeGreaterThanOrEqual(2);
    expect(dates).toContain(null); // the Daily-Sabah-style report without a date line
  });

  it('was relayed via RIA in two of them', () => {
    const viaRia = claims.filter(
      (c) => c.actor?.id === 'actor:russian-defence-ministry' && c.via?.id === 'actor:ria-novosti',
    );
    expect(new Set(viaRia.map((c) => c.report.id)).size).toBe(2);
  });

  it('carries the report and a verbatim quote for every claim', () => {
    for (const c of claims) expectQuoted(c.quote, c.report.id);
    expect(
      claims.some((c) => c.quote === '498 of its soldiers had died in Ukraine' || /498/.test(c.quote)),
    ).toBe(true);
  });
});

describe("2. who disputed Russia's claim that its forces control Kherson", () => {
  it('is Oleksiy Arestovych (also Arestovich): "rejected this and said that fighting was ongoing"', async () => {
    const data = await run('02');
    const russian = data.place.controlClaims.filter(
      (c: any) =>
        ['actor:russian-defence-ministry', 'actor:government-of-russia'].includes(c.claimedBy.id) &&
        c.status !== 'RETAINS',
    );
    expect(russian.length).toBeGreaterThan(0);
    const disputes = russian.flatMap((c: any) => c.disputedBy);
    const arestovych = disputes.find((d: any) => d.actor.id === 'actor:oleksiy-arestovych');
    expect(arestovych).toBeDefined();
    expect(arestovych.actor.aliases).toEqual(expect.arrayContaining(['Arestovich']));
    expect(arestovych.actor.role).toMatch(/presidential advis[eo]r/i);
    expect(arestovych.quote).toBe('rejected this and said that fighting was ongoing');
    for (const c of data.place.controlClaims) {
      expectQuoted(c.quote, c.report.id);
      for (const d of c.disputedBy) expectQuoted(d.quote, d.report.id);
    }
  });
});

describe('3. search("Zelenskyy") and search("Zelensky") return the same actor', () => {
  it('who claimed both almost/nearly 6,000 and around 9,000 Russian soldiers killed', async () => {
    const data = await run('03');
    expect(data.zelenskyy[0].__typename).toBe('Actor');
    expect(data.zelenskyy[0].id).toBe('actor:volodymyr-zelensky');
    expect(data.zelensky[0].id).toBe(data.zelenskyy[0].id);
    const claims = data.zelenskyy[0].claims;
    const killed = claims.filter(
      (c: any) => c.figure.metric === 'killed' && c.figure.subject === 'Russian soldiers',
    );
    expect(
      killed.some((c: any) => c.figure.value === 6000 && ['NEARLY', 'ABOUT'].includes(c.qualifier)),
    ).toBe(true);
    expect(killed.some((c: any) => c.figure.value === 9000 && c.qualifier === 'ABOUT')).toBe(true);
    for (const c of claims) expectQuoted(c.quote, c.report.id);
  });
});

describe('4. "more than 2,000 Ukrainian civilians killed" (State Emergency Service)', () => {
  it("is contradicted by the United Nations' earlier 142 civilian deaths", async () => {
    const data = await run('04');
    const figures = data.figures.edges.map((e: any) => e.node);
    const ses = figures.find((f: any) =>
      f.claimedBy.some((c: any) => /State Emergency Service/.test(c.actor?.name ?? '')),
    );
    expect(ses).toBeDefined();
    expect(ses.qualifier).toBe('MORE_THAN');
    const un = ses.contradictedBy.find((f: any) => f.value === 142);
    expect(un).toBeDefined();
    expect(un.claimedBy.some((c: any) => c.actor?.name === 'United Nations')).toBe(true);
    for (const f of [ses, un]) for (const c of f.claimedBy) expectQuoted(c.quote, c.report.id);
  });
});

describe('5. timeline(metric: "killed", subject: "Russian soldiers")', () => {
  it('lists every source in date order, from 498 / 5,840 / ~6,000 on 2022-03-02 to 9,861 later in March', async () => {
    const { timeline } = await run('05');
    const dated = timeline.filter((c: any) => c.date !== null);
    const dates = dated.map((c: any) => c.date);
    expect(dates).toEqual([...dates].sort());
    // undated claims, if any, come last
    expect(timeline.slice(0, dated.length).every((c: any) => c.date !== null)).toBe(true);
    const on0302 = dated.filter((c: any) => c.date === '2022-03-02').map((c: any) => c.figure.value);
    expect(on0302).toEqual(expect.arrayContaining([498, 5840, 6000]));
    const last = dated[dated.length - 1];
    expect(last.date >= '2022-03-20').toBe(true);
    const late = dated.filter((c: any) => c.date >= '2022-03-15').map((c: any) => c.figure.value);
    expect(late).toContain(9861);
    expect(dated.findIndex((c: any) => c.figure.value === 9861)).toBeGreaterThan(
      dated.findIndex((c: any) => c.figure.value === 498),
    );
    for (const c of timeline) expectQuoted(c.quote, c.report.id);
  });
});

describe('6. network(ids: ["place:kherson"], depth: 2)', () => {
  it('holds the ministry (or Konashenkov), Arestovych and the reports, with CLAIMS, DISPUTES and CONTROLS edges', async () => {
    const { network } = await run('06');
    const ids = new Set(network.nodes.map((n: any) => n.id));
    expect(ids.has('actor:russian-defence-ministry') || ids.has('actor:igor-konashenkov')).toBe(true);
    expect(ids.has('actor:oleksiy-arestovych')).toBe(true);
    expect(network.nodes.filter((n: any) => n.kind === 'Report').length).toBeGreaterThanOrEqual(1);
    const types = new Set(network.edges.map((e: any) => e.type));
    for (const t of ['CLAIMS', 'DISPUTES', 'CONTROLS']) expect(types.has(t)).toBe(true);
    for (const e of network.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      if (e.quote !== null && e.reportId !== null) expectQuoted(e.quote, e.reportId);
    }
    const dispute = network.edges.find(
      (e: any) => e.type === 'DISPUTES' && e.source === 'actor:oleksiy-arestovych',
    );
    expect(dispute.quote).toBe('rejected this and said that fighting was ongoing');
  });
});

describe("7. every quote in the graph is an exact substring of its report's text", () => {
  it('holds report by report', async () => {
    const data = await run('07', { first: 100 });
    let quotes = 0;
    for (const { node } of data.reports.edges) {
      for (const item of [...node.claims, ...node.disputes, ...node.controlClaims]) {
        if (!node.text.includes(item.quote))
          throw new Error(`quote not in ${node.id}: ${JSON.stringify(item.quote)}`);
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThan(40);
  });

  it('holds actor by actor, for claims, disputes and control claims', async () => {
    const res = await s.gql(`{
      actors(first: 100) { totalCount edges { node { id
        claims { quote report { id } }
        disputes { quote report { id } }
        controlClaims { quote report { id } }
      } } }
    }`);
    expect(res.body.errors).toBeUndefined();
    const actors = res.body.data.actors.edges.map((e: any) => e.node);
    expect(actors.length).toBe(res.body.data.actors.totalCount);
    let quotes = 0;
    for (const a of actors)
      for (const item of [...a.claims, ...a.disputes, ...a.controlClaims]) {
        expectQuoted(item.quote, item.report.id);
        quotes++;
      }
    expect(quotes).toBeGreaterThan(40);
  });
});
