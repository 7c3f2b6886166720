/**
 * The serialisers on hand-made graphs: structure each schema requires, exact counts, and text that
 * would break naive XML (quotes from articles hold anything).
 */
import type { Network } from '../../src/domain/model';
import { EXPORT_FORMATS, FORMAT_SPECS, toCyjsDocument } from '../../src/export';
import { PARSERS } from './xml-structure';

const meta = { description: 'test graph', truncated: false, generatedAt: new Date('2022-03-03T12:00:00Z') };

const NASTY = `Russia's "full control" <of> Kherson & more \u0001\u0008 — “quoted”, 😀`;

const network: Network = {
  nodes: [
    { id: 'actor:russian-defence-ministry', label: 'Russian Defence Ministry', kind: 'Actor' },
    { id: 'actor:oleksiy-arestovych', label: 'Oleksiy Arestovych', kind: 'Actor' },
    { id: 'control:kherson-abc', label: NASTY, kind: 'Control' },
    { id: 'place:kherson', label: 'Kherson', kind: 'Place' },
    { id: 'report:abc', label: 'report:abc', kind: 'Report' },
  ],
  edges: [
    {
      id: 'claims:1',
      source: 'actor:russian-defence-ministry',
      target: 'control:kherson-abc',
      type: 'CLAIMS',
      reportId: 'report:abc',
      quote: NASTY,
      date: '2022-03-02',
    },
    {
      id: 'disputes:1',
      source: 'actor:oleksiy-arestovych',
      target: 'control:kherson-abc',
      type: 'DISPUTES',
      reportId: 'report:abc',
      quote: 'rejected this and said that fighting was ongoing',
      date: '2022-03-02',
    },
    {
      id: 'controls:1',
      source: 'control:kherson-abc',
      target: 'place:kherson',
      type: 'CONTROLS',
      reportId: null,
      quote: null,
      date: null,
    },
    // Parallel edges of different types between the same pair must both survive.
    {
      id: 'mentions:1',
      source: 'report:abc',
      target: 'place:kherson',
      type: 'MENTIONS',
      reportId: null,
      quote: null,
      date: null,
    },
    {
      id: 'reports:1',
      source: 'report:abc',
      target: 'place:kherson',
      type: 'REPORTS',
      reportId: null,
      quote: null,
      date: null,
    },
  ],
  truncated: false,
};

describe.each(EXPORT_FORMATS)('%s', (format) => {
  const text = FORMAT_SPECS[format].serialise(network, meta);
  const parsed = PARSERS[format](text);

  it('has every node and edge, once', () => {
    expect(parsed.nodes.map((n) => n.id).sort()).toEqual(network.nodes.map((n) => n.id).sort());
    expect(parsed.edges.map((e) => e.id).sort()).toEqual(network.edges.map((e) => e.id).sort());
  });

  it('keeps the relationship type of every edge and the kind of every node', () => {
    for (const e of network.edges) expect(parsed.edges.find((p) => p.id === e.id)?.attrs.type).toBe(e.type);
    for (const n of network.nodes) expect(parsed.nodes.find((p) => p.id === n.id)?.attrs.kind).toBe(n.kind);
  });

  it('is the same text for the same graph (no clock, no random order)', () => {
    expect(FORMAT_SPECS[format].serialise(network, meta)).toBe(text);
  });
});

describe('XML escaping', () => {
  // eslint-disable-next-line no-control-regex
  const expected = NASTY.replace(/[\u0001\u0008]/g, '');

  it('GEXF round-trips quotes and labels, dropping only characters XML 1.0 forbids', () => {
    const parsed = PARSERS.gexf(FORMAT_SPECS.gexf.serialise(network, meta));
    expect(parsed.nodes.find((n) => n.id === 'control:kherson-abc')?.label).toBe(expected);
    expect(parsed.edges.find((e) => e.id === 'claims:1')?.attrs.quote).toBe(expected);
  });

  it('GraphML round-trips them too', () => {
    const parsed = PARSERS.graphml(FORMAT_SPECS.graphml.serialise(network, meta));
    expect(parsed.nodes.find((n) => n.id === 'control:kherson-abc')?.attrs.label).toBe(expected);
    expect(parsed.edges.find((e) => e.id === 'claims:1')?.attrs.quote).toBe(expected);
  });
});

describe('details each tool relies on', () => {
  it('GEXF marks itself truncated in its description when the graph was cut', () => {
    expect(FORMAT_SPECS.gexf.serialise(network, { ...meta, truncated: true })).toMatch(
      /<description>[^<]*truncated/,
    );
  });

  it('GEXF carries viz colours and draws disputes dashed', () => {
    const gexf = FORMAT_SPECS.gexf.serialise(network, meta);
    expect(gexf).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(gexf).toMatch(/<edge id="disputes:1"[^>]*>.*<viz:shape value="dashed"\/>/);
  });

  it('Cytoscape JSON fills in name and interaction for Cytoscape desktop', () => {
    const doc = toCyjsDocument(network, meta);
    expect(doc.elements.nodes[0]?.data.name).toBe(doc.elements.nodes[0]?.data.label);
    expect(doc.elements.edges.every((e) => e.data.interaction === e.data.type)).toBe(true);
  });

  it('an empty graph is still a valid file', () => {
    const empty: Network = { nodes: [], edges: [], truncated: false };
    for (const format of EXPORT_FORMATS)
      expect(PARSERS[format](FORMAT_SPECS[format].serialise(empty, meta)).nodes).toEqual([]);
  });
});
