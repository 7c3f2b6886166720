import type { Network } from '../domain/model';
import { toCyjs } from './cyjs';
import type { ExportMeta } from './export-meta';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'cyjs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatSpec {
  /** File extension, also the last segment of the HTTP route (`/export/graph.gexf`). */
  extension: string;
  contentType: string;
  serialise(network: Network, meta: ExportMeta): string;
}

/** One table drives the HTTP routes, the command line and the tests. */
export const FORMAT_SPECS: Record<ExportFormat, FormatSpec> = {
  gexf: { extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8', serialise: toGexf },
  graphml: {
    extension: 'graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    serialise: toGraphml,
  },
  cyjs: { extension: 'cyjs', contentType: 'application/json; charset=utf-8', serialise: toCyjs },
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}
