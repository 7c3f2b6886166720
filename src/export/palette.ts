import type { EdgeType, NodeLabel } from '../domain/enums';

/**
 * The colours and shapes of the explorer page, repeated in the exports' visual hints so a graph opened
 * in Gephi looks like the one on screen. The page keeps its own copy: web/ knows the HTTP API, not src/.
 */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const hex = (h: string): Rgb => ({
  r: parseInt(h.slice(1, 3), 16),
  g: parseInt(h.slice(3, 5), 16),
  b: parseInt(h.slice(5, 7), 16),
});

export const NODE_STYLE: Record<
  NodeLabel,
  { color: Rgb; gexfShape: 'disc' | 'square' | 'triangle' | 'diamond' }
> = {
  Actor: { color: hex('#2563eb'), gexfShape: 'disc' },
  Place: { color: hex('#059669'), gexfShape: 'triangle' },
  Report: { color: hex('#64748b'), gexfShape: 'square' },
  Figure: { color: hex('#d97706'), gexfShape: 'diamond' },
  Control: { color: hex('#7c3aed'), gexfShape: 'diamond' },
};

/** Disputes and contradictions stand out: red, thick and dashed, as on the page. */
export const EDGE_STYLE: Record<EdgeType, { color: Rgb; thickness: number; dashed: boolean }> = {
  CLAIMS: { color: hex('#2563eb'), thickness: 1.5, dashed: false },
  DISPUTES: { color: hex('#dc2626'), thickness: 4, dashed: true },
  CONTROLS: { color: hex('#7c3aed'), thickness: 1.5, dashed: false },
  CONTROLLER: { color: hex('#a855f7'), thickness: 1.5, dashed: false },
  REPORTS: { color: hex('#94a3b8'), thickness: 1, dashed: false },
  MENTIONS: { color: hex('#cbd5e1'), thickness: 1, dashed: false },
  PUBLISHED_BY: { color: hex('#0891b2'), thickness: 1, dashed: false },
  AFFILIATED_WITH: { color: hex('#0d9488'), thickness: 1.5, dashed: false },
  CONTRADICTS: { color: hex('#b91c1c'), thickness: 4, dashed: true },
  SIMILAR_TO: { color: hex('#a3a3a3'), thickness: 1, dashed: true },
};
