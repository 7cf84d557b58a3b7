// Finds a Chromium for the tests: $CHROME_PATH, else the usual names on PATH. On Debian, as root,
// it installs Debian's chromium (no browser download is needed or possible on CI machines).
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && isExecutable(candidate)) return candidate;
  }
  return undefined;
}

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", which is not an executable file.`);
  }
  for (const name of NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
    console.log('No Chromium found: installing Debian\'s "chromium" package (apt-get)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = onPath('chromium');
    if (installed) return installed;
  }
  throw new Error(
    [
      'No Chromium or Chrome was found for the tests.',
      '  - Debian/Ubuntu: sudo apt-get install chromium',
      '  - macOS: install Google Chrome, then',
      '    CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
      '  - Anywhere: set CHROME_PATH to the browser executable.',
    ].join('\n'),
  );
}

/** Flags for a headless Chromium on a locked-down machine (root, no network but localhost). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
