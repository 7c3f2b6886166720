/** What every export says about itself besides the graph. */
export interface ExportMeta {
  /** One line saying what was exported ("whole graph", "neighbourhood of place:kherson, depth 2"). */
  description: string;
  /** True when a size limit cut the graph short: the file then holds a partial graph. */
  truncated: boolean;
  /** Passed in rather than read from the clock, so the same graph always serialises the same. */
  generatedAt: Date;
}

export const CREATOR = 'claimgraph';
