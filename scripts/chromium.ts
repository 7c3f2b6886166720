/**
 * The one Chromium these machines run: Debian's package (`.ci/run` installs it), launched with flags that
 * keep it from reaching the network. Never `npx playwright install`: nothing is downloaded here.
 * Shared by the browser tests (test/web/chromium.ts) and the explore benchmark (bench/explore.bench.ts).
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
