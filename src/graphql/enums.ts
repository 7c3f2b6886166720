import { registerEnumType } from 'type-graphql';
import {
  ACTOR_KINDS,
  CONTROL_STATUSES,
  EDGE_TYPES,
  NODE_LABELS,
  PLACE_KINDS,
  QUALIFIERS,
  type ActorKind,
  type ControlStatus,
  type EdgeType,
  type NodeLabel,
  type PlaceKind,
  type Qualifier,
} from '../domain/enums';
import type { IngestStatus } from '../domain/model';
import type { SimilarityReason } from '../domain/similarity';

/** type-graphql wants enum objects; the domain keeps `as const` tuples. One list stays the truth. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const ActorKindEnum: { [K in ActorKind]: K } = enumOf(ACTOR_KINDS);
export const PlaceKindEnum: { [K in PlaceKind]: K } = enumOf(PLACE_KINDS);
export const QualifierEnum: { [K in Qualifier]: K } = enumOf(QUALIFIERS);
export const ControlStatusEnum: { [K in ControlStatus]: K } = enumOf(CONTROL_STATUSES);
export const EdgeTypeEnum: { [K in EdgeType]: K } = enumOf(EDGE_TYPES);
export const NodeKindEnum: { [K in NodeLabel]: K } = enumOf(NODE_LABELS);
/** GraphQL enum names cannot hold a dash: the stored reason `edit-distance` is served as EDIT_DISTANCE. */
export const SimilarityReasonEnum = {
  SURNAME: 'surname',
  INITIALS: 'initials',
  EDIT_DISTANCE: 'edit-distance',
} as const satisfies Record<string, SimilarityReason>;
export const IngestStatusEnum: { [K in IngestStatus]: K } = enumOf<IngestStatus>([
  'CREATED',
  'UPDATED',
  'UNCHANGED',
]);

registerEnumType(ActorKindEnum, { name: 'ActorKind', description: 'What kind of entity an actor is.' });
registerEnumType(PlaceKindEnum, { name: 'PlaceKind' });
registerEnumType(QualifierEnum, {
  name: 'Qualifier',
  description: 'How the text hedges a number: "nearly 6,000" is NEARLY, "more than 2,000" is MORE_THAN.',
});
registerEnumType(ControlStatusEnum, { name: 'ControlStatus' });
registerEnumType(EdgeTypeEnum, {
  name: 'EdgeType',
  description: 'Relationship types of the graph; CLAIMS, DISPUTES and CONTROLS carry a report and a quote.',
});
registerEnumType(NodeKindEnum, {
  name: 'NodeKind',
  description: 'Node labels of the graph (Control = a control claim).',
});
registerEnumType(SimilarityReasonEnum, {
  name: 'SimilarityReason',
  description:
    'Why two actors are probably the same: a surname alone, initials, or a near spelling (edit distance).',
  valuesConfig: {
    SURNAME: { description: 'A surname alone: "Konashenkov" and "Igor Konashenkov" (persons only).' },
    INITIALS: { description: 'Initials: "I. Konashenkov" and "Igor Konashenkov".' },
    EDIT_DISTANCE: { description: 'A near spelling: "Vitali Klitschko" and "Vitaly Klychko".' },
  },
});
registerEnumType(IngestStatusEnum, {
  name: 'IngestStatus',
  description:
    'CREATED: a new report; UPDATED: a known report whose bundle changed; UNCHANGED: the same bundle again.',
});
