#!/usr/bin/env node
// Makes sure the three engines of the browser and e2e tests are on this machine: Chromium,
// Firefox (ESR) and WebKitGTK (WebKitWebDriver with its MiniBrowser, run on Xvfb).
//  1. CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH (and WEBKIT_BROWSER_PATH for MiniBrowser),
//     when set, must name existing files: they are used as they are.
//  2. Otherwise each is looked for where the system packages put it (scripts/browsers.mjs).
//  3. What is still missing is installed, as root on Debian/Ubuntu (apt-get present), with
//     `apt-get install -y` of its package (chromium, firefox-esr, webkit2gtk-driver, xvfb);
//     `apt-get update` runs first, and only then.
//  4. Otherwise: exit 1 and say what to install or which variable to set.
// `--browsers firefox,webkit` (or BROWSERS=…) checks only those engines. Browser downloads by
// Puppeteer/Playwright/npm install scripts are not used: they do not work on every machine this
// project runs on, and the Debian packages do.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { DEBIAN_PACKAGES, ENGINE_LABELS, SYSTEM_CHROMIUM_PATHS, engineBinaries, selectEngines, versionOf } from './browsers.mjs';

const say = (line) => console.log(`ensure-browsers: ${line}`);
function fail(message) {
  console.error(`ensure-browsers: ${message}`);
  process.exit(1);
}

let engines;
try {
  ({ engines } = selectEngines(process.argv.slice(2)));
} catch (e) {
  fail(e.message);
}

/** An environment variable that is set must point at a file; a wrong one is an error, not passed over. */
const OVERRIDES = {
  chromium: { chromium: 'CHROME_PATH' },
  firefox: { firefox: 'FIREFOX_PATH' },
  webkit: { WebKitWebDriver: 'WEBKIT_DRIVER_PATH', MiniBrowser: 'WEBKIT_BROWSER_PATH' },
};
for (const engine of engines) {
  for (const variable of Object.values(OVERRIDES[engine])) {
    const value = process.env[variable];
    if (value && !existsSync(value)) fail(`${variable} is set to "${value}", but no file exists there.`);
  }
}

/** Per engine: the binaries that are missing, and the Debian packages that bring them. */
function missing() {
  const out = [];
  for (const engine of engines) {
    for (const [name, path] of Object.entries(engineBinaries(engine))) {
      if (path && existsSync(path)) continue;
      const pkg = name === 'Xvfb' ? DEBIAN_PACKAGES.xvfb : DEBIAN_PACKAGES[engine];
      out.push({ engine, name, pkg, variable: OVERRIDES[engine][name] });
    }
  }
  return out;
}

function report() {
  for (const engine of engines) {
    const parts = Object.entries(engineBinaries(engine)).map(([name, path]) =>
      engine === 'webkit' ? `${name} ${path}` : `${path} (${versionOf(path)})`,
    );
    say(`${ENGINE_LABELS[engine]}: ${parts.join(', ')}`);
  }
}

let absent = missing();
if (!absent.length) {
  report();
  process.exit(0);
}

const packages = [...new Set(absent.map((m) => m.pkg))];
const what = absent.map((m) => `${ENGINE_LABELS[m.engine]}: ${m.name}`).join('; ');
const present = engines.filter((e) => !absent.some((m) => m.engine === e));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  const variables = [...new Set(absent.map((m) => m.variable).filter(Boolean))];
  fail(
    `not found: ${what}. It cannot be installed automatically here (${!hasApt ? 'no apt-get' : 'not running as root'}).\n` +
      `  On Debian/Ubuntu: sudo apt-get install -y ${packages.join(' ')}\n` +
      `  Or point ${variables.join(', ')} at the executable${variables.length > 1 ? 's' : ''}` +
      `${absent.some((m) => m.engine === 'chromium') ? ` (Chromium is looked for in ${SYSTEM_CHROMIUM_PATHS.join(', ')})` : ''}.` +
      (present.length ? `\n  Or test in the engines that are here: BROWSERS=${present.join(',')} npm test` : ''),
  );
}

say(`not found: ${what}; installing ${packages.join(' ')} with apt-get …`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', ...packages]]) {
  const r = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (r.status !== 0) fail(`\`apt-get ${args.join(' ')}\` failed (exit ${r.status ?? r.signal}).`);
}

absent = missing();
if (absent.length)
  fail(`apt-get install ${packages.join(' ')} finished, but these are still missing: ${absent.map((m) => m.name).join(', ')}.`);
report();
