#!/usr/bin/env node
// `npm run test:examples`: the package as a user gets it, in the framework examples.
//
//   1. `npm run build`, then `npm pack` into a temporary folder;
//   2. for demo/react (React 19) and demo/vue (Vue 3): `npm install --no-save <tarball>`, then the
//      app's own `npm run build` (Vite; the React app also type-checks against the package's .d.ts);
//   3. each built app is served by a small node:http server on 127.0.0.1 and opened in system
//      Chromium (playwright-core; CHROME_PATH or a system path, scripts/chromium.mjs): the widget must show
//      437 300 kr, and the framework must show the same figure from the `pay-ladder-change` event,
//      both at first and after a framework prop change and after typing in the widget;
//   4. the installed package's `pay-ladder/model` and `pay-ladder/data/*` entries, in Node.
//
// Needs the npm registry (the apps' dependencies). Prints timings, and `N passed, M failed` last.
// EXAMPLES_SKIP_BUILD=1 packs what lib/ and dist/ hold now (no build).
import { execFile } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const EXPECTED_START = '437 300 kr';
const TIMEOUT = 15_000;
const results = [];

function log(message) {
  console.log(message);
}

async function sh(cmd, args, cwd, what) {
  const t = performance.now();
  try {
    const { stdout } = await run(cmd, args, {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    log(`  ${what}: ${seconds(t)}`);
    return stdout;
  } catch (e) {
    throw new Error(`${what} failed (${cmd} ${args.join(' ')} in ${cwd}):\n${e.stderr || e.stdout || e.message}`, { cause: e });
  }
}

async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    log(`  ✓ ${name}`);
  } catch (e) {
    results.push({ name, ok: false });
    log(
      `  ✗ ${name}\n      ${String(e.message ?? e)
        .split('\n')
        .join('\n      ')}`,
    );
  }
}

