import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM_PATH);
export const CHROMIUM_MISSING = `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (browser tests skipped)`;

export interface Chromium {
  browser: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile per run, so no cache, cookie or service worker leaks between runs. */
export async function launchChromium(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'claimgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1440, height: 900 },
  });
  return {
    browser: context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type { Browser };
