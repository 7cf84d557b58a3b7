// Server side of test/input.ts: real keys, viewport sizes and media emulation in every engine.
// Chromium and Firefox go to the stock @web/test-runner-commands plugins (puppeteer). WebKit is
// driven over classic WebDriver, where the stock plugins only "press" and "type" (through a
// webdriverio helper that drops a repeated character) and cannot size the viewport: here every
// key is a W3C key action (https://w3c.github.io/webdriver/#keyboard-actions), and the viewport
// is sized through the window rect.
import {
  emulateMediaPlugin,
  sendKeysPlugin,
  setViewportPlugin,
} from '@web/test-runner-commands/plugins';

/* W3C WebDriver key codes (https://w3c.github.io/webdriver/#keyboard-actions) for named keys. */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Meta: '\uE03D',
};

function webdriverKey(name) {
  if (name in WEBDRIVER_KEYS) return WEBDRIVER_KEYS[name];
  if ([...name].length === 1) return name;
  throw new Error(`No WebDriver key for "${name}"`);
}

/* One key action sequence: W3C input state persists between calls, so a key held down by one
 * command (Shift) is still down for the next (Tab) until it is released. */
function keyActions(payload) {
  if ('press' in payload) {
    const key = webdriverKey(payload.press);
    return [
      { type: 'keyDown', value: key },
      { type: 'keyUp', value: key },
    ];
  }
  if ('down' in payload) return [{ type: 'keyDown', value: webdriverKey(payload.down) }];
  if ('up' in payload) return [{ type: 'keyUp', value: webdriverKey(payload.up) }];
  if ('type' in payload) {
    return [...payload.type].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
  }
  throw new Error(`Unknown send-keys payload ${JSON.stringify(payload)}`);
}

/* Sizes the window until the page's own viewport (innerWidth × innerHeight) is the one asked for:
 * the browser's window frame around the page differs between builds. Under Xvfb the resize lands
 * asynchronously, later on a loaded machine: a size read too early is read again before the
 * frame is corrected for, for up to about 2 s. */
async function setWebdriverViewport(driver, { width, height }) {
  let [outerWidth, outerHeight] = [width, height];
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await driver.setWindowRect(null, null, outerWidth, outerHeight);
    let inner;
    for (let read = 0; read < 5; read += 1) {
      const now = await driver.execute(() => [innerWidth, innerHeight]);
      if (inner && now[0] === inner[0] && now[1] === inner[1]) break;
      inner = now;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const [innerWidth, innerHeight] = inner;
    if (innerWidth === width && innerHeight === height) return;
    outerWidth += width - innerWidth;
    outerHeight += height - innerHeight;
  }
  throw new Error(`Could not size the WebKit viewport to ${width}×${height}`);
}

export const MEDIA_UNSUPPORTED =
  'media emulation is not available over classic WebDriver (WebKit): run under a preference-set launch instead';

export function inputCommands() {
  const stock = {
    'input-send-keys': ['send-keys', sendKeysPlugin()],
    'input-set-viewport': ['set-viewport', setViewportPlugin()],
    'input-emulate-media': ['emulate-media', emulateMediaPlugin()],
  };
  return {
    name: 'input-commands',
    async executeCommand({ command, payload, session }) {
      if (!(command in stock)) return undefined;
      if (session.browser.type !== 'webdriver') {
        const [stockCommand, plugin] = stock[command];
        return plugin.executeCommand({ command: stockCommand, payload, session });
      }
      const { driver } = session.browser;
      switch (command) {
        case 'input-send-keys':
          await driver.performActions([
            { type: 'key', id: 'keyboard', actions: keyActions(payload) },
          ]);
          return true;
        case 'input-set-viewport':
          await setWebdriverViewport(driver, payload);
          return true;
        default:
          throw new Error(MEDIA_UNSUPPORTED);
      }
    },
  };
}
