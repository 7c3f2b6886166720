/** GET /export/* on the real app (createApp) over the seed graph. */
import { EXPORT_FORMATS, FORMAT_SPECS } from '../../src/export';
import { startSeededServer, type SeededServer } from '../web/seeded-server';
import { PARSERS } from './xml-structure';

let server: SeededServer;
beforeAll(async () => {
  server = await startSeededServer();
});
afterAll(() => server?.close());

const sum = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);

describe.each(EXPORT_FORMATS)('GET /export/graph.%s', (format) => {
  it('downloads the whole graph with its content type and file name', async () => {
    const res = await fetch(`${server.url}/export/graph.${format}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(FORMAT_SPECS[format].contentType);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="claimgraph.${format}"`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const parsed = PARSERS[format](await res.text());
    const counts = await server.store.counts();
    expect(parsed.nodes).toHaveLength(sum(counts.nodes));
    expect(parsed.edges).toHaveLength(sum(counts.edges));
    expect(res.headers.get('x-claimgraph-nodes')).toBe(String(sum(counts.nodes)));
  });

  it('downloads a neighbourhood (ids, depth) matching the store', async () => {
    const res = await fetch(
      `${server.url}/export/graph.${format}?ids=place:kherson,actor:oleksiy-arestovych&depth=1`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="claimgraph-place-kherson-and-1-more-d1.${format}"`,
    );
    const parsed = PARSERS[format](await res.text());
    const expected = await server.store.neighbourhood({
      ids: ['place:kherson', 'actor:oleksiy-arestovych'],
      depth: 1,
      limit: 50_000,
    });
    expect(parsed.nodes).toHaveLength(expected.nodes.length);
    expect(parsed.edges).toHaveLength(expected.edges.length);
  });
});

describe('bad requests', () => {
  it.each([
    ['ids=not-an-id', 'ids'],
    ['ids=place:kherson&depth=99', 'depth'],
    ['ids=place:kherson&depth=two', 'depth'],
  ])('?%s answers 400 BAD_USER_INPUT on %s', async (query, field) => {
    const res = await fetch(`${server.url}/export/graph.gexf?${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; field: string; message: string } };
    expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(body.error.message).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers 404 NOT_FOUND when no requested id exists', async () => {
    const res = await fetch(`${server.url}/export/graph.graphml?ids=place:atlantis`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('knows only its three formats', async () => {
    expect((await fetch(`${server.url}/export/graph.svg`)).status).toBe(404);
  });
});
