import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, InvalidInputError, StoreUnavailableError } from '../../src/domain/errors';
import { translateError } from '../../src/graphql/error-translation';
import { BadUserInputError, QueryTooComplexError } from '../../src/graphql/errors';
import { createFormatError } from '../../src/graphql/format-error';

describe('translateError: anything thrown -> what a client may see', () => {
  it('maps domain codes through', () => {
    expect(translateError(new DomainError('NOT_FOUND', 'actor x not found'), true)).toEqual({
      message: 'actor x not found',
      extensions: { code: 'NOT_FOUND' },
      unexpected: false,
    });
    const invalid = translateError(
      new InvalidInputError([{ path: 'figures[0].quote', reason: 'is not an exact substring' }]),
      true,
    );
    expect(invalid.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'figures[0].quote', reason: 'is not an exact substring' }],
    });
  });

  it.each(['STORE_LOCKED', 'STORE_CORRUPT', 'SERVICE_UNAVAILABLE'] as const)(
    'turns %s into SERVICE_UNAVAILABLE',
    (code) => {
      const t = translateError(new DomainError(code, 'the data directory /srv/data is in use'), true);
      expect(t.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(t.message).not.toContain('/srv/data'); // production hides store detail
      expect(t.unexpected).toBe(true);
      expect(translateError(new StoreUnavailableError(), false).message).toMatch(/unavailable/);
    },
  );

  it('turns INTERNAL and unknown errors into INTERNAL_SERVER_ERROR without their message', () => {
    const wrapped = new DomainError('INTERNAL', 'the embedded store failed to run a statement');
    (wrapped as Error & { cause?: unknown }).cause = new Error('Binder exception: secret');
    expect(translateError(wrapped, false)).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      unexpected: true,
    });
    expect(translateError(new TypeError('x is undefined'), true).message).toBe('Internal server error');
    // development keeps the message of a plain bug to help whoever runs it locally
    expect(translateError(new TypeError('x is undefined'), false).message).toBe(
      'Internal server error: x is undefined',
    );
    expect(
      translateError(new GraphQLError('Cannot return null for non-nullable field Query.x'), true).extensions
        .code,
    ).toBe('INTERNAL_SERVER_ERROR');
  });

  it('keeps our client errors and strips what must not leak', () => {
    const err = BadUserInputError.at('first', 'must be at most 100');
    err.extensions.stacktrace = ['at secret.ts:1'];
    (err.extensions as Record<string, unknown>).cause = 'driver';
    const t = translateError(err, true);
    expect(t.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'first', reason: 'must be at most 100' }],
    });
    const complex = translateError(new QueryTooComplexError('too deep', { depth: 9, maxDepth: 8 }), true);
    expect(complex.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', depth: 9, maxDepth: 8 });
  });

  it("flattens class-validator's tree into field paths", () => {
    const err = new ArgumentValidationError([
      {
        property: 'figures',
        children: [
          {
            property: '2',
            children: [
              {
                property: 'quote',
                constraints: { maxLength: 'must be at most 5000 characters' },
                children: [],
              },
            ],
          },
        ],
      },
      {
        property: 'report',
        children: [
          { property: 'publishedAt', constraints: { matches: 'must be a date written YYYY-MM-DD' } },
        ],
      },
    ] as never);
    expect(translateError(err, true).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [
        { path: 'figures[2].quote', reason: 'must be at most 5000 characters' },
        { path: 'report.publishedAt', reason: 'must be a date written YYYY-MM-DD' },
      ],
    });
  });

  it('reads the field path out of a variable coercion error', () => {
    const err = new GraphQLError(
      'Variable "$input" got invalid value "ROBOT" at "input.actors[0].kind"; Value "ROBOT" does not exist in "ActorKind" enum.',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
    expect(translateError(err, true).extensions.problems).toEqual([
      { path: 'actors[0].kind', reason: 'Value "ROBOT" does not exist in "ActorKind" enum.' },
    ]);
  });

  it('passes Apollo request errors through', () => {
    const err = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(translateError(err, true)).toEqual(
      expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }, unexpected: false }),
    );
  });
});

it('formatError rebuilds each error from its translation, keeping path and locations', () => {
  const format = createFormatError(true);
  const out = format(
    {
      message: 'driver text',
      path: ['search'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'X', stacktrace: ['a'] },
    },
    new Error('driver text'),
  );
  expect(out).toEqual({
    message: 'Internal server error',
    path: ['search'],
    locations: [{ line: 1, column: 3 }],
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
});
