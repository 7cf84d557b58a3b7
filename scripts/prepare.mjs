// npm's prepare: builds dist/ when the package is installed from a git URL or a folder, which
// have no dist/ of their own (npm publishes one). A folder installed as it is has no build tools
// yet: they are installed first. Skipped in the project's own checkout (`npm ci` here, whose test
// and start commands build anyway) and wherever dist/ is already built.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ownCheckout = resolve(process.env.INIT_CWD ?? '') == process.cwd() && existsSync('.git');
if (!ownCheckout && !existsSync('dist/server/index.js')) {
  if (!existsSync('node_modules/.bin/rollup'))
    execSync('npm install --ignore-scripts --no-audit --no-fund', { stdio: 'inherit' });
  execSync('npm run build', { stdio: 'inherit' });
}
