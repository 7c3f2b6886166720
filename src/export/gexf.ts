import { EDGE_STYLE, NODE_STYLE, type Rgb } from './palette';
import type { Network, NetworkEdge, NetworkNode } from '../domain/model';
import { CREATOR, type ExportMeta } from './export-meta';
import { XML_DECLARATION, escapeXml, xmlAttrs } from './xml';

/**
 * GEXF 1.3 (Gephi's native format). Edge provenance (report, verbatim quote, date) travels as edge
 * attributes; the relationship type is both the edge `label` and its `kind`, the attribute GEXF 1.3
 * uses to keep parallel edges of different kinds apart (a report can both MENTION an actor and
 * REPORT that actor's figure). Colours and shapes follow the explorer page.
 */
export const GEXF_NS = 'http://gexf.net/1.3';
export const GEXF_VIZ_NS = 'http://gexf.net/1.3/viz';

const NODE_ATTRIBUTES = [{ id: 'kind', type: 'string' }] as const;
const EDGE_ATTRIBUTES = [
  { id: 'type', type: 'string' },
  { id: 'reportId', type: 'string' },
  { id: 'quote', type: 'string' },
  { id: 'date', type: 'string' },
] as const;

const color = (c: Rgb): string => `<viz:color${xmlAttrs({ r: c.r, g: c.g, b: c.b })}/>`;

function attvalues(values: Record<string, string | null>): string {
  const present = Object.entries(values).filter((e): e is [string, string] => e[1] !== null);
  if (present.length === 0) return '';
  return `<attvalues>${present.map(([k, v]) => `<attvalue${xmlAttrs({ for: k, value: v })}/>`).join('')}</attvalues>`;
}

function nodeXml(n: NetworkNode): string {
  const style = NODE_STYLE[n.kind];
  return (
    `      <node${xmlAttrs({ id: n.id, label: n.label })}>${attvalues({ kind: n.kind })}` +
    `${color(style.color)}<viz:size value="${n.kind === 'Report' ? 8 : 10}"/><viz:shape value="${style.gexfShape}"/></node>`
  );
}

function edgeXml(e: NetworkEdge): string {
  const style = EDGE_STYLE[e.type];
  return (
    `      <edge${xmlAttrs({ id: e.id, source: e.source, target: e.target, label: e.type, kind: e.type })}>` +
    attvalues({ type: e.type, reportId: e.reportId, quote: e.quote, date: e.date }) +
    `${color(style.color)}<viz:thickness value="${style.thickness}"/><viz:shape value="${style.dashed ? 'dashed' : 'solid'}"/></edge>`
  );
}

export function toGexf(network: Network, meta: ExportMeta): string {
  const declare = (cls: 'node' | 'edge', list: readonly { id: string; type: string }[]): string =>
    `    <attributes class="${cls}">\n${list
      .map((a) => `      <attribute${xmlAttrs({ id: a.id, title: a.id, type: a.type })}/>`)
      .join('\n')}\n    </attributes>`;
  return [
    XML_DECLARATION,
    `<gexf xmlns="${GEXF_NS}" xmlns:viz="${GEXF_VIZ_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="${GEXF_NS} ${GEXF_NS}/gexf.xsd" version="1.3">`,
    `  <meta lastmodifieddate="${meta.generatedAt.toISOString().slice(0, 10)}">`,
    `    <creator>${CREATOR}</creator>`,
    `    <description>${escapeXml(meta.description)}${meta.truncated ? ' (truncated: a size limit cut the graph short)' : ''}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    declare('node', NODE_ATTRIBUTES),
    declare('edge', EDGE_ATTRIBUTES),
    `    <nodes count="${network.nodes.length}">`,
    ...network.nodes.map(nodeXml),
    '    </nodes>',
    `    <edges count="${network.edges.length}">`,
    ...network.edges.map(edgeXml),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
