import type { ReportBundle } from '../../../src/domain/bundle';
import { normaliseSubject, scoreExtraction } from '../../../src/ingestion/extract/evaluate';

const report = { title: null, url: null, publishedAt: null, publisher: null, text: 't' };

function bundle(partial: Partial<ReportBundle>): ReportBundle {
  return { report, actors: [], places: [], figures: [], disputes: [], controls: [], ...partial };
}

const fig = (key: string, value: number, subject: string, claimant: string | null) => ({
  key,
  value,
  qualifier: 'EXACT' as const,
  metric: 'killed',
  subject,
  claimant,
  quote: 'q',
});

describe('scoreExtraction', () => {
  it('normalises subjects: troops are soldiers, a missing nation matches any', () => {
    expect(normaliseSubject('Russian troops')).toBe('russia|soldiers');
    expect(normaliseSubject('people in Kharkiv')).toBe('*|people');
    expect(normaliseSubject('Ukrainians')).toBe('ukraine|people');
  });

  it('matches figures on value, metric and subject and checks claimants by name or alias', () => {
    const gold = bundle({
      actors: [
        { key: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', aliases: ['Zelenskyy'], kind: 'PERSON' },
      ],
      figures: [
        fig('f1', 9000, 'Russian soldiers', 'volodymyr-zelensky'),
        fig('f2', 142, 'Ukrainian civilians', null),
      ],
    });
    const predicted = bundle({
      actors: [{ key: 'zelenskyy', name: 'Zelenskyy', kind: 'PERSON' }],
      figures: [
        fig('f1', 9000, 'Russian troops', 'zelenskyy'),
        fig('f2', 142, 'civilians', null),
        fig('f3', 7, 'people', null),
      ],
    });
    const score = scoreExtraction([gold], [predicted]);
    expect(score.figures).toMatchObject({ gold: 2, predicted: 3, matched: 2, recall: 1 });
    expect(score.figures.precision).toBeCloseTo(2 / 3);
    expect(score.claimant).toMatchObject({ matched: 2, correct: 2, accuracy: 1 });
  });

  it('matches controls on place and status and disputes on disputer and matched target', () => {
    const control = {
      key: 'c1',
      claimant: 'a',
      controller: 'b',
      place: 'kherson',
      status: 'CONTROLS' as const,
      quote: 'q',
    };
    const gold = bundle({
      actors: [{ key: 'x', name: 'Oleksiy Arestovych', aliases: ['Oleksiy Arestovich'], kind: 'PERSON' }],
      places: [{ key: 'kherson', name: 'Kherson', kind: 'CITY' }],
      controls: [control],
      disputes: [{ disputer: 'x', target: { control: 'c1' }, quote: 'q' }],
    });
    const predicted = bundle({
      actors: [{ key: 'y', name: 'Oleksiy Arestovich', kind: 'PERSON' }],
      places: [{ key: 'kherson-region', name: 'Kherson region', kind: 'REGION' }],
      controls: [{ ...control, key: 'c7', place: 'kherson-region' }],
      disputes: [{ disputer: 'y', target: { control: 'c7' }, quote: 'q' }],
    });
    const score = scoreExtraction([gold], [predicted]);
    expect(score.controls.f1).toBe(1);
    expect(score.disputes.f1).toBe(1);
  });
});
