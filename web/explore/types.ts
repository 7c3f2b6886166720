/** The shapes the page reads from /graphql (see shared/spec/API.md). The page knows the API, not src/. */
export const NODE_KINDS = ['Actor', 'Place', 'Report', 'Figure', 'Control'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_TYPES = [
  'CLAIMS',
  'DISPUTES',
  'CONTROLS',
  'CONTROLLER',
  'REPORTS',
  'MENTIONS',
  'PUBLISHED_BY',
  'AFFILIATED_WITH',
  'CONTRADICTS',
  'SIMILAR_TO',
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export interface NetNode {
  id: string;
  label: string;
  kind: NodeKind;
}
export interface NetEdge {
  id: string;
  source: string;
  target: string;
  type: EdgeType;
  reportId: string | null;
  quote: string | null;
  date: string | null;
}
export interface Network {
  nodes: NetNode[];
  edges: NetEdge[];
  truncated: boolean;
}

export interface Ref {
  id: string;
  name: string;
}
export interface ReportRef {
  id: string;
  title: string | null;
  publishedAt: string | null;
}
export interface FigureRef {
  id: string;
  value: number;
  metric: string;
  subject: string;
}
export interface DisputeView {
  actor: Ref;
  quote: string;
  date: string | null;
  report: ReportRef;
}
export interface ControlClaimView {
  id: string;
  status: string;
  quote: string;
  date: string | null;
  place: Ref;
  controller: Ref;
  claimedBy: Ref;
  report: ReportRef;
  disputedBy: DisputeView[];
}
