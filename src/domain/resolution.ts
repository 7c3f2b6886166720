import type { BundleActor, BundlePlace, ReportBundle } from './bundle';
import { actorId, placeId } from './ids';
import { fingerprint } from './text';

/**
 * Entity resolution across reports. Every name and alias of a bundle entity is reduced to a
 * fingerprint (see text.ts); the graph keeps a lookup of fingerprint -> canonical id. A bundle entity
 * whose fingerprints hit exactly one known id becomes that node; a hit on several prefers the one its
 * own name hits, so "Kyiv" the government and Kyiv the city (different labels, different namespaces)
 * never meet, and one alias shared by two actors does not merge them silently.
 */
export type Namespace = 'actor' | 'place';

export const aliasKey = (ns: Namespace, fp: string): string => `${ns}|${fp}`;

export function namesOf(e: { name: string; aliases?: string[] | undefined }): string[] {
  return [e.name, ...(e.aliases ?? [])];
}

export function fingerprintsOf(e: { name: string; aliases?: string[] | undefined }): string[] {
  return [
    ...new Set(
      namesOf(e)
        .map(fingerprint)
        .filter((f) => f.length > 0),
    ),
  ];
}

/** Every alias key a bundle's entities could be known under, for one batched lookup. */
export function aliasKeysOfBundle(bundle: ReportBundle): string[] {
  const keys = new Set<string>();
  for (const a of bundle.actors) fingerprintsOf(a).forEach((fp) => keys.add(aliasKey('actor', fp)));
  for (const p of bundle.places) fingerprintsOf(p).forEach((fp) => keys.add(aliasKey('place', fp)));
  if (bundle.report.publisher) keys.add(aliasKey('actor', fingerprint(bundle.report.publisher)));
  return [...keys];
}

export interface Resolution {
  actors: Map<string, string>;
  places: Map<string, string>;
  /** Canonical id of the publisher actor, when the report names one. */
  publisherId: string | null;
}

function resolveOne(
  ns: Namespace,
  entity: BundleActor | BundlePlace | { name: string; aliases?: string[] },
  known: ReadonlyMap<string, string>,
  mint: (name: string) => string,
): string {
  const own = known.get(aliasKey(ns, fingerprint(entity.name)));
  if (own) return own;
  const hits = [
    ...new Set(
      fingerprintsOf(entity)
        .map((fp) => known.get(aliasKey(ns, fp)))
        .filter((id): id is string => id !== undefined),
    ),
  ].sort();
  return hits[0] ?? mint(entity.name);
}

export function resolveBundle(bundle: ReportBundle, known: ReadonlyMap<string, string>): Resolution {
  const actors = new Map<string, string>();
  const places = new Map<string, string>();
  // Entities of this bundle also resolve against each other: two keys naming one person are one node.
  const local = new Map(known);
  for (const a of bundle.actors) {
    const id = resolveOne('actor', a, local, actorId);
    actors.set(a.key, id);
    fingerprintsOf(a).forEach((fp) =>
      local.set(aliasKey('actor', fp), local.get(aliasKey('actor', fp)) ?? id),
    );
  }
  for (const p of bundle.places) {
    const id = resolveOne('place', p, local, placeId);
    places.set(p.key, id);
    fingerprintsOf(p).forEach((fp) =>
      local.set(aliasKey('place', fp), local.get(aliasKey('place', fp)) ?? id),
    );
  }
  const publisher = bundle.report.publisher?.trim();
  const publisherId = publisher ? resolveOne('actor', { name: publisher }, local, actorId) : null;
  return { actors, places, publisherId };
}
