import { checkWriteToken } from '../../src/graphql/auth';
import { decodeCursor, encodeCursor, parseId } from '../../src/graphql/ids';

const TOKEN = 'a-token-of-sixteen-plus';

describe('checkWriteToken', () => {
  it('accepts the configured bearer token (any case of the scheme)', () => {
    expect(() => checkWriteToken(TOKEN, `Bearer ${TOKEN}`)).not.toThrow();
    expect(() => checkWriteToken(TOKEN, `bearer ${TOKEN}`)).not.toThrow();
  });

  it.each([
    null,
    '',
    'Bearer',
    `Bearer ${TOKEN}x`,
    `Bearer ${TOKEN.slice(1)}`,
    `Basic ${TOKEN}`,
    `Bearer ${TOKEN} extra`,
  ])('rejects %p as UNAUTHENTICATED', (header) => {
    expect(() => checkWriteToken(TOKEN, header)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
  });

  it('answers FORBIDDEN, naming CLAIMGRAPH_TOKEN, when writes are not configured', () => {
    expect(() => checkWriteToken(null, `Bearer ${TOKEN}`)).toThrow(/CLAIMGRAPH_TOKEN/);
  });
});

describe('ids and cursors', () => {
  it('round-trips cursors and accepts plain ids', () => {
    expect(decodeCursor(encodeCursor('actor:volodymyr-zelensky'))).toBe('actor:volodymyr-zelensky');
    expect(decodeCursor('place:kherson')).toBe('place:kherson');
  });

  it('rejects what is not an id', () => {
    expect(() => parseId('kherson', 'id')).toThrow(/not a claimgraph id/);
    expect(() => parseId('actor:', 'id')).toThrow(/not a claimgraph id/);
    expect(() => parseId('place:kherson', 'id', 'Actor')).toThrow(/expected an Actor id/);
    expect(() => decodeCursor(Buffer.from('nothing').toString('base64'))).toThrow(/not a cursor/);
  });
});
