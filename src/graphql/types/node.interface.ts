import { Field, ID, InterfaceType } from 'type-graphql';
import { labelOfId } from '../../domain/ids';

/** GraphQL type name per node label (the label `Control` is the type `ControlClaim`). */
const TYPE_OF_LABEL = {
  Actor: 'Actor',
  Place: 'Place',
  Report: 'Report',
  Figure: 'Figure',
  Control: 'ControlClaim',
} as const;

/**
 * Resolvers hand out the store's plain objects, not class instances, so the concrete type is read off
 * the id prefix — ids are routable by design (domain/ids.ts).
 */
@InterfaceType('Node', {
  description:
    'Anything with a stable, readable id: actor:volodymyr-zelensky, place:kherson, report:<hash>, figure:…, control:…',
  resolveType: (value: { id: string }) => {
    const label = labelOfId(value.id);
    return label ? TYPE_OF_LABEL[label] : undefined;
  },
})
export abstract class NodeInterface {
  @Field(() => ID)
  id!: string;
}
