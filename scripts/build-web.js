// Builds the network explorer page (web/explore) into web/dist with esbuild: one minified script
// with Cytoscape.js and fcose bundled from node_modules, one stylesheet, the HTML. Runs offline.
// `npm run build` calls it after tsc; the browser tests call it too, so they never test a stale page.
const { mkdirSync, copyFileSync, statSync } = require('fs');
const { join, resolve } = require('path');

const ROOT = resolve(__dirname, '..');
const SRC = join(ROOT, 'web', 'explore');
const OUT = join(ROOT, 'web', 'dist');

async function buildWeb({ quiet = false } = {}) {
  const esbuild = require('esbuild');
  mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  await esbuild.build({
    entryPoints: [
      { in: join(SRC, 'main.ts'), out: 'explore' },
      { in: join(SRC, 'explore.css'), out: 'explore' },
    ],
    outdir: OUT,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100'],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'eof',
    sourcemap: false,
    logLevel: quiet ? 'error' : 'warning',
  });
  copyFileSync(join(SRC, 'explore.html'), join(OUT, 'explore.html'));
  if (!quiet) {
    const kb = (f) => `${(statSync(join(OUT, f)).size / 1024).toFixed(0)} KiB`;
    console.log(
      `web: explore.js ${kb('explore.js')}, explore.css ${kb('explore.css')} -> web/dist (${Date.now() - started} ms)`,
    );
  }
}

module.exports = { buildWeb, WEB_DIST: OUT };

if (require.main === module) {
  buildWeb().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
