import { bestSimilar, kindsCompatible, nameSimilarity, SIMILARITY_RULE } from '../../src/domain/similarity';
import { fingerprint } from '../../src/domain/text';
import { fingerprintsOf } from '../../src/domain/resolution';
import { readBundles } from '../../src/ingestion/seed-loader';

describe('nameSimilarity: uncertain matches', () => {
  it('a surname alone matches the full name of a person, weakly', () => {
    expect(nameSimilarity('Konashenkov', 'Igor Konashenkov', true)).toEqual({
      score: SIMILARITY_RULE.surnameScore,
      reason: 'surname',
    });
    expect(nameSimilarity('Igor Konashenkov', 'Konashenkov', true)?.reason).toBe('surname');
  });

  it('initials match the given names they abbreviate', () => {
    expect(nameSimilarity('I. Konashenkov', 'Igor Konashenkov', true)).toEqual({
      score: SIMILARITY_RULE.initialsScore,
      reason: 'initials',
    });
    expect(nameSimilarity('V. V. Putin', 'Vladimir Vladimirovich Putin', true)?.reason).toBe('initials');
  });

  it('a transliteration the fingerprint does not fold is a near spelling, scored by edit distance', () => {
    expect(fingerprint('Vitali Klitschko')).not.toBe(fingerprint('Vitaly Klychko'));
    const s = nameSimilarity('Vitali Klitschko', 'Vitaly Klychko', true)!;
    expect(s.reason).toBe('edit-distance');
    expect(s.score).toBeGreaterThanOrEqual(SIMILARITY_RULE.minNameRatio);
    expect(s.score).toBeLessThan(1);
    expect(nameSimilarity('Igor Konashenkov', 'Igor Konashenkow', true)?.reason).toBe('edit-distance');
    // Word order differs between reports.
    expect(nameSimilarity('Klitschko Vitali', 'Vitaly Klychko', true)?.reason).toBe('edit-distance');
    // Institutions too, when the only difference is a near spelling.
    expect(nameSimilarity('Komsomolskaya Pravda', 'Komsomolskaja Pravda', false)?.reason).toBe(
      'edit-distance',
    );
  });

  it('keeps the strongest evidence when several rules apply', () => {
    // "I. Konashenkow": initials do not hold (last tokens differ), the near spelling of the whole does not either.
    expect(nameSimilarity('I. Konashenkow', 'Igor Konashenkov', true)).toBeNull();
  });
});

describe('nameSimilarity: what is not similar', () => {
  it.each([
    ['Russian Armed Forces', 'Ukrainian Armed Forces', false],
    ['Government of Russia', 'Government of Ukraine', false],
    ['Russian forces', 'Ukrainian forces', false],
    ['UN', 'EU', false],
    ['RIA', 'RIA Novosti', false],
    ['93rd Brigade', '92nd Brigade', false],
    ['Kremlin', 'Moscow Kremlin', false],
    ['Igor', 'Igor Konashenkov', true],
    ['A. Konashenkov', 'Igor Konashenkov', true],
    ['Oleksiy Arestovych', 'Oleksandr Arestovych', true],
    ['Li', 'Lu', true],
  ])('%s / %s', (a, b, persons) => {
    expect(nameSimilarity(a, b, persons)).toBeNull();
  });

  it('leaves names that share a fingerprint to exact resolution', () => {
    expect(nameSimilarity('Zelensky', 'Zelenskyy', true)).toBeNull();
    expect(nameSimilarity("Russia's Defense Ministry", 'Russian Defence Ministry', false)).toBeNull();
  });

  it('applies the surname rule to persons only', () => {
    expect(nameSimilarity('Konashenkov', 'Igor Konashenkov', false)).toBeNull();
  });
});

describe('bestSimilar', () => {
  const igor = { id: 'actor:igor-konashenkov', kind: 'PERSON' as const, names: ['Igor Konashenkov'] };

  it('links only kinds that can name the same entity', () => {
    expect(kindsCompatible('PERSON', 'MEDIA')).toBe(false);
    expect(kindsCompatible('PERSON', 'OTHER')).toBe(true);
    const mention = { kind: 'MEDIA' as const, names: ['Igor Konashenkow'] };
    expect(bestSimilar(mention, [igor])).toBeNull();
    expect(bestSimilar({ ...mention, kind: 'PERSON' }, [igor])?.id).toBe(igor.id);
  });

  it('picks the most similar candidate and the name that matched; ties go to the smaller id', () => {
    const other = { id: 'actor:a-konashenkov', kind: 'PERSON' as const, names: ['Anna Konashenkova'] };
    const match = bestSimilar({ kind: 'PERSON', names: ['Konashenkov', 'I. Konashenkov'] }, [other, igor]);
    expect(match).toEqual({ id: igor.id, name: 'I. Konashenkov', reason: 'initials', score: 0.75 });
    const twin = { ...igor, id: 'actor:igor-konashenkov-2' };
    expect(bestSimilar({ kind: 'PERSON', names: ['Konashenkov'] }, [twin, igor])?.id).toBe(igor.id);
  });

  it('finds nothing among candidates that are not similar', () => {
    expect(bestSimilar({ kind: 'PERSON', names: ['Vladimir Putin'] }, [igor])).toBeNull();
    expect(bestSimilar({ kind: 'PERSON', names: ['Vladimir Putin'] }, [])).toBeNull();
  });
});

describe('the seed bundles', () => {
  it('hold no two distinct actors that the rule would link', () => {
    const actors = readBundles().flatMap(({ bundle }) =>
      bundle.actors.map((a) => ({ ...a, names: [a.name, ...(a.aliases ?? [])] })),
    );
    expect(actors.length).toBeGreaterThan(30);
    const links: string[] = [];
    for (const a of actors)
      for (const b of actors) {
        const same = fingerprintsOf(a).some((fp) => fingerprintsOf(b).includes(fp));
        if (same || a.key === b.key) continue;
        const m = bestSimilar(a, [{ id: b.key, kind: b.kind, names: b.names }]);
        if (m) links.push(`${a.name} ~ ${b.name} (${m.reason})`);
      }
    expect(links).toEqual([]);
  });
});
