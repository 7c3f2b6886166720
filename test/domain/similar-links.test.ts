import type { Actor } from '../../src/domain/model';
import { pairKey, planSimilarLinks, quotedName } from '../../src/domain/similar-links';

const actor = (id: string, name: string, aliases: string[] = []): Actor => ({
  id,
  name,
  aliases,
  kind: 'PERSON',
  role: null,
  affiliationId: null,
});
const IGOR = { id: 'actor:igor-konashenkov', kind: 'PERSON' as const, names: ['Igor Konashenkov'] };
const TEXT = 'Ministry spokesman KONASHENKOV said the column had withdrawn.';

describe('quotedName', () => {
  it('is the name as the text prints it, an exact substring', () => {
    expect(quotedName('Konashenkov said', ['Konashenkov'])).toBe('Konashenkov');
    expect(quotedName(TEXT, ['Konashenkov'])).toBe('KONASHENKOV');
    expect(TEXT).toContain(quotedName(TEXT, ['Konashenkov'])!);
    expect(quotedName(TEXT, ['Shoigu', ''])).toBeNull();
  });
});

describe('planSimilarLinks', () => {
  const input = {
    reportId: 'report:r2',
    text: TEXT,
    date: '2022-03-04',
    actors: [actor('actor:konashenkov', 'Konashenkov')],
    candidates: new Map([['actor:konashenkov', [IGOR]]]),
    linked: new Set<string>(),
  };

  it('links a mention to its most similar candidate, with provenance', () => {
    const [edge, ...rest] = planSimilarLinks(input);
    expect(rest).toEqual([]);
    expect(edge).toMatchObject({
      type: 'SIMILAR_TO',
      fromLabel: 'Actor',
      toLabel: 'Actor',
      row: {
        from: 'actor:konashenkov',
        to: IGOR.id,
        reportId: 'report:r2',
        quote: 'KONASHENKOV',
        date: '2022-03-04',
        score: 0.6,
        reason: 'surname',
      },
    });
    expect(edge!.row.id).toMatch(/^similar_to:/);
  });

  it('gives a pair one id whichever side mentions it, and adds nothing for a pair already linked', () => {
    const reverse = planSimilarLinks({
      ...input,
      text: 'Igor Konashenkov said so.',
      actors: [actor(IGOR.id, 'Igor Konashenkov')],
      candidates: new Map([[IGOR.id, [{ id: 'actor:konashenkov', kind: 'PERSON', names: ['Konashenkov'] }]]]),
    });
    expect(reverse[0]!.row.id).toBe(planSimilarLinks(input)[0]!.row.id);
    expect(planSimilarLinks({ ...input, linked: new Set([pairKey(IGOR.id, 'actor:konashenkov')]) })).toEqual(
      [],
    );
  });

  it('adds no link without a candidate, without similarity, or without the name in the text', () => {
    expect(planSimilarLinks({ ...input, candidates: new Map() })).toEqual([]);
    const shoigu = actor('actor:shoigu', 'Sergei Shoigu');
    expect(
      planSimilarLinks({
        ...input,
        text: 'Sergei Shoigu said so.',
        actors: [shoigu],
        candidates: new Map([[shoigu.id, [IGOR]]]),
      }),
    ).toEqual([]);
    expect(planSimilarLinks({ ...input, text: 'The spokesman said the column had withdrawn.' })).toEqual([]);
  });
});
