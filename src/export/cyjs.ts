import type { Network } from '../domain/model';
import { CREATOR, type ExportMeta } from './export-meta';

/**
 * Cytoscape.js JSON (`cy.json()` elements), which Cytoscape desktop also imports as `.cyjs`. Desktop
 * reads `name` for the node label and `interaction` for the edge type, so both are filled in beside
 * our own `label` and `type`.
 */
export interface CyjsDocument {
  format_version: '1.0';
  generated_by: string;
  target_cytoscapejs_version: string;
  data: { name: string; description: string; truncated: boolean; generatedAt: string };
  elements: {
    nodes: { data: { id: string; label: string; name: string; kind: string } }[];
    edges: {
      data: {
        id: string;
        source: string;
        target: string;
        type: string;
        interaction: string;
        reportId: string | null;
        quote: string | null;
        date: string | null;
      };
    }[];
  };
}

export function toCyjsDocument(network: Network, meta: ExportMeta): CyjsDocument {
  return {
    format_version: '1.0',
    generated_by: CREATOR,
    target_cytoscapejs_version: '~3.34',
    data: {
      name: CREATOR,
      description: meta.description,
      truncated: meta.truncated,
      generatedAt: meta.generatedAt.toISOString(),
    },
    elements: {
      nodes: network.nodes.map((n) => ({ data: { id: n.id, label: n.label, name: n.label, kind: n.kind } })),
      edges: network.edges.map((e) => ({
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          type: e.type,
          interaction: e.type,
          reportId: e.reportId,
          quote: e.quote,
          date: e.date,
        },
      })),
    },
  };
}

export const toCyjs = (network: Network, meta: ExportMeta): string =>
  `${JSON.stringify(toCyjsDocument(network, meta), null, 1)}\n`;
