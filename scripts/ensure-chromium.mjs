#!/usr/bin/env node
// Makes sure a Chromium for the browser tests is on this machine.
//  1. CHROME_PATH, when set, must name an existing file: it is used as is.
//  2. Otherwise a system Chromium/Chrome in a usual place is used.
//  3. Otherwise, as root on Debian/Ubuntu (apt-get present), `apt-get install chromium`.
//  4. Otherwise: exit 1 and say how to point CHROME_PATH at a browser.
// Browser downloads by Puppeteer/Playwright are not used: they do not work on every machine this
// project runs on, and the Debian package does.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { SYSTEM_CHROMIUM_PATHS as systemPaths } from './chromium.mjs';

function version(path) {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? r.stdout.trim() : 'version unknown';
}

function found(path, how) {
  console.log(`ensure-chromium: using ${path} (${version(path)}), ${how}`);
  process.exit(0);
}

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  console.error(
    'ensure-chromium: install Chromium or Chrome and set CHROME_PATH to its executable, e.g.\n' +
      '  CHROME_PATH=/path/to/chromium npm test',
  );
  process.exit(1);
}

const chromePath = process.env.CHROME_PATH;
if (chromePath) {
  if (existsSync(chromePath)) found(chromePath, 'from CHROME_PATH');
  fail(`CHROME_PATH is set to "${chromePath}", but no file exists there.`);
}

const system = systemPaths.find((p) => existsSync(p));
if (system) found(system, 'found on the system');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  fail(
    `no Chromium found (looked in ${systemPaths.join(', ')}), and it cannot be installed ` +
      `automatically here (${!hasApt ? 'no apt-get' : 'not running as root'}).`,
  );
}

console.log('ensure-chromium: no Chromium found; installing the Debian package with apt-get …');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', 'chromium']]) {
  const r = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (r.status !== 0) fail(`\`apt-get ${args.join(' ')}\` failed (exit ${r.status ?? r.signal}).`);
}

const installed = systemPaths.find((p) => existsSync(p));
if (installed) found(installed, 'installed with apt-get');
fail('apt-get install chromium finished, but no Chromium executable was found afterwards.');
