// Measures from spawning `node dist/src/main.js` to the first answered GraphQL query (fresh or existing DATA_DIR).
const { spawn } = require('child_process');
const dataDir = process.argv[2] || require('fs').mkdtempSync(require('os').tmpdir() + '/claimgraph-start-');
const port = String(20000 + Math.floor(Math.random() * 20000));
const t0 = performance.now();
const child = spawn(process.execPath, ['dist/src/main.js'], {
  env: { ...process.env, DATA_DIR: dataDir, PORT: port },
  stdio: ['ignore', 'pipe', 'inherit'],
});
child.stdout.on('data', (d) => process.stderr.write(d));
const body = JSON.stringify({
  query: '{ actor(id: "actor:oleksiy-arestovych") { name disputes { quote } } }',
});
(async function poll() {
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const j = await r.json();
      if (j.data) {
        console.log(
          `first answered query after ${Math.round(performance.now() - t0)} ms (DATA_DIR ${dataDir})`,
        );
        child.kill('SIGTERM');
        child.on('exit', (code) => process.exit(code ?? 0));
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
})();
