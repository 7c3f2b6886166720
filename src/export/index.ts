export {
  readExportGraph,
  DEFAULT_MAX_EXPORT_NODES,
  type ExportScope,
  type ExportGraph,
} from './export-graph';
export { EXPORT_FORMATS, FORMAT_SPECS, isExportFormat, type ExportFormat, type FormatSpec } from './formats';
export type { ExportMeta } from './export-meta';
export { toGexf, GEXF_NS } from './gexf';
export { toGraphml, GRAPHML_NS } from './graphml';
export { toCyjs, toCyjsDocument, type CyjsDocument } from './cyjs';
export {
  parseExportScope,
  exportFileName,
  DEFAULT_SCOPE_LIMITS,
  DEFAULT_EXPORT_DEPTH,
  type ScopeLimits,
  type ScopeResult,
} from './export-scope';