function finish() {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  log(`test:examples took ${seconds(started)}`);
  log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

/** Whitespace as the browser prints it (nb-NO groups with a no-break space) → plain spaces. */
const plain = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

// ---- static server -----------------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) && file !== dir) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

// ---- the run -----------------------------------------------------------------------------------

const apps = [
  { name: 'react', dir: join(root, 'demo/react'), label: 'React 19' },
  { name: 'vue', dir: join(root, 'demo/vue'), label: 'Vue 3' },
];
const work = mkdtempSync(join(tmpdir(), 'pay-ladder-examples-'));
let browser;
const servers = [];

try {
  log('Packing pay-ladder');
  const skipBuild = process.env.EXAMPLES_SKIP_BUILD === '1';
  // The build runs here rather than as npm pack's prepack, whose output would mix with pack's JSON.
  if (!skipBuild) await sh('npm', ['run', 'build', '--silent'], root, 'npm run build');
  const packed = JSON.parse(await sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root, 'npm pack'));
  const tarball = join(work, packed[0].filename);
  const files = packed[0].files.map((f) => f.path);

  await check('the tarball holds lib/, dist/, data/schema/ and custom-elements.json, and no src/ or tests', () => {
    for (const f of [
      'lib/index.js',
      'lib/index.d.ts',
      'lib/define.js',
      'lib/model/index.js',
      'dist/define.js',
      'dist/pay-ladder-data.json',
      'data/schema/dataset.schema.json',
      'custom-elements.json',
    ]) {
      if (!files.includes(f)) throw new Error(`${f} is missing from ${packed[0].filename}`);
    }
    const stray = files.filter((f) => /^(src|test|bench|demo|node_modules)\//.test(f));
    if (stray.length) throw new Error(`files that should not ship: ${stray.slice(0, 5).join(', ')}`);
  });

  log('Installing and building the examples');
  await Promise.all(
    apps.map(async (app) => {
      rmSync(join(app.dir, 'dist'), { recursive: true, force: true });
      // --no-save: the example's package.json keeps its own "pay-ladder" entry.
      await sh(
        'npm',
        ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', tarball],
        app.dir,
        `${app.name}: npm install <tarball>`,
      );
    }),
  );
  for (const app of apps) {
    app.installed = join(app.dir, 'node_modules/pay-ladder');
    app.built = await check(`${app.label}: pay-ladder is installed from the tarball and the app builds`, async () => {
      if (!existsSync(app.installed) || lstatSync(app.installed).isSymbolicLink()) {
        throw new Error(`${app.installed} is not a copy from the tarball (missing, or a link to the repository)`);
      }
      await sh('npm', ['run', 'build', '--silent'], app.dir, `${app.name}: npm run build`);
      if (!existsSync(join(app.dir, 'dist/index.html'))) throw new Error('the build wrote no dist/index.html');
    }).then(() => results.at(-1).ok);
  }

  await check('the installed package works in Node: pay-ladder/model and pay-ladder/data/*', async () => {
    const script = [
      "const m = await import('pay-ladder/model');",
      'const r = m.computeLadder({});',
      "const schema = (await import('pay-ladder/data/schema/dataset.schema.json', { with: { type: 'json' } })).default;",
      'console.log(JSON.stringify({ gross: r.current.grossAnnual, schema: schema.title, ok: m.validateDataset(m.defaultDataset).ok }));',
    ].join('\n');
    const out = JSON.parse(
      await sh(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], apps[0].dir, 'node: import pay-ladder/model'),
    );
    if (out.gross !== 437300) throw new Error(`computeLadder({}).current.grossAnnual is ${out.gross}, expected 437300`);
    if (!out.ok) throw new Error('the packaged default dataset does not validate');
    if (!/dataset/.test(out.schema)) throw new Error(`pay-ladder/data/schema/dataset.schema.json has title ${out.schema}`);
  });

  log('Opening the built apps in Chromium');
  const executablePath = chromiumPath();
  if (!executablePath || !existsSync(executablePath))
    throw new Error(
      `No Chromium found${executablePath ? ` at CHROME_PATH ${executablePath}` : ''}: set CHROME_PATH, or install it (apt-get install chromium).`,
    );
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });

  for (const app of apps) {
    if (!app.built) {
      results.push({ name: `${app.label}: in Chromium (not run: the app did not build)`, ok: false });
      log(`  ✗ ${app.label}: in Chromium (not run: the app did not build)`);
      continue;
    }
    const { server, url } = await serve(resolve(app.dir, 'dist'));
    servers.push(server);
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });

    const widgetFigure = page.locator('pay-ladder [part="summary"] .figure');
    const appFigure = page.locator('#annual');
    const figures = async () => ({ widget: plain(await widgetFigure.textContent()), app: plain(await appFigure.textContent()) });
    /** Waits until the widget and the app agree on a figure that `accept` takes; says what it saw. */
    async function agree(what, accept) {
      const until = Date.now() + TIMEOUT;
      let seen;
      while (Date.now() < until) {
        seen = await figures().catch(() => ({}));
        if (seen.widget && seen.widget === seen.app && accept(seen.widget)) {
          log(`      widget and ${app.label} both show ${seen.widget} (${what})`);
          return seen.widget;
        }
        await page.waitForTimeout(100);
      }
      throw new Error(
        `${what}: after ${TIMEOUT / 1000} s the widget shows "${seen?.widget ?? '(nothing)'}" and ${app.label} shows "${seen?.app ?? '(nothing)'}"${problems.length ? `\n${problems.join('\n')}` : ''}`,
      );
    }

    const t = performance.now();
    await check(`${app.label}: the widget renders ${EXPECTED_START} and the app shows it from pay-ladder-change`, async () => {
      await page.goto(url);
      await agree('at start', (s) => s === EXPECTED_START);
    });
    let afterProp;
    await check(
      `${app.label}: a framework prop change (scenario.yearsExperience = 10) reaches the widget and comes back in the event`,
      async () => {
        await page.locator('main > label input[type="number"]').fill('10');
        afterProp = await agree('after setting 10 years in the app', (s) => s !== EXPECTED_START);
        const years = await page.locator('pay-ladder').evaluate((el) => el.scenario.yearsExperience);
        if (years !== 10) throw new Error(`the widget's scenario has yearsExperience ${years}, expected 10`);
      },
    );
    await check(`${app.label}: typing in the widget (years = 16) updates the app's figure through the event`, async () => {
      await page.locator('pay-ladder').getByLabel('År med erfaring', { exact: true }).fill('16');
      await agree('after typing 16 years in the widget', (s) => s !== EXPECTED_START && s !== afterProp);
    });
    await check(`${app.label}: no page errors, console errors or failed requests`, () => {
      if (problems.length) throw new Error(problems.join('\n'));
    });
    log(`  ${app.name}: browser checks ${seconds(t)}`);
    await page.close();
  }
} catch (e) {
  results.push({ name: 'the run itself', ok: false });
  log(`✗ ${e.message ?? e}`);
} finally {
  await browser?.close().catch(() => {});
  for (const s of servers) s.close();
  rmSync(work, { recursive: true, force: true });
  finish();
}
