import type { ReportBundle } from '../../src/domain/bundle';

/**
 * Many small, distinct bundles for row-count tests: each report has its own claimant (a distinct actor),
 * a figure that claimant stated, a shared actor ("Central Agency") restating it, and a watchdog disputing it.
 */
export function generatedBundle(i: number): ReportBundle {
  const value = 1000 + i;
  const claim = `Source ${i} said that ${value} houses were damaged`;
  const shared = `The Central Agency repeated that ${value} houses were damaged`;
  const dispute = `Watchdog ${i} rejected the figure of ${value}`;
  return {
    report: {
      title: `Generated report ${i}`,
      url: `https://example.org/generated/${i}`,
      publishedAt: '2022-04-01',
      publisher: null,
      text: `${claim}. ${shared}. ${dispute}.`,
    },
    actors: [
      { key: 'source', name: `Source ${i}`, kind: 'GOVERNMENT' },
      { key: 'agency', name: 'Central Agency', kind: 'GOVERNMENT' },
      { key: 'watchdog', name: `Watchdog ${i}`, kind: 'NGO' },
    ],
    places: [],
    figures: [
      {
        key: 'f1',
        value,
        qualifier: 'EXACT',
        metric: 'damaged',
        subject: `houses in district ${i}`,
        asOf: '2022-04-01',
        claimant: 'source',
        via: null,
        quote: `${value} houses were damaged`,
      },
      {
        key: 'f2',
        value,
        qualifier: 'EXACT',
        metric: 'damaged',
        subject: `houses in district ${i}`,
        asOf: '2022-04-01',
        claimant: 'agency',
        via: null,
        quote: `The Central Agency repeated that ${value} houses were damaged`,
      },
    ],
    disputes: [{ disputer: 'watchdog', target: { figure: 'f1' }, quote: dispute }],
    controls: [],
  };
}
