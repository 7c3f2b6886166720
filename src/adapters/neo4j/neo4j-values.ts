import neo4j from 'neo4j-driver';
import { DomainError } from '../../domain/errors';
import type { Params, Row } from '../../store/executor';

/**
 * Values crossing the driver boundary. Out: Neo4j Integer -> number (an integer outside JS's safe
 * range is an error, never a silently rounded number), temporals -> ISO 8601 strings, lists and maps
 * recursively. Graph entities are refused: statements return scalars only, because the two stores'
 * drivers shape nodes differently and a node would leak store internals (element ids, labels).
 */
export function plainValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object') return v;
  if (neo4j.isInt(v)) {
    if (!v.inSafeRange())
      throw new DomainError('INTERNAL', 'the graph store returned an integer outside the safe range');
    return v.toNumber();
  }
  if (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isLocalTime(v) ||
    neo4j.isDuration(v)
  )
    return v.toString();
  if (
    neo4j.isNode(v) ||
    neo4j.isRelationship(v) ||
    neo4j.isPath(v) ||
    neo4j.isPathSegment(v) ||
    neo4j.isPoint(v)
  )
    throw new DomainError(
      'INTERNAL',
      'a graph store statement returned a graph entity; statements must return scalars',
    );
  if (Array.isArray(v)) return v.map(plainValue);
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainValue(x)]));
  throw new DomainError('INTERNAL', 'the graph store returned a value of an unsupported type');
}

export function plainRow(record: Record<string, unknown>): Row {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, plainValue(v)]));
}

function isPlainObject(v: object): v is Record<string, unknown> {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Values in: a JS Date becomes its ISO string (the model stores dates as strings; the embedded store
 * refuses Dates, so this is only a safety net), `undefined` becomes null, lists and maps recursively.
 * Numbers stay JS numbers, which the driver sends as floats: no statement takes an integer parameter
 * (limits are literals in the text), so none needs `neo4j.int`.
 */
export function toParam(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(toParam);
  if (typeof v === 'object' && isPlainObject(v)) return toParams(v);
  return v;
}

export function toParams(params: Params): Params {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toParam(v)]));
}

export { normaliseRow } from '../../store/normalise-row';
