import { nameTokens } from './text';

/**
 * Blocking keys, so that looking for similar actors reads a few candidates rather than the whole
 * graph. Every actor is filed under the first four letters of each name token of four letters or
 * more (normalised like fingerprints): "Konashenkov" / "Konashenkow" share `kona`, "Vitali Klitschko" /
 * "Vitaly Klychko" share `vita`. A key held by BLOCK_CAP actors is too common
 * to discriminate ("mini" of ministry): it stops growing and is no longer used to find candidates.
 */
export const BLOCK_CAP = 32;
const PREFIX = 4;

export const blockId = (key: string): string => `actor|${key}`;

export function blockKeysOf(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names)
    for (const t of nameTokens(name))
      if (t.length >= PREFIX && !/\d/.test(t)) keys.add(blockId(t.slice(0, PREFIX)));
  return [...keys].sort();
}

/** Ids filed under an actor's keys, except the excluded ones and keys too common to use. */
export function candidateIds(
  names: readonly string[],
  blocks: ReadonlyMap<string, readonly string[]>,
  exclude: ReadonlySet<string>,
): string[] {
  const out = new Set<string>();
  for (const key of blockKeysOf(names)) {
    const ids = blocks.get(key) ?? [];
    if (ids.length >= BLOCK_CAP) continue;
    for (const id of ids) if (!exclude.has(id)) out.add(id);
  }
  return [...out].sort();
}

/** The block rows to write so that these actors are found later; only rows that change. */
export function blockRows(
  actors: readonly { id: string; names: readonly string[] }[],
  blocks: ReadonlyMap<string, readonly string[]>,
): { id: string; targetIds: string[] }[] {
  const next = new Map<string, string[]>();
  for (const a of actors)
    for (const key of blockKeysOf(a.names)) {
      const ids = next.get(key) ?? [...(blocks.get(key) ?? [])];
      if (!ids.includes(a.id) && ids.length < BLOCK_CAP) ids.push(a.id);
      next.set(key, ids);
    }
  return [...next.entries()]
    .filter(([key, ids]) => ids.length !== (blocks.get(key) ?? []).length)
    .map(([id, ids]) => ({ id, targetIds: [...ids].sort() }));
}
