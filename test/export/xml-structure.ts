import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Parses an export and checks the structure the GEXF 1.3 and GraphML schemas require, returning the
 * nodes and edges found so a test can compare them with the graph. Throws with a precise reason.
 */
const LISTS = new Set(['node', 'edge', 'attribute', 'attvalue', 'key', 'data', 'attributes']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => LISTS.has(name),
  parseAttributeValue: false,
  parseTagValue: false,
});

type El = Record<string, unknown>;
export interface Parsed {
  nodes: { id: string; label?: string; attrs: Record<string, string> }[];
  edges: { id: string; source: string; target: string; attrs: Record<string, string> }[];
}

function assert(condition: unknown, reason: string): asserts condition {
  if (!condition) throw new Error(reason);
}

function wellFormed(xml: string): El {
  const valid = XMLValidator.validate(xml);
  assert(valid === true, `not well-formed XML: ${JSON.stringify(valid)}`);
  return parser.parse(xml) as El;
}

function checkReferences(parsed: Parsed): void {
  const ids = new Set(parsed.nodes.map((n) => n.id));
  assert(ids.size === parsed.nodes.length, 'node ids are not unique');
  assert(new Set(parsed.edges.map((e) => e.id)).size === parsed.edges.length, 'edge ids are not unique');
  for (const e of parsed.edges)
    assert(ids.has(e.source) && ids.has(e.target), `edge ${e.id} points outside the graph`);
}

export function parseGexf(xml: string): Parsed {
  const doc = wellFormed(xml);
  const gexf = doc.gexf as El | undefined;
  assert(gexf, 'no <gexf> root');
  assert(gexf['@_xmlns'] === 'http://gexf.net/1.3', `gexf xmlns is ${String(gexf['@_xmlns'])}`);
  assert(gexf['@_version'] === '1.3', 'gexf version is not 1.3');
  const graph = gexf.graph as El | undefined;
  assert(graph, 'no <graph>');
  assert(
    ['directed', 'undirected', 'mutual'].includes(String(graph['@_defaultedgetype'])),
    'bad defaultedgetype',
  );
  assert(['static', 'dynamic'].includes(String(graph['@_mode'])), 'bad graph mode');
  const declared: Record<string, Set<string>> = { node: new Set(), edge: new Set() };
  for (const block of (graph.attributes as El[] | undefined) ?? []) {
    const cls = String(block['@_class']);
    assert(cls === 'node' || cls === 'edge', `attributes class ${cls}`);
    for (const a of (block.attribute as El[] | undefined) ?? []) {
      assert(
        a['@_id'] !== undefined && a['@_title'] !== undefined && a['@_type'] !== undefined,
        'attribute lacks id, title or type',
      );
      declared[cls]!.add(String(a['@_id']));
    }
  }
  const nodesEl = graph.nodes as El | undefined;
  const edgesEl = graph.edges as El | undefined;
  assert(nodesEl && edgesEl, 'graph lacks <nodes> or <edges>');
  const values = (el: El, cls: 'node' | 'edge'): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const block of ((el.attvalues as El | undefined)?.attvalue as El[] | undefined) ?? []) {
      const key = String(block['@_for']);
      assert(declared[cls]!.has(key), `${cls} attvalue for undeclared attribute ${key}`);
      out[key] = String(block['@_value']);
    }
    return out;
  };
  const parsed: Parsed = {
    nodes: ((nodesEl.node as El[] | undefined) ?? []).map((n) => {
      assert(typeof n['@_id'] === 'string', 'node without id');
      return { id: n['@_id'] as string, label: n['@_label'] as string | undefined, attrs: values(n, 'node') };
    }),
    edges: ((edgesEl.edge as El[] | undefined) ?? []).map((e) => {
      assert(
        typeof e['@_source'] === 'string' && typeof e['@_target'] === 'string',
        'edge without source or target',
      );
      return {
        id: String(e['@_id']),
        source: e['@_source'] as string,
        target: e['@_target'] as string,
        attrs: values(e, 'edge'),
      };
    }),
  };
  if (nodesEl['@_count'] !== undefined)
    assert(Number(nodesEl['@_count']) === parsed.nodes.length, 'nodes count attribute is wrong');
  if (edgesEl['@_count'] !== undefined)
    assert(Number(edgesEl['@_count']) === parsed.edges.length, 'edges count attribute is wrong');
  checkReferences(parsed);
  return parsed;
}

