import { Field, ObjectType } from 'type-graphql';
import type { ActorKind } from '../../domain/enums';
import type { Actor } from '../../domain/model';
import { ActorKindEnum } from '../enums';
import { NodeInterface } from './node.interface';

/** A person, government, army, outlet or organisation that states, relays or disputes claims. */
@ObjectType('Actor', { implements: NodeInterface })
export class ActorType extends NodeInterface implements Actor {
  @Field()
  name!: string;

  @Field(() => [String], {
    description: 'Other spellings and names seen in reports ("Zelenskyy", "Arestovich").',
  })
  aliases!: string[];

  @Field(() => ActorKindEnum)
  kind!: ActorKind;

  @Field(() => String, {
    nullable: true,
    description: 'Role as a report gives it, e.g. "Ukrainian presidential adviser".',
  })
  role!: string | null;

  affiliationId!: string | null;
}
