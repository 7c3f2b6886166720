import type { Network, NetworkEdge, NetworkNode } from '../domain/model';
import { CREATOR, type ExportMeta } from './export-meta';
import { XML_DECLARATION, escapeXml, xmlAttrs } from './xml';

/**
 * GraphML (yEd, Cytoscape desktop, networkx, igraph). Every attribute is declared as a `<key>` before
 * the graph, as the schema requires; readable key ids keep the file legible.
 */
export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

const KEYS = [
  { id: 'label', for: 'node' },
  { id: 'kind', for: 'node' },
  { id: 'type', for: 'edge' },
  { id: 'reportId', for: 'edge' },
  { id: 'quote', for: 'edge' },
  { id: 'date', for: 'edge' },
  { id: 'description', for: 'graph' },
  { id: 'truncated', for: 'graph', type: 'boolean' },
] as const;

function data(values: Record<string, string | null>): string {
  return Object.entries(values)
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([k, v]) => `<data key="${k}">${escapeXml(v)}</data>`)
    .join('');
}

const nodeXml = (n: NetworkNode): string =>
  `    <node${xmlAttrs({ id: n.id })}>${data({ label: n.label, kind: n.kind })}</node>`;

const edgeXml = (e: NetworkEdge): string =>
  `    <edge${xmlAttrs({ id: e.id, source: e.source, target: e.target })}>` +
  `${data({ type: e.type, reportId: e.reportId, quote: e.quote, date: e.date })}</edge>`;

export function toGraphml(network: Network, meta: ExportMeta): string {
  return [
    XML_DECLARATION,
    `<!-- ${CREATOR}, ${meta.generatedAt.toISOString()} -->`,
    `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd">`,
    ...KEYS.map(
      (k) =>
        `  <key${xmlAttrs({ id: k.id, for: k.for, 'attr.name': k.id, 'attr.type': 'type' in k ? k.type : 'string' })}/>`,
    ),
    '  <graph id="claimgraph" edgedefault="directed">',
    `    ${data({ description: meta.description, truncated: String(meta.truncated) })}`,
    ...network.nodes.map(nodeXml),
    ...network.edges.map(edgeXml),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
