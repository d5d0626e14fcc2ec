#!/usr/bin/env node
// `npm run test:browser [-- --browsers firefox[,webkit]] [-- other web-test-runner options]`:
// Web Test Runner with web-test-runner.config.js, in the engines asked for (default: Chromium,
// Firefox and WebKit). `--browsers` is taken out here and handed to the config as BROWSERS,
// because web-test-runner's own `--browsers` only works with its --puppeteer/--playwright modes.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { selectEngines } from './browsers.mjs';

let selected;
try {
  selected = selectEngines(process.argv.slice(2));
} catch (e) {
  console.error(`test:browser: ${e.message}`);
  process.exit(2);
}
const { engines, rest } = selected;
// The CLI of @web/test-runner, next to its main module (its package.json is not exported).
const bin = join(dirname(createRequire(import.meta.url).resolve('@web/test-runner')), 'bin.js');
const child = spawn(process.execPath, [bin, '--config', 'web-test-runner.config.js', ...rest], {
  stdio: 'inherit',
  env: { ...process.env, BROWSERS: engines.join(',') },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
