import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../src/adapters/embedded';
import { loadConfig } from '../src/config/config';
import { silentLogger } from '../src/graphql/logger';
import { createApp } from '../src/http/app';
import { loadSeeds } from '../src/ingestion/seed-loader';
async function main() {
  const store = await openEmbeddedStore({ dataDir: mkdtempSync(join(os.tmpdir(), 'p-')), bufferPoolMb: 256 });
  await loadSeeds(store);
  const app = await createApp({ store, config: loadConfig({ NODE_ENV: 'production' }), logger: silentLogger });
  await app.start({ port: 4999, host: '127.0.0.1' });
  console.log('ready');
}
main();
