/**
 * Every operation the explorer page sends is valid against the server's schema: the page and the API
 * are built side by side, and a renamed field would otherwise only show up as an error in a browser.
 */
import { parse, validate, type GraphQLSchema } from 'graphql';
import { buildClaimgraphSchema } from '../../src/graphql/build-schema';
import * as queries from '../../web/explore/queries';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildClaimgraphSchema();
});

const constants: [string, string][] = [];
for (const [name, value] of Object.entries(queries))
  if (typeof value === 'string') constants.push([name, value]);
const operations: [string, string][] = [
  ...constants,
  ['reportTitles(1)', queries.reportTitles(1)],
  ['reportTitles(25)', queries.reportTitles(25)],
];

it('covers the page’s operations', () => {
  expect(operations.map(([name]) => name)).toEqual(
    expect.arrayContaining([
      'NETWORK',
      'SEARCH',
      'ACTOR',
      'PLACE',
      'FIGURE_DETAILS',
      'CONTROL_DETAILS',
      'REPORT_DETAILS',
    ]),
  );
});

it.each(operations)('%s is valid against the schema', (_name, text) => {
  expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
});
