import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const WEB_DIST = join(__dirname, '../../web/dist');

/** Builds web/dist with the project's own build script, so tests never serve a stale page. */
export function buildPage(): void {
  execFileSync(process.execPath, [join(__dirname, '../../scripts/build-web.js')], { stdio: 'pipe' });
}
