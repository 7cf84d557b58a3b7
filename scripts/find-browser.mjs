// Finds the test browsers (and WebKit's tools): $CHROME_PATH / $FIREFOX_PATH, else the usual names on PATH. On Debian,
// as root, it installs Debian's chromium, firefox-esr, webkit2gtk-driver or xvfb (no browser download is needed or possible
// on CI machines).
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

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

/** An executable by $envVar, else by name on PATH, else (Debian, root) from its Debian package. */
export function findExecutable({ envVar, names, debianPackage, product, help = [] }) {
  const fromEnv = envVar && process.env[envVar];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`${envVar} is set to "${fromEnv}", which is not an executable file.`);
  }
  for (const name of names) {
    const found = onPath(name);
    if (found) return found;
  }
  let tried = '';
  if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
    console.log(`No ${product} found: installing Debian's "${debianPackage}" package (apt-get)…`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', debianPackage], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (error) {
      // A machine with no package mirror: said in one line, not as a stack trace.
      tried = ` Installing Debian's "${debianPackage}" failed (${error.message.split('\n')[0]}).`;
    }
    const installed = onPath(names[0]);
    if (installed) return installed;
  }
  throw new Error([`No ${product} was found for the tests.${tried}`, ...help].join('\n'));
}

export function findChromium() {
  return findExecutable({
    envVar: 'CHROME_PATH',
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'],
    debianPackage: 'chromium',
    product: 'Chromium or Chrome',
    help: [
      '  - Debian/Ubuntu: sudo apt-get install chromium',
      '  - macOS: install Google Chrome, then',
      '    CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
      '  - Anywhere: set CHROME_PATH to the browser executable.',
    ],
  });
}

export function findFirefox() {
  return findExecutable({
    envVar: 'FIREFOX_PATH',
    names: ['firefox-esr', 'firefox'],
    debianPackage: 'firefox-esr',
    product: 'Firefox',
    help: [
      '  - Debian/Ubuntu: sudo apt-get install firefox-esr',
      '  - Anywhere: set FIREFOX_PATH to the browser executable,',
      '    or run Chromium only with BROWSERS=chromium npm test.',
    ],
  });
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
