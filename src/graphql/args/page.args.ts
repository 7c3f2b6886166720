import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE } from '../complexity';

/** Relay forward pagination. The maximum page size is the server's MAX_PAGE_SIZE (checked in pagination.ts). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: 'Page size, at most the server maximum (MAX_PAGE_SIZE, 100 unless configured).',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'An endCursor or edge cursor from a previous page.' })
  after?: string | null;
}
