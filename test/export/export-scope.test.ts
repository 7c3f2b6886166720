import { exportFileName, parseExportScope } from '../../src/export';
import { parseExportArgs } from '../../src/cli/export-args';

describe('parseExportScope (HTTP query and command line alike)', () => {
  it('no ids means the whole graph', () => {
    expect(parseExportScope({})).toEqual({ ok: true, scope: { ids: null, depth: 2 } });
    expect(parseExportScope({ ids: ' , ' })).toEqual({ ok: true, scope: { ids: null, depth: 2 } });
  });

  it('reads comma-separated and repeated ids, trimmed and deduplicated', () => {
    const r = parseExportScope({
      ids: ['place:kherson, actor:oleksiy-arestovych', 'place:kherson'],
      depth: '1',
    });
    expect(r).toEqual({ ok: true, scope: { ids: ['place:kherson', 'actor:oleksiy-arestovych'], depth: 1 } });
  });

  it.each([
    [{ ids: 'kherson' }, 'ids'],
    [{ ids: 'place:a b' }, 'ids'],
    [{ ids: 'place:kherson', depth: '9' }, 'depth'],
    [{ ids: 'place:kherson', depth: '-1' }, 'depth'],
    [{ ids: 'place:kherson', depth: '1.5' }, 'depth'],
    [{ ids: { nested: 'x' } }, 'ids'],
  ])('refuses %j (field %s)', (raw, field) => {
    const r = parseExportScope(raw as { ids?: unknown; depth?: unknown });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.field).toBe(field);
  });

  it('caps the number of ids', () => {
    const ids = Array.from({ length: 201 }, (_, i) => `actor:a${i}`).join(',');
    expect(parseExportScope({ ids }).ok).toBe(false);
  });

  it('names files after what they hold', () => {
    expect(exportFileName({ ids: null, depth: 2 }, 'gexf')).toBe('claimgraph.gexf');
    expect(exportFileName({ ids: ['place:kherson'], depth: 2 }, 'graphml')).toBe(
      'claimgraph-place-kherson-d2.graphml',
    );
    expect(exportFileName({ ids: ['place:kherson', 'actor:x'], depth: 1 }, 'cyjs')).toBe(
      'claimgraph-place-kherson-and-1-more-d1.cyjs',
    );
  });
});

describe('parseExportArgs', () => {
  it('reads --name value and --name=value', () => {
    expect(
      parseExportArgs(['--format', 'gexf', '--ids=place:kherson', '--depth', '1', '--out', 'k.gexf']),
    ).toEqual({
      ok: true,
      args: { format: 'gexf', scope: { ids: ['place:kherson'], depth: 1 }, out: 'k.gexf' },
    });
  });

  it('needs a known format and refuses unknown flags', () => {
    expect(parseExportArgs([]).ok).toBe(false);
    expect(parseExportArgs(['--format', 'svg']).ok).toBe(false);
    expect(parseExportArgs(['--format', 'gexf', '--dept', '2']).ok).toBe(false);
    expect(parseExportArgs(['--format', 'gexf', '--depth']).ok).toBe(false);
  });

  it('answers --help with the usage', () => {
    const r = parseExportArgs(['--help']);
    expect(r).toMatchObject({ ok: false, help: true });
    if (!r.ok) expect(r.message).toContain('--format');
  });
});
