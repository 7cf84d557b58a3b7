// A real screen reader for the tests: Debian's Orca reading Firefox over AT-SPI, on a virtual X
// display with its own D-Bus session. Keys go in by xdotool, as a person presses them; what Orca
// says comes back from its debug log ("SPEECH OUTPUT: '…'"), with no speech synthesiser: Orca is
// kept from starting speech-dispatcher, which on a machine with no sound deadlocks Orca (its main
// thread waits on a server that found no audio device) and outlives the test. With no speech
// server, Orca logs every utterance, its read-through ("say all") included, as SPEECH OUTPUT.
// `.ci/run` installs orca, xdotool and at-spi2-core; without them the suite says so and stops.
import { spawn, execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findExecutable, findFirefox } from '../../scripts/find-browser.mjs';

const AT_SPI_LAUNCHER = '/usr/libexec/at-spi-bus-launcher';

/* Firefox as a reader's would be, less its first-run pages: one window, the page given. */
const FIREFOX_PREFS = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'startup.homepage_welcome_url': '',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'browser.tabs.warnOnClose': false,
  'browser.startup.page': 0,
  'browser.startup.firstrunSkipsHomepage': true,
  'browser.newtabpage.enabled': false,
  'browser.startup.homepage': 'about:blank',
  // Accessibility on, whatever Firefox guesses of the desktop.
  'accessibility.force_disabled': -1,
};

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Why a screen reader cannot run here, or '' when it can. */
export function missingScreenReader() {
  const needed = [
    ['orca', '/usr/bin/orca'],
    ['xdotool', '/usr/bin/xdotool'],
    ['at-spi2-core', AT_SPI_LAUNCHER],
    ['dbus', '/usr/bin/dbus-daemon'],
  ].filter(([, path]) => !existsSync(path));
  return needed.length ? `not installed: ${needed.map(([name]) => name).join(', ')}` : '';
}

/**
 * Starts Xvfb, a D-Bus session with the accessibility bus, Orca, and Firefox on `url`
 * (`javascript: false`: with scripting off). Returns the reader: `press(key)`, `said()` and
 * `waitFor(pattern)` over what Orca says from now on, and `stop()`.
 */
export async function startScreenReader(url, { javascript = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'epidural-orca-'));
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    killLeftovers(dir);
    if (!process.env.ORCA_DEBUG) rmSync(dir, { recursive: true, force: true });
  };
  const start = (command, args, env) => {
    const child = spawn(command, args, {
      env,
      stdio: [
        'ignore',
        process.env.ORCA_DEBUG ? 'inherit' : 'ignore',
        process.env.ORCA_DEBUG ? 'inherit' : 'ignore',
      ],
      detached: true,
    });
    children.push(child);
    return child;
  };
  try {
    const xvfb = spawn(
      findExecutable({ names: ['Xvfb'], debianPackage: 'xvfb', product: 'Xvfb' }),
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe'], detached: true },
    );
    children.push(xvfb);
    const display = await new Promise((resolve, reject) => {
      let out = '';
      xvfb.stdio[3].on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(`:${out.trim()}`);
      });
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    });
    const bus = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], {
      stdio: ['ignore', 'pipe', 'ignore'],
      detached: true,
    });
    children.push(bus);
    const address = await new Promise((resolve) => {
      let out = '';
      bus.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(out.trim());
      });
    });
    const env = {
      ...process.env,
      DISPLAY: display,
      DBUS_SESSION_BUS_ADDRESS: address,
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_DATA_HOME: join(dir, 'data'),
      HOME: dir,
      // speech-dispatcher (which Orca starts) puts its socket here.
      XDG_RUNTIME_DIR: join(dir, 'run'),
      GNOME_ACCESSIBILITY: '1',
      GTK_MODULES: 'gail:atk-bridge',
      MOZ_ENABLE_WAYLAND: '0',
    };
    mkdirSync(env.XDG_RUNTIME_DIR, { mode: 0o700 });
    start(AT_SPI_LAUNCHER, ['--launch-immediately'], env);
    await wait(500);
    const log = join(dir, 'orca.log');
    // Orca writes its debug file through Python's 8 KB buffer: line-buffered instead, so that each
    // utterance can be read the moment it is said (sitecustomize runs before Orca's own code).
    mkdirSync(join(dir, 'python'));
    writeFileSync(
      join(dir, 'python', 'sitecustomize.py'),
      `import builtins
_open = builtins.open
def _line_buffered(file, mode='r', buffering=-1, *args, **kwargs):
    if file == ${JSON.stringify(log)}:
        buffering = 1
    return _open(file, mode, buffering, *args, **kwargs)
builtins.open = _line_buffered
`,
    );
    // Orca's speech-dispatcher factory imports speechd, and with none it has no speech server.
    writeFileSync(
      join(dir, 'python', 'speechd.py'),
      "raise ImportError('no speech server in the tests: Orca logs what it would say')\n",
    );
    start('orca', ['--replace', `--debug-file=${log}`], {
      ...env,
      PYTHONPATH: join(dir, 'python'),
    });
    // Orca is ready once it has said so, having started no speech server.
    await until(
      () => existsSync(log) && readFileSync(log, 'utf8').includes('Screen reader on'),
      15_000,
      'Orca',
    );
    if (!readFileSync(log, 'utf8').includes('SPEECH: Not available'))
      throw new Error('Orca started a speech server: its utterances would not all be logged');
    const profile = join(dir, 'profile');
    const prefs = { ...FIREFOX_PREFS, 'javascript.enabled': javascript };
    writeFileSync(
      (mkdirSync(profile), join(profile, 'user.js')),
      Object.entries(prefs)
        .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
        .join('\n'),
    );
    start(findFirefox(), ['--no-remote', '--profile', profile, url], env);
    const xdotool = (...args) => promisify(execFile)('xdotool', args, { env });

    let mark = 0;
    const utterances = () =>
      [...readFileSync(log, 'utf8').matchAll(/SPEECH OUTPUT: '(.*?)'(?:\{|$)/gm)].map((m) => m[1]);
    const reader = {
      /** What Orca has said since the last key, one utterance an item. */
      said: () => utterances().slice(mark),
      /** Waits until something Orca said since the last key matches, and returns all of it. */
      async waitFor(pattern, ms = 15_000) {
        await until(
          () => reader.said().some((u) => pattern.test(u)),
          ms,
          `Orca saying ${pattern}`,
          () => reader.said().join(' | '),
        );
        await wait(300); // the rest of the same utterance
        return reader.said();
      },
      /** Presses a key (xdotool's name: Tab, Return, space, shift+Tab) in the focused window. */
      async press(key) {
        mark = utterances().length;
        await xdotool('key', key);
      },
      stop,
    };
    return reader;
  } catch (error) {
    await stop();
    throw error;
  }
}

async function until(condition, ms, what, got = () => '') {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; heard: ${got()}`);
    await wait(100);
  }
}

/*
 * Every process still running with this reader's home (what Orca, D-Bus or AT-SPI started in a
 * session or process group of its own), killed: nothing of a run outlives it.
 */
function killLeftovers(dir) {
  const mine = `HOME=${dir}\0`;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').includes(mine))
        process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Gone already, or not ours to read.
    }
  }
}