export function parseGraphml(xml: string): Parsed {
  const doc = wellFormed(xml);
  const root = doc.graphml as El | undefined;
  assert(root, 'no <graphml> root');
  assert(
    root['@_xmlns'] === 'http://graphml.graphdrawing.org/xmlns',
    `graphml xmlns is ${String(root['@_xmlns'])}`,
  );
  const keys = new Map<string, string>();
  for (const k of (root.key as El[] | undefined) ?? []) {
    const forWhat = String(k['@_for'] ?? 'all');
    assert(
      ['node', 'edge', 'graph', 'graphml', 'all', 'hyperedge', 'port', 'endpoint'].includes(forWhat),
      `key for=${forWhat}`,
    );
    assert(typeof k['@_id'] === 'string', 'key without id');
    assert(
      ['boolean', 'int', 'long', 'float', 'double', 'string'].includes(String(k['@_attr.type'] ?? 'string')),
      'bad attr.type',
    );
    keys.set(k['@_id'] as string, forWhat);
  }
  assert(keys.size > 0, 'no <key> declarations');
  // The schema orders children: every <key> comes before any <graph>.
  assert(xml.lastIndexOf('<key ') < xml.indexOf('<graph '), '<key> after <graph>');
  const graph = root.graph as El | undefined;
  assert(graph, 'no <graph>');
  assert(['directed', 'undirected'].includes(String(graph['@_edgedefault'])), 'graph lacks edgedefault');
  const data = (el: El, kind: 'node' | 'edge'): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const d of (el.data as El[] | undefined) ?? []) {
      const key = String(d['@_key']);
      assert(
        keys.get(key) === kind || keys.get(key) === 'all',
        `${kind} data for key ${key} not declared for ${kind}`,
      );
      out[key] = String(d['#text'] ?? '');
    }
    return out;
  };
  const parsed: Parsed = {
    nodes: ((graph.node as El[] | undefined) ?? []).map((n) => ({
      id: String(n['@_id']),
      attrs: data(n, 'node'),
    })),
    edges: ((graph.edge as El[] | undefined) ?? []).map((e) => ({
      id: String(e['@_id']),
      source: String(e['@_source']),
      target: String(e['@_target']),
      attrs: data(e, 'edge'),
    })),
  };
  checkReferences(parsed);
  return parsed;
}

export function parseCyjs(json: string): Parsed {
  const doc = JSON.parse(json) as { elements?: { nodes?: { data: El }[]; edges?: { data: El }[] } };
  assert(
    doc.elements && Array.isArray(doc.elements.nodes) && Array.isArray(doc.elements.edges),
    'no elements.nodes / elements.edges',
  );
  const parsed: Parsed = {
    nodes: doc.elements.nodes.map((n) => {
      assert(typeof n.data?.id === 'string', 'node without data.id');
      return { id: n.data.id as string, label: n.data.label as string, attrs: { kind: String(n.data.kind) } };
    }),
    edges: doc.elements.edges.map((e) => {
      assert(
        typeof e.data?.id === 'string' &&
          typeof e.data.source === 'string' &&
          typeof e.data.target === 'string',
        'edge without data.id/source/target',
      );
      return {
        id: e.data.id as string,
        source: e.data.source as string,
        target: e.data.target as string,
        attrs: { type: String(e.data.type) },
      };
    }),
  };
  checkReferences(parsed);
  return parsed;
}

export const PARSERS = { gexf: parseGexf, graphml: parseGraphml, cyjs: parseCyjs } as const;
