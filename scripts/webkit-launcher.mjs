// WebKit for @web/test-runner: WebKitGTK's MiniBrowser (the WebCore of Safari), driven over classic
// W3C WebDriver by WebKitWebDriver, under a virtual X display. The launcher starts Xvfb and the
// driver itself and stops both by process id when the run ends, also when it fails or is
// interrupted. On Debian, as root, it installs the packages it lacks (webkit2gtk-driver, xvfb).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { findExecutable } from './find-browser.mjs';

const MINIBROWSER_DIRS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0',
];

/** The MiniBrowser of the installed WebKitGTK ($WEBKIT_MINIBROWSER_PATH wins). */
function findMiniBrowser() {
  const fromEnv = process.env.WEBKIT_MINIBROWSER_PATH;
  if (fromEnv) return fromEnv;
  const dir = MINIBROWSER_DIRS.find((d) => existsSync(`${d}/MiniBrowser`));
  if (!dir) throw new Error('WebKitGTK MiniBrowser not found: apt-get install webkit2gtk-driver');
  return `${dir}/MiniBrowser`;
}

/**
 * WebKit's tools: WebKitWebDriver, the MiniBrowser and Xvfb (on Debian, as root, installed if
 * missing). Throws, saying what is missing and how to install it.
 */
export function findWebKit() {
  return {
    driver: findExecutable({
      names: ['WebKitWebDriver'],
      debianPackage: 'webkit2gtk-driver',
      product: 'WebKitWebDriver',
      help: ['  - Debian/Ubuntu: sudo apt-get install webkit2gtk-driver xvfb'],
    }),
    miniBrowser: findMiniBrowser(),
    xvfb: findExecutable({
      names: ['Xvfb'],
      debianPackage: 'xvfb',
      product: 'Xvfb',
      help: ['  - Debian/Ubuntu: sudo apt-get install xvfb'],
    }),
  };
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

/*
 * Xvfb picks a free display and writes its number to the pipe given as -displayfd. With no window
 * manager, X gives keyboard focus to the window under the pointer, which rests at the centre of
 * the screen: WebKit matches :focus and :focus-visible only in a focused window, so the screen is
 * kept smaller than the smallest browser window (the browser window at 0,0 always covers its
 * centre). Windows larger than the screen still render and screenshot in full.
 */
async function startXvfb(path) {
  const xvfb = spawn(path, ['-displayfd', '3', '-screen', '0', '640x480x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  xvfb.stderr.on('data', (chunk) => (errors += chunk));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors.trim()}`)));
  });
  return { process: xvfb, display };
}

async function waitForDriver(port, driver) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 20 s');
}

/*
 * WebKitGTK takes prefers-reduced-motion from GTK's gtk-enable-animations setting, read from
 * $XDG_CONFIG_HOME/gtk-3.0/settings.ini: a fresh folder for the run holds that one setting.
 */
function gtkConfigHome({ reducedMotion }) {
  const home = mkdtempSync(join(tmpdir(), 'webkit-gtk-'));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(
    join(home, 'gtk-3.0', 'settings.ini'),
    `[Settings]\ngtk-enable-animations=${reducedMotion ? 'false' : 'true'}\n`,
  );
  return home;
}

class WebKitLauncher extends WebdriverLauncher {
  #children = [];
  #preferences;
  #configHome;

  constructor(preferences = {}) {
    super({ capabilities: { browserName: 'MiniBrowser' } });
    this.#preferences = preferences;
  }

  async initialize(config) {
    const { driver: driverPath, miniBrowser: binary, xvfb: xvfbPath } = findWebKit();
    const xvfb = await startXvfb(xvfbPath);
    this.#children.push(xvfb.process.pid);
    const port = await freePort();
    this.#configHome = gtkConfigHome(this.#preferences);
    // Its own process group, so that stopping it stops the MiniBrowser it started too.
    const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: this.#configHome },
      stdio: 'ignore',
      detached: true,
    });
    this.#children.push(-driver.pid);
    // Whatever ends the run (a failure, Ctrl-C, a kill), no Xvfb, driver or browser is left.
    process.once('exit', () => this.#killChildren());
    for (const [signal, number] of [
      ['SIGTERM', 15],
      ['SIGHUP', 1],
    ]) {
      process.once(signal, () => {
        this.#killChildren();
        process.exit(128 + number);
      });
    }
    await waitForDriver(port, driver);
    this.options = {
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio would ask for WebDriver BiDi (webSocketUrl), which WebKitWebDriver refuses.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary,
          args: ['--automation', ...(this.#preferences.darkMode ? ['--dark-mode'] : [])],
        },
      },
    };
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.#killChildren();
  }

  #killChildren() {
    // A negative id names a process group: the driver's is it and its browser.
    for (const pid of this.#children.splice(0).reverse()) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    if (this.#configHome) rmSync(this.#configHome, { recursive: true, force: true });
    this.#configHome = undefined;
  }
}

/**
 * A WebKit launch. `darkMode` and `reducedMotion` start the browser with the system preferring a
 * dark scheme and reduced motion: classic WebDriver cannot emulate media.
 */
export function webkitLauncher(preferences = {}) {
  return new WebKitLauncher(preferences);
}
