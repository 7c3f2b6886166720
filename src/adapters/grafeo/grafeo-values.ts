import { DomainError } from '../../domain/errors';
import type { Params, Row } from '../../store/executor';

/**
 * Values leaving Grafeo: the binding already gives JS numbers, strings, booleans and arrays; an
 * integer too large for a double (BigInt) is refused rather than rounded, and graph entities (JsNode,
 * JsEdge) are refused because statements must return scalars (the stores shape entities differently).
 */
export function plainValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') {
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER))
      throw new DomainError('INTERNAL', 'the graph store returned an integer outside the safe range');
    return Number(v);
  }
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(plainValue);
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null)
    throw new DomainError(
      'INTERNAL',
      'a graph store statement returned a graph entity; statements must return scalars',
    );
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainValue(x)]));
}

export const plainRow = (row: Record<string, unknown>): Row =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plainValue(v)]));

/** Values entering Grafeo: Dates as ISO strings (the model stores dates as text), undefined as null. */
export function toParam(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(toParam);
  if (typeof v === 'object') return toParams(v as Params);
  return v;
}
export const toParams = (params: Params): Params =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toParam(v)]));

export { normaliseRow } from '../../store/normalise-row';
