// The three browser engines the tests run in, where their system binaries are, which of them a
// run asks for, and the WebKit driver (WebKitWebDriver under its own Xvfb). Plain ESM with Node
// built-ins only, so web-test-runner.config.js, the e2e suite and the scripts can all import it.
// Every binary comes from the system (Debian: chromium, firefox-esr, webkit2gtk-driver, xvfb);
// scripts/ensure-browsers.mjs installs them. Nothing is downloaded by a package's install script.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { chromiumPath } from './chromium.mjs';

export { CHROMIUM_ARGS, SYSTEM_CHROMIUM_PATHS, chromiumPath } from './chromium.mjs';

/** The engines, in the order a run goes through them. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** How each engine is named in test output. */
export const ENGINE_LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** The Debian package that brings each engine (and Xvfb, which WebKit needs). */
export const DEBIAN_PACKAGES = { chromium: 'chromium', firefox: 'firefox-esr', webkit: 'webkit2gtk-driver', xvfb: 'xvfb' };

/** An executable of that name on PATH, or undefined. */
export function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** FIREFOX_PATH when set (as is), else a system Firefox (ESR first). */
export function firefoxPath() {
  return process.env.FIREFOX_PATH || ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
}

/** WEBKIT_DRIVER_PATH when set (as is), else WebKitWebDriver on PATH. */
export function webkitDriverPath() {
  return process.env.WEBKIT_DRIVER_PATH || onPath('WebKitWebDriver');
}

/**
 * The MiniBrowser that WebKitWebDriver starts (it ships with libwebkit2gtk-4.1, in the multiarch
 * library folder, e.g. /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser); WEBKIT_BROWSER_PATH
 * overrides it.
 */
export function miniBrowserPath() {
  if (process.env.WEBKIT_BROWSER_PATH) return process.env.WEBKIT_BROWSER_PATH;
  const candidates = ['/usr/libexec/webkit2gtk-4.1/MiniBrowser', '/usr/lib/webkit2gtk-4.1/MiniBrowser'];
  try {
    for (const d of readdirSync('/usr/lib')) candidates.push(join('/usr/lib', d, 'webkit2gtk-4.1/MiniBrowser'));
  } catch {
    // no /usr/lib: nothing to find there
  }
  return candidates.find((p) => existsSync(p));
}

export function xvfbPath() {
  return onPath('Xvfb');
}

/** The binaries an engine needs, by name, each with its path (undefined when not found). */
export function engineBinaries(engine) {
  if (engine === 'chromium') return { chromium: chromiumPath() };
  if (engine === 'firefox') return { firefox: firefoxPath() };
  return { WebKitWebDriver: webkitDriverPath(), MiniBrowser: miniBrowserPath(), Xvfb: xvfbPath() };
}

/**
 * The engines a run asks for: `--browsers firefox` / `--browsers=firefox,webkit` /
 * `--browsers chromium webkit` in `argv`, else the BROWSERS environment variable (comma- or
 * space-separated), else all three. Returns { engines, rest } (rest: argv without that option);
 * throws on a name that is not an engine.
 */
export function selectEngines(argv = [], env = process.env) {
  const rest = [];
  let names;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--browsers' || a === '--browser') {
      names = [];
      while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) names.push(argv[++i]);
    } else if (a.startsWith('--browsers=') || a.startsWith('--browser=')) {
      names = [a.slice(a.indexOf('=') + 1)];
    } else rest.push(a);
  }
  names = (names ?? [env.BROWSERS ?? '']).flatMap((n) => n.split(/[\s,]+/)).filter(Boolean);
  if (!names.length) return { engines: [...ENGINES], rest };
  const unknown = names.filter((n) => !ENGINES.includes(n));
  if (unknown.length) throw new Error(`unknown browser ${unknown.map((n) => `"${n}"`).join(', ')}: choose from ${ENGINES.join(', ')}`);
  return { engines: ENGINES.filter((e) => names.includes(e)), rest };
}

function freePort() {
  return new Promise((ok, no) => {
    const s = createServer();
    s.on('error', no);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/**
 * Starts Xvfb on a free display (-displayfd: the server picks it, so parallel runs do not race
 * for one) and WebKitWebDriver on a free port with that display. Resolves to
 * { port, capabilities, stop() }; stop() ends both processes (also on exit of this process).
 */
export async function startWebKitDriver() {
  const driverPath = webkitDriverPath();
  const binary = miniBrowserPath();
  const xvfb = xvfbPath();
  const missing = Object.entries({ WebKitWebDriver: driverPath, MiniBrowser: binary, Xvfb: xvfb }).filter(([, p]) => !p || !existsSync(p));
  if (missing.length) {
    throw new Error(
      `WebKit: ${missing.map(([n]) => n).join(', ')} not found. Run \`node scripts/ensure-browsers.mjs\` (apt-get install -y webkit2gtk-driver xvfb).`,
    );
  }
  const children = [];
  const stop = () => {
    for (const c of children.reverse()) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
    children.length = 0;
    process.off('exit', stop);
  };
  process.on('exit', stop);
  try {
    const x = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(x);
    let xerr = '';
    x.stderr.on('data', (d) => (xerr = (xerr + d).slice(-4000)));
    const display = await new Promise((ok, no) => {
      let out = '';
      x.stdio[3].on('data', (d) => {
        out += d;
        if (out.includes('\n')) ok(out.trim());
      });
      x.on('exit', (code) => no(new Error(`Xvfb exited (${code}) before it reported a display: ${xerr.trim().split('\n').pop()}`)));
      setTimeout(() => no(new Error('Xvfb did not report a display within 20 s')), 20_000).unref();
    });
    const port = await freePort();
    const d = spawn(driverPath, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: `:${display}` },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(d);
    let derr = '';
    d.stderr.on('data', (s) => (derr = (derr + s).slice(-4000)));
    const deadline = Date.now() + 20_000;
    for (;;) {
      if (d.exitCode !== null) throw new Error(`WebKitWebDriver exited (${d.exitCode}): ${derr.trim()}`);
      try {
        const r = await fetch(`http://127.0.0.1:${port}/status`);
        if (r.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s: ${derr.trim()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const capabilities = {
      // No browserName: WebKitWebDriver names its own browser (MiniBrowser) and rejects others.
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
    };
    return { port, capabilities, stop };
  } catch (e) {
    stop();
    throw e;
  }
}

/** The engine's version line, for the log ("Mozilla Firefox 153.8.0esr"). */
export function versionOf(path) {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? r.stdout.trim().split('\n')[0] : 'version unknown';
}
