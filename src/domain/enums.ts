/**
 * Closed vocabularies of the graph. Kept as `as const` tuples so one list drives the TypeScript
 * type, runtime validation, the GraphQL enums and the store schema alike.
 */
export const ACTOR_KINDS = [
  'PERSON',
  'GOVERNMENT',
  'MILITARY',
  'MEDIA',
  'INTERNATIONAL_ORGANIZATION',
  'NGO',
  'COUNTRY',
  'GROUP',
  'OTHER',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const PLACE_KINDS = ['CITY', 'TOWN', 'DISTRICT', 'REGION', 'COUNTRY', 'FACILITY', 'OTHER'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const QUALIFIERS = [
  'EXACT',
  'ABOUT',
  'AT_LEAST',
  'MORE_THAN',
  'NEARLY',
  'UP_TO',
  'LESS_THAN',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CONTROL_STATUSES = ['CONTROLS', 'CAPTURED', 'ENCIRCLED', 'CONTESTED', 'RETAINS'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

/** Node labels of the graph: a closed list, never taken from input. */
export const NODE_LABELS = ['Actor', 'Place', 'Report', 'Figure', 'Control'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/**
 * Relationship types. CLAIMS, DISPUTES and CONTROLS carry provenance (report, quote, date); the rest
 * tie reports to what they mention and record derived links.
 */
export const EDGE_TYPES = [
  'CLAIMS', // Actor -> Figure | Control: the actor stated this figure / asserted this control claim
  'DISPUTES', // Actor -> Figure | Control: the actor explicitly rejected it
  'CONTROLS', // Control -> Place: the control claim is about this place
  'CONTROLLER', // Control -> Actor: who is said to control the place
  'REPORTS', // Report -> Figure | Control: the report carries this statement
  'MENTIONS', // Report -> Actor | Place
  'PUBLISHED_BY', // Report -> Actor
  'AFFILIATED_WITH', // Actor -> Actor
  'CONTRADICTS', // Figure -> Figure (derived, see contradiction.ts)
  'SIMILAR_TO', // Actor -> Actor: an uncertain entity match kept apart
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
