import { BLOCK_CAP, blockId, blockKeysOf, blockRows, candidateIds } from '../../src/domain/blocking';

describe('blocking keys', () => {
  it('file a name under the prefixes of its longer tokens, normalised like fingerprints', () => {
    expect(blockKeysOf(['Igor Konashenkov'])).toEqual([blockId('igor'), blockId('kona')]);
    expect(blockKeysOf(['I. Konashenkov', 'UN', '93rd Brigade'])).toEqual([blockId('brig'), blockId('kona')]);
    // Spelling variants meet through at least one shared key.
    const [a, b] = [blockKeysOf(['Vitali Klitschko']), blockKeysOf(['Vitaly Klychko'])];
    expect(a.filter((k) => b.includes(k))).toEqual([blockId('vita')]);
  });

  it('find candidates filed under the keys, never excluded ids nor keys too common to discriminate', () => {
    const crowded = Array.from({ length: BLOCK_CAP }, (_, i) => `actor:m${i}`);
    const blocks = new Map([
      [blockId('kona'), ['actor:igor-konashenkov', 'actor:self']],
      [blockId('mini'), crowded],
    ]);
    expect(candidateIds(['Konashenkov', 'Ministry'], blocks, new Set(['actor:self']))).toEqual([
      'actor:igor-konashenkov',
    ]);
  });

  it('rows add an actor to its keys once, stop at the cap, and only rows that change are written', () => {
    const full = Array.from({ length: BLOCK_CAP }, (_, i) => `actor:m${i}`);
    const blocks = new Map([
      [blockId('kona'), ['actor:igor-konashenkov']],
      [blockId('mini'), full],
    ]);
    const rows = blockRows(
      [
        { id: 'actor:konashenkov', names: ['Konashenkov', 'Ministry'] },
        { id: 'actor:igor-konashenkov', names: ['Igor Konashenkov'] },
      ],
      blocks,
    );
    expect(rows).toEqual([
      { id: blockId('kona'), targetIds: ['actor:igor-konashenkov', 'actor:konashenkov'] },
      { id: blockId('igor'), targetIds: ['actor:igor-konashenkov'] },
    ]);
  });
});
