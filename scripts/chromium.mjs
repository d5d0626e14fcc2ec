// The system Chromium that every browser run of this project uses (web-test-runner, the e2e and
// example suites, the benchmark, screenshots), and the flags it is started with. Plain ESM with
// Node built-ins only, so web-test-runner.config.js and the scripts can all import it.
// Browser downloads by Puppeteer/Playwright are not used; scripts/ensure-browsers.mjs installs the
// Debian package when no Chromium is found (scripts/browsers.mjs adds Firefox and WebKit).
import { existsSync } from 'node:fs';

/** Where a system Chromium or Chrome usually is, in the order they are tried. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * CHROME_PATH when it is set (as is: a wrong CHROME_PATH should fail, not be passed over),
 * otherwise the first of SYSTEM_CHROMIUM_PATHS that exists; undefined when there is none.
 */
export function chromiumPath() {
  return process.env.CHROME_PATH || SYSTEM_CHROMIUM_PATHS.find((p) => existsSync(p));
}

/** Command-line flags for headless Chromium (bench/browser.mjs adds --js-flags=--expose-gc). */
export const CHROMIUM_ARGS = [
  // Required when running as root (CI runs as root).
  '--no-sandbox',
  // The test machines have no GPU: render in software instead of probing for one.
  '--disable-gpu',
  // The machine has no network but the package registries: keep Chromium from calling out.
  '--disable-background-networking', // no field trials, safe-browsing or other background fetches
  '--disable-component-update', // no component (e.g. Widevine, CRLSet) downloads
  '--disable-sync', // no Google account sync
  '--no-first-run', // no first-run tasks or welcome page
  '--disable-quic', // no QUIC (UDP) connection attempts
];
