#!/usr/bin/env node
// Screenshots of a page in headless Chromium (system browser via playwright-core).
//   node scripts/screenshot.mjs URL OUT.png [--width 1280] [--zoom 2] [--full] [--selector CSS]
// Prints console errors and warnings of the page, so a broken page does not go unnoticed.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const [url, out] = args;
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [--width 1280] [--zoom 2] [--full] [--selector CSS]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const zoom = Number(opt('zoom', '1'));
const page = await browser.newPage({ viewport: { width: Number(opt('width', '1280')), height: 900 }, deviceScaleFactor: zoom });
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.log(`[${m.type()}] ${m.text()}`);
});
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(Number(opt('wait', '800')));
const selector = opt('selector', null);
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: args.includes('--full') });
console.log(`wrote ${out}`);
await browser.close();
