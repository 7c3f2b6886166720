import type * as Native from '@grafeo-db/js-linux-x64-gnu';
import { DomainError } from '../../domain/errors';

export type GrafeoNative = typeof Native;

let loaded: GrafeoNative | Error | undefined;

/**
 * The native binding, loaded on first use. `@grafeo-db/js` itself cannot be installed (most of its
 * per-platform packages are missing from the registry, so `npm ci` fails); the Linux x64 glibc
 * binding is an optional dependency, and on any other platform this reports why, instead of the
 * whole program failing at import time.
 */
export function grafeoBinding(): GrafeoNative | Error {
  if (loaded === undefined) {
    try {
      // A plain require: the binding is a `.node` file, loaded only when a Grafeo store is asked for.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      loaded = require('@grafeo-db/js-linux-x64-gnu') as GrafeoNative;
    } catch (err) {
      loaded = new Error(
        `the Grafeo binding @grafeo-db/js-linux-x64-gnu cannot be loaded on ${process.platform}-${process.arch} (${
          err instanceof Error ? err.message.split('\n')[0] : String(err)
        })`,
      );
    }
  }
  return loaded;
}

/** The binding, or SERVICE_UNAVAILABLE saying why it is missing. */
export function requireGrafeo(): GrafeoNative {
  const b = grafeoBinding();
  if (b instanceof Error) throw new DomainError('SERVICE_UNAVAILABLE', b.message);
  return b;
}
