import type cytoscape from 'cytoscape';
import type { EdgeType, NodeKind } from './types';

/**
 * One palette for the canvas and the legend. Kinds differ in colour AND shape (readable in greyscale
 * and by colour-blind readers); disputes and contradictions are red, thick and dashed so contested
 * claims stand out from the plumbing (mentions, reports). The exports carry the same colours.
 */
export interface NodeStyle {
  color: string;
  shape: cytoscape.Css.NodeShape;
  size: number;
  /** Plain-words name for the legend. */
  title: string;
}

export const NODE_STYLES: Record<NodeKind, NodeStyle> = {
  Actor: { color: '#2563eb', shape: 'ellipse', size: 34, title: 'Actor (person, government, outlet…)' },
  Place: { color: '#059669', shape: 'round-triangle', size: 38, title: 'Place' },
  Report: { color: '#64748b', shape: 'round-rectangle', size: 24, title: 'Report (news article)' },
  Figure: { color: '#d97706', shape: 'diamond', size: 30, title: 'Figure (a stated number)' },
  Control: { color: '#7c3aed', shape: 'hexagon', size: 30, title: 'Control claim (who holds a place)' },
};

export interface EdgeStyle {
  color: string;
  width: number;
  dash: number[] | null;
  arrow: cytoscape.Css.ArrowShape;
  title: string;
  /** Drawn on top and labelled: the contested part of the graph. */
  contested: boolean;
}

export const EDGE_STYLES: Record<EdgeType, EdgeStyle> = {
  DISPUTES: {
    color: '#dc2626',
    width: 4.5,
    dash: [9, 5],
    arrow: 'tee',
    title: 'disputes a claim',
    contested: true,
  },
  CONTRADICTS: {
    color: '#be123c',
    width: 4,
    dash: [3, 5],
    arrow: 'none',
    title: 'contradicts (same quantity)',
    contested: true,
  },
  CLAIMS: {
    color: '#2563eb',
    width: 2,
    dash: null,
    arrow: 'triangle',
    title: 'claims (stated it)',
    contested: false,
  },
  CONTROLS: {
    color: '#7c3aed',
    width: 2,
    dash: null,
    arrow: 'triangle',
    title: 'control claim is about',
    contested: false,
  },
  CONTROLLER: {
    color: '#a78bfa',
    width: 2,
    dash: null,
    arrow: 'triangle',
    title: 'said to be held by',
    contested: false,
  },
  AFFILIATED_WITH: {
    color: '#0d9488',
    width: 2,
    dash: null,
    arrow: 'triangle',
    title: 'affiliated with',
    contested: false,
  },
  PUBLISHED_BY: {
    color: '#0891b2',
    width: 1.5,
    dash: null,
    arrow: 'triangle',
    title: 'published by',
    contested: false,
  },
  REPORTS: {
    color: '#94a3b8',
    width: 1.2,
    dash: null,
    arrow: 'triangle',
    title: 'report carries',
    contested: false,
  },
  MENTIONS: {
    color: '#cbd5e1',
    width: 1,
    dash: null,
    arrow: 'none',
    title: 'report mentions',
    contested: false,
  },
  SIMILAR_TO: {
    color: '#a3a3a3',
    width: 1.5,
    dash: [2, 4],
    arrow: 'none',
    title: 'possibly the same as',
    contested: false,
  },
};

/** Beyond this many edges the canvas switches to cheaper edge drawing (straight, unarrowed). */
export const LARGE_GRAPH_EDGES = 2500;

export function buildStylesheet(large: boolean): cytoscape.StylesheetJson {
  const sheet: cytoscape.StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': '"Liberation Sans", "Helvetica Neue", Arial, sans-serif',
        'font-size': 12,
        color: '#0f172a',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '96px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        'min-zoomed-font-size': large ? 9 : 5,
        'border-width': 2,
        'border-color': '#ffffff',
        'overlay-padding': 4,
      },
    },
  ];
  for (const [kind, s] of Object.entries(NODE_STYLES)) {
    sheet.push({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': s.color, shape: s.shape, width: s.size, height: s.size },
    });
  }
  sheet.push(
    { selector: 'node[kind = "Control"]', style: { 'font-size': 10 } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#0f172a' } },
    {
      selector: 'node:selected',
      style: { 'border-width': 5, 'border-color': '#f59e0b', 'font-weight': 'bold', 'z-index': 30 },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': large ? 'haystack' : 'bezier',
        'haystack-radius': 0,
        width: 1,
        'line-color': '#cbd5e1',
        'target-arrow-color': '#cbd5e1',
        'arrow-scale': 0.9,
        opacity: 0.9,
        'font-family': '"Liberation Sans", Arial, sans-serif',
        'font-size': 10,
        'text-rotation': 'autorotate',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
      },
    },
  );
  for (const [type, s] of Object.entries(EDGE_STYLES)) {
    const style: cytoscape.Css.Edge = {
      'line-color': s.color,
      'target-arrow-color': s.color,
      width: s.width,
      'target-arrow-shape': large && !s.contested ? 'none' : s.arrow,
      'line-style': s.dash ? 'dashed' : 'solid',
    };
    if (s.dash) style['line-dash-pattern'] = s.dash;
    if (s.contested) {
      Object.assign(style, {
        'curve-style': large ? 'straight' : 'bezier',
        'z-index': 20,
        label: type === 'DISPUTES' ? 'disputes' : 'contradicts',
        color: s.color,
        'font-weight': 'bold',
      });
    }
    sheet.push({ selector: `edge[type = "${type}"]`, style });
  }
  sheet.push(
    { selector: 'edge.hover, edge:selected', style: { label: 'data(type)', 'z-index': 40, width: 4 } },
    { selector: 'edge:selected', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.25 } },
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0.2 } },
    { selector: '.filtered', style: { display: 'none' } },
  );
  return sheet;
}
