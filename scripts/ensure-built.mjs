// Rebuilds dist/ when a source file is newer than the build, so `npm run eval`
// and `npm run extract` never run stale code after an edit.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const built = join(root, 'dist', 'cli.js');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const stale = !existsSync(built) || newest(join(root, 'src')) > statSync(built).mtimeMs;
if (stale) execSync('npm run -s build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
