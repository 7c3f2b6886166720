import type { BundleActor, BundlePlace, ReportBundle } from '../../domain/bundle';
import type { ReportBundleInput } from './report-bundle.input';

/** Copies the keys that were given, in BUNDLE.md order: the store hashes the bundle's JSON to detect re-ingestion. */
function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k];
  return out;
}

/**
 * GraphQL input (class instances, omitted fields undefined) -> plain ReportBundle. The same bundle
 * sent as JSON variables and loaded from a seed file hashes the same, so re-sending it is UNCHANGED.
 */
export function toBundle(input: ReportBundleInput): ReportBundle {
  return {
    report: pick(input.report, [
      'title',
      'url',
      'publishedAt',
      'publisher',
      'text',
    ] as const) as ReportBundle['report'],
    actors: input.actors.map(
      (a) => pick(a, ['key', 'name', 'aliases', 'kind', 'affiliation', 'role'] as const) as BundleActor,
    ),
    places: input.places.map(
      (p) => pick(p, ['key', 'name', 'aliases', 'kind', 'country'] as const) as BundlePlace,
    ),
    figures: input.figures.map(
      (f) =>
        pick(f, [
          'key',
          'value',
          'low',
          'high',
          'qualifier',
          'metric',
          'subject',
          'asOf',
          'claimant',
          'via',
          'quote',
        ] as const) as ReportBundle['figures'][number],
    ),
    disputes: input.disputes.map((d) => ({
      ...pick(d, ['disputer'] as const),
      // Both or neither are passed through as given: checkBundle names that mistake with its path.
      target: pick(d.target, ['figure', 'control'] as const) as ReportBundle['disputes'][number]['target'],
      ...pick(d, ['quote', 'date'] as const),
    })),
    controls: input.controls.map((c) =>
      pick(c, ['key', 'claimant', 'controller', 'place', 'status', 'quote', 'date'] as const),
    ),
    ...(input.warnings ? { warnings: input.warnings } : {}),
  };
}
