import { startServer, TOKEN, type HardeningServer } from './support';
import { MEGA_TEXT } from './fuzz-inputs';
let s: HardeningServer;
beforeAll(async () => { s = await startServer({ env: { CLAIMGRAPH_TOKEN: TOKEN } }); });
afterAll(async () => { await s.close(); });
it('probe', async () => {
  const cases: [string, string, unknown][] = [
    ['search mega', 'query($t: String!) { search(text: $t) { id } }', { t: MEGA_TEXT }],
    ['search short', 'query($t: String!) { search(text: $t) { id } }', { t: 'Pmx' }],
    ['search big first', 'query($t: String!, $n: Int) { search(text: $t, first: $n) { id } }', { t: 'Pmx', n: 99988 }],
    ['network 20k', 'query($ids: [ID!]!) { network(ids: $ids) { truncated } }', { ids: Array.from({ length: 20000 }, (_, i) => `actor:nobody-${i}`) }],
    ['network 5', 'query($ids: [ID!]!) { network(ids: $ids) { truncated } }', { ids: ['actor:nobody', 'place:x'] }],
    ['path unknown', 'query($a: ID!, $b: ID!) { path(from: $a, to: $b) { id } }', { a: 'report:8', b: 'actor:x' }],
    ['path bad', 'query($a: ID!, $b: ID!) { path(from: $a, to: $b) { id } }', { a: 'tQ', b: 'actor:x' }],
    ['node unknown', 'query($a: ID!) { node(id: $a) { id } }', { a: 'actor:nobody-xyz' }],
    ['figures filter', 'query($f: FigureFilter) { figures(filter: $f) { totalCount } }', { f: { metric: 'x', subject: 'y' } }],
    ['timeline', 'query($m: String!) { timeline(metric: $m) { quote } }', { m: 'kil' }],
    ['reports', '{ reports { totalCount } }', undefined],
  ];
  for (const [name, q, v] of cases) {
    const times: number[] = [];
    let last = '';
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const a = await s.gql(q, v);
      times.push(performance.now() - t0);
      last = a.text.slice(0, 150);
    }
    console.log(name, times.map((t) => t.toFixed(1)).join(' '), last);
  }
});
