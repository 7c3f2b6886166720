import { ArgsType, Field, Int } from 'type-graphql';

/**
 * Optional paging of a relationship list. Unlike PageArgs there is no default `first`: a list asked
 * for without arguments stays the whole list (the API.md contract), and either argument makes it a page.
 */
@ArgsType()
export class RelationPageArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Page size, at most the server maximum (MAX_PAGE_SIZE, 100 unless configured). Without `first` and `after`, the whole list; with only `after`, 20.',
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The endCursor of the matching connection field (e.g. claimsConnection), or an edge cursor.',
  })
  after?: string | null;
}
