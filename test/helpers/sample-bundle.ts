import type { ReportBundle } from '../../src/domain/bundle';

const TEXT =
  "Russia's Defense Ministry said that 498 of its soldiers had died in Ukraine, RIA news agency stated Wednesday citing the ministry. " +
  'Kyiv claims nearly 6,000 Russian soldiers have been killed. ' +
  '"Russian military units have brought the center of the Kherson region completely under control," spokesperson Igor Konashenkov said. ' +
  'But Oleksiy Arestovich, a Ukrainian presidential adviser, rejected this and said that fighting was ongoing.';

/** A small bundle in the shape of the seed articles, for store and API tests. */
export function sampleBundle(overrides: Partial<ReportBundle['report']> = {}): ReportBundle {
  return {
    report: {
      title: 'Sample report',
      url: null,
      publishedAt: '2022-03-02',
      publisher: 'Sample Daily',
      text: TEXT,
      ...overrides,
    },
    actors: [
      {
        key: 'rdm',
        name: 'Russian Defence Ministry',
        aliases: ["Russia's Defense Ministry"],
        kind: 'GOVERNMENT',
      },
      { key: 'ria', name: 'RIA Novosti', aliases: ['RIA'], kind: 'MEDIA' },
      { key: 'kyiv', name: 'Government of Ukraine', aliases: ['Kyiv'], kind: 'GOVERNMENT' },
      {
        key: 'konashenkov',
        name: 'Igor Konashenkov',
        kind: 'PERSON',
        affiliation: 'rdm',
        role: 'spokesperson',
      },
      {
        key: 'arestovych',
        name: 'Oleksiy Arestovych',
        aliases: ['Oleksiy Arestovich'],
        kind: 'PERSON',
        role: 'Ukrainian presidential adviser',
      },
      { key: 'raf', name: 'Russian Armed Forces', kind: 'MILITARY' },
    ],
    places: [{ key: 'kherson', name: 'Kherson', kind: 'CITY', country: 'Ukraine' }],
    figures: [
      {
        key: 'f1',
        value: 498,
        qualifier: 'EXACT',
        metric: 'killed',
        subject: 'Russian soldiers',
        asOf: '2022-03-02',
        claimant: 'rdm',
        via: 'ria',
        quote: '498 of its soldiers had died in Ukraine',
      },
      {
        key: 'f2',
        value: 6000,
        qualifier: 'NEARLY',
        metric: 'killed',
        subject: 'Russian soldiers',
        asOf: '2022-03-02',
        claimant: 'kyiv',
        via: null,
        quote: 'Kyiv claims nearly 6,000 Russian soldiers have been killed',
      },
    ],
    controls: [
      {
        key: 'c1',
        claimant: 'rdm',
        controller: 'raf',
        place: 'kherson',
        status: 'CONTROLS',
        quote:
          'Russian military units have brought the center of the Kherson region completely under control',
      },
    ],
    disputes: [
      {
        disputer: 'arestovych',
        target: { control: 'c1' },
        quote: 'rejected this and said that fighting was ongoing',
      },
    ],
  };
}
