import { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * `Date` in SDL, `YYYY-MM-DD` on the wire. graphql-scalars' own `Date` turns input into a JS Date
 * (a timezone trap for calendar days); `LocalDate` keeps the string and rejects 2022-02-30, which is
 * exactly what the store holds. So: LocalDate's behaviour under the name API.md uses.
 */
export const DateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: 'Date',
  description: 'A calendar date written YYYY-MM-DD (no time, no timezone), e.g. 2022-03-02.',
});
