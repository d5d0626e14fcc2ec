// The engine choice (`--browsers`, BROWSERS) of scripts/browsers.mjs and the checks of
// scripts/ensure-browsers.mjs, run as child processes. Nothing is installed: the cases that
// reach the install step run without apt-get on the PATH, so the script must stop and say what
// to install.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const env = (extra: Record<string, string | undefined>) => {
  const e: Record<string, string | undefined> = { ...process.env, BROWSERS: undefined, ...extra };
  for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
  return e as NodeJS.ProcessEnv;
};

function select(args: string[], extra: Record<string, string | undefined> = {}) {
  const code = `import { selectEngines } from './scripts/browsers.mjs';
    try { console.log(JSON.stringify(selectEngines(process.argv.slice(1)))); } catch (e) { console.log(JSON.stringify({ error: e.message })); }`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code, '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: env(extra),
  });
  return JSON.parse(r.stdout);
}

function ensure(args: string[], extra: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/ensure-browsers.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: env(extra),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('selectEngines', () => {
  it('all three by default, in the order chromium, firefox, webkit', () => {
    expect(select([])).toEqual({ engines: ['chromium', 'firefox', 'webkit'], rest: [] });
  });
  it('--browsers in its forms, keeping the other arguments', () => {
    expect(select(['--browsers', 'webkit', 'firefox', '--files', 'x.test.ts'])).toEqual({
      engines: ['firefox', 'webkit'],
      rest: ['--files', 'x.test.ts'],
    });
    expect(select(['--browsers=firefox,chromium'])).toEqual({ engines: ['chromium', 'firefox'], rest: [] });
    expect(select(['--browser', 'webkit'])).toEqual({ engines: ['webkit'], rest: [] });
  });
  it('BROWSERS when there is no --browsers; --browsers wins', () => {
    expect(select([], { BROWSERS: 'firefox, webkit' }).engines).toEqual(['firefox', 'webkit']);
    expect(select(['--browsers', 'chromium'], { BROWSERS: 'webkit' }).engines).toEqual(['chromium']);
  });
  it('an unknown name is an error that lists the engines', () => {
    expect(select(['--browsers', 'safari']).error).toBe('unknown browser "safari": choose from chromium, firefox, webkit');
  });
});

describe('ensure-browsers', () => {
  const bin = mkdtempSync(join(tmpdir(), 'pay-ladder-path-'));
  symlinkSync(process.execPath, join(bin, 'node'));
  afterAll(() => rmSync(bin, { recursive: true, force: true }));

  it('a path variable that names no file stops it, naming the variable', () => {
    const r = ensure(['--browsers', 'firefox'], { FIREFOX_PATH: '/no/such/firefox' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('FIREFOX_PATH is set to "/no/such/firefox", but no file exists there.');
    const w = ensure(['--browsers', 'webkit'], { WEBKIT_DRIVER_PATH: '/no/such/driver' });
    expect(w.code).toBe(1);
    expect(w.err).toContain('WEBKIT_DRIVER_PATH is set to "/no/such/driver"');
  });

  it('an unknown engine stops it', () => {
    const r = ensure(['--browsers', 'edge']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown browser "edge"');
  });

  it('without WebKitWebDriver and Xvfb on the PATH and without apt-get, it says what to install and what to set', () => {
    const r = ensure(['--browsers', 'webkit'], { PATH: bin, WEBKIT_DRIVER_PATH: undefined });
    expect(r.code).toBe(1);
    expect(r.err).toContain('WebKit: WebKitWebDriver');
    expect(r.err).toContain('WebKit: Xvfb');
    expect(r.err).toContain('(no apt-get)');
    expect(r.err).toContain('apt-get install -y webkit2gtk-driver xvfb');
    expect(r.err).toContain('WEBKIT_DRIVER_PATH');
  });
});
