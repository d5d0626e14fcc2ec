// Browser tests (test/browser/**/*.test.ts) in three engines: Chromium, Firefox and WebKit, each
// from the system's own packages (scripts/browsers.mjs finds them; `npm test` runs
// scripts/ensure-browsers.mjs first, which installs them with apt when they are missing).
//   - Chromium: puppeteer-core over CDP (@web/test-runner-chrome), as before.
//   - Firefox: the same launcher given puppeteer-core with `browser: 'firefox'`, which drives the
//     system Firefox over WebDriver BiDi (what @web/test-runner-puppeteer does, without the full
//     `puppeteer` package and its browser download).
//   - WebKit: @web/test-runner-webdriver with WebKitWebDriver (WebKitGTK's MiniBrowser) on its
//     own Xvfb display, started when the first test file needs it and stopped with the run.
// One engine alone: `npm run test:browser -- --browsers firefox` (scripts/test-browser.mjs), or
// BROWSERS=firefox,webkit for any command that loads this config.
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ARGS, ENGINE_LABELS, chromiumPath, firefoxPath, selectEngines, startWebKitDriver } from './scripts/browsers.mjs';

/**
 * Paths the esbuild plugin must not touch. With `target` set it transpiles every served .js file
 * (which would hide a broken built bundle), and with `json: true` it turns every .json response
 * into a JS module (which breaks `data-src` fixtures fetched as data). Tests need these byte for byte.
 */
const AS_IS = ['/dist/', '/test/fixtures/'];
function servedAsIs(plugin) {
  const asIs = (context) => AS_IS.some((prefix) => context.path.startsWith(prefix));
  const { transform, resolveMimeType } = plugin;
  plugin.transform = function (context) {
    return asIs(context) ? undefined : transform.call(this, context);
  };
  plugin.resolveMimeType = function (context) {
    return asIs(context) ? undefined : resolveMimeType.call(this, context);
  };
  return plugin;
}

/** WebKitGTK through WebKitWebDriver, which this launcher starts (with its Xvfb) on first use. */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ hostname: '127.0.0.1', port: 0, path: '/', logLevel: 'error', capabilities: {} });
  }
  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = ENGINE_LABELS.webkit;
  }
  async startSession(id, url) {
    this.webkit ??= startWebKitDriver().then((d) => {
      this.options.port = d.port;
      this.options.capabilities = d.capabilities;
      return d;
    });
    await this.webkit;
    return super.startSession(id, url);
  }
  async stop() {
    await super.stop();
    (await this.webkit?.catch(() => undefined))?.stop();
  }
}

/**
 * Server commands the browser tests use (test/browser/helpers.ts), the same in every engine:
 * - `engine`: which engine runs the test file ('chromium' | 'firefox' | 'webkit');
 * - `keys`: real key input, with the payload of @web/test-runner-commands' sendKeys
 *   ({ type } | { press } | { down } | { up }). That command cannot be used as is: with WebDriver
 *   it has no down/up and its `type` sends all key-downs before all key-ups, so a repeated letter
 *   ("ll", "00") or a space is lost; and puppeteer's BiDi keyboard (Firefox) knows "Space" only
 *   as " ".
 */
// WebDriver's code points for named keys (https://w3c.github.io/webdriver/#keyboard-actions).
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};
function enginePlugin() {
  const engineOf = (session) =>
    session.browser.type === 'webdriver' ? 'webkit' : session.browser.name === ENGINE_LABELS.firefox ? 'firefox' : 'chromium';
  /** The payload as [kind, key] steps: kind 'down' | 'up' | 'press'. */
  const steps = (p) => {
    if (typeof p?.type === 'string') return [...p.type].map((c) => ['press', c]);
    for (const kind of ['press', 'down', 'up']) if (typeof p?.[kind] === 'string') return [[kind, p[kind]]];
    throw new Error(`keys: expected { type | press | down | up: string }, got ${JSON.stringify(p)}`);
  };
  return {
    name: 'pay-ladder-engine',
    async executeCommand({ command, payload, session }) {
      if (command === 'engine') return engineOf(session);
      if (command !== 'keys') return undefined;
      if (session.browser.type === 'webdriver') {
        const code = (k) => WEBDRIVER_KEYS[k] ?? k;
        const actions = steps(payload).flatMap(([kind, k]) =>
          kind === 'press'
            ? [
                { type: 'keyDown', value: code(k) },
                { type: 'keyUp', value: code(k) },
              ]
            : [{ type: kind === 'down' ? 'keyDown' : 'keyUp', value: code(k) }],
        );
        // The input state (a held Shift) lasts from one command to the next, as in sendKeys' down/up.
        await session.browser.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
        return true;
      }
      const { keyboard } = session.browser.getPage(session.id);
      if (typeof payload?.type === 'string')
        await keyboard.type(payload.type); // also letters outside the US layout (å)
      else for (const [kind, k] of steps(payload)) await keyboard[kind](k === 'Space' ? ' ' : k);
      return true;
    },
  };
}

/** Browser logs that are expected and say nothing about the code under test. */
const quietLogs = [/Lit is in dev mode/, /Multiple versions of Lit loaded/];

const { engines } = selectEngines([], process.env);
const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true },
    }),
  webkit: () => new WebKitLauncher(),
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // 2 cores: one browser page at a time keeps timings steady (and the engines run one after another).
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: {
    config: { timeout: 10_000 },
  },
  // Each launcher carries the engine's name: a failure reads "(failed on WebKit)".
  browsers: engines.map((e) => Object.assign(launchers[e](), { name: ENGINE_LABELS[e] })),
  plugins: [
    enginePlugin(),
    // tsconfig is read so useDefineForClassFields: false applies (class fields stay Lit accessors);
    // json: true serves `import x from '…/data/….json'` as an ES module.
    servedAsIs(esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })),
  ],
  filterBrowserLogs: ({ args }) => !args.some((a) => typeof a === 'string' && quietLogs.some((re) => re.test(a))),
};
