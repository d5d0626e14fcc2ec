// Browser tests (test/browser/**/*.test.ts) in headless Chromium.
// Chromium comes from CHROME_PATH or a usual system path (scripts/chromium.mjs); `npm test` runs
// scripts/ensure-chromium.mjs first, which installs it with apt when it is missing (root on
// Debian/Ubuntu).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

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

/** Browser logs that are expected and say nothing about the code under test. */
const quietLogs = [/Lit is in dev mode/, /Multiple versions of Lit loaded/];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // 2 cores: one browser page at a time keeps timings steady.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: {
    config: { timeout: 10_000 },
  },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  plugins: [
    // tsconfig is read so useDefineForClassFields: false applies (class fields stay Lit accessors);
    // json: true serves `import x from '…/data/….json'` as an ES module.
    servedAsIs(esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })),
  ],
  filterBrowserLogs: ({ args }) =>
    !args.some((a) => typeof a === 'string' && quietLogs.some((re) => re.test(a))),
};
