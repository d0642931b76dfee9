// What the browser journeys share: `runJourneys` runs named journeys one
// after the other, each on a fresh page of one Chromium profile (a
// screenshot per journey, and the page's screenshot and HTML at a failure;
// exits non-zero if any failed), and the helpers every script needs.
'use strict';
const { launchChromium } = require('./screens');
const fs = require('fs');
const os = require('os');
const path = require('path');

const STEP_MS = 20000;

function assert(cond, msg) {
  if (!cond) throw new Error(`assertion failed: ${msg}`);
}

// A fresh page of the app at `url`: every step bounded, page errors logged.
function pageOpener(url) {
  return async (ctx) => {
    const page = await ctx.newPage();
    page.setDefaultTimeout(STEP_MS);
    page.on('pageerror', (e) => console.log('page error:', e.message));
    await page.goto(url);
    await page.waitForSelector('#app');
    return page;
  };
}

// Picks a comune on the place screen and waits until the chip shows it.
async function choosePlace(page, name, istat) {
  await page.click('#place-chip');
  await page.fill('#place-input', name);
  await page.click(`.place-option[data-istat="${istat}"]`);
  await page.waitForFunction((n) => document.querySelector('#place-name')?.textContent.includes(n), name);
}

// Picks the app's language (on the picker at first start, else with the
// switcher) and returns to home.
async function language(page, code) {
  if (await page.$('#language-picker')) {
    await page.click(`[data-lang="${code}"]`);
  } else {
    await page.click('#home');
    await page.selectOption('#lang-switch', code);
  }
  await page.waitForFunction((c) => document.documentElement.lang === c, code);
  await page.click('#home');
  await page.waitForSelector('#search-input');
}

// Unfolds the results screen's filters (folded so the first result shows
// on a phone) when they are not open yet.
async function openFilters(page) {
  if (await page.$eval('#filters-toggle', (b) => b.getAttribute('aria-expanded')) !== 'true') {
    await page.click('#filters-toggle');
  }
  await page.waitForSelector('#filters');
}

function runJourneys(journeys, { open, artifacts, only }) {
  (async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'integra-chromium-'));
    const ctx = await launchChromium(profile);
    let failed = false;
    for (const [name, run] of Object.entries(journeys)) {
      if (only.length && !only.includes(name)) continue;
      const page = await open(ctx);
      const t0 = Date.now();
      try {
        await run(page);
        await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
        console.log(`ok ${name} (${Date.now() - t0} ms)`);
      } catch (e) {
        failed = true;
        console.log(`FAILED ${name}: ${e.message}`);
        await page.screenshot({ path: path.join(artifacts, `${name}-failed.png`), fullPage: true }).catch(() => {});
        fs.writeFileSync(path.join(artifacts, `${name}-failed.html`), await page.content().catch(() => ''));
      }
      await page.close();
    }
    await ctx.close();
    process.exit(failed ? 1 : 0);
  })().catch((e) => { console.error('FAILED', e); process.exit(1); });
}

module.exports = { STEP_MS, assert, choosePlace, language, openFilters, pageOpener, runJourneys };
