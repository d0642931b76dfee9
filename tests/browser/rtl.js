// Arabic mirrors the whole layout: screenshots of home, results and the
// service card (and the referral sheet, once screens.js lists a screen named
// 'referral-sheet') in <artifact-dir>/ar-<screen>.png, with assertions that
// the layout is mirrored, inputs type right to left, the back arrow points
// right, and phone numbers, addresses and Italian text stay left to right;
// the bundled Arabic face is fetched and loaded.
//   node rtl.js <url> <artifact-dir>
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { SCREENS, openIn, launchChromium } = require('./screens');

const [url, artifacts] = process.argv.slice(2);
if (!url || !artifacts) {
  console.error('usage: node rtl.js <url> <artifact-dir>');
  process.exit(2);
}
fs.mkdirSync(artifacts, { recursive: true });

function assert(cond, msg) {
  if (!cond) throw new Error(`assertion failed: ${msg}`);
}
const screen = (name) => SCREENS.find((s) => s.name === name);
const rect = (page, sel) => page.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, width: r.width }; });
const direction = (page, sel) => page.$eval(sel, (e) => getComputedStyle(e).direction);

/// Checks common to every Arabic screen: the page is rtl, the brand sits at
/// the right edge and the language switcher at the left, Italian text inside
/// is marked lang="it" and runs left to right.
async function mirrored(page, where) {
  assert(await page.evaluate(() => document.documentElement.dir) === 'rtl', `${where}: <html dir=rtl>`);
  assert(await direction(page, '#screen') === 'rtl', `${where}: the screen is rtl`);
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  const brand = await rect(page, '#home');
  const lang = await rect(page, '#lang-switch');
  assert(brand.left > width / 2, `${where}: the brand sits on the right (left edge ${brand.left} of ${width})`);
  assert(lang.right < width / 2, `${where}: the language switcher sits on the left (${lang.right})`);
  const italian = await page.$$eval('#screen [lang="it"]', (els) => els.map((e) => getComputedStyle(e).direction));
  assert(italian.every((d) => d === 'ltr'), `${where}: Italian text runs left to right: ${italian}`);
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(artifacts, `ar-${name}.png`), fullPage: true });
}

const checks = {
  async home(page) {
    await screen('home').go(page);
    await mirrored(page, 'home');
    assert(await direction(page, '#search-input') === 'rtl', 'home: the search box types right to left');
    // Area tiles: the colour bar is on the inline start, the right in Arabic.
    const tile = await page.$eval('.area-tile', (e) => { const s = getComputedStyle(e); return { right: s.borderRightWidth, left: s.borderLeftWidth }; });
    assert(parseFloat(tile.right) > parseFloat(tile.left), `home: the tile's bar is on the right: ${JSON.stringify(tile)}`);
    // The bundled fonts are files the page fetches from the app: the Arabic
    // face is loaded and drawing, and no face failed to load.
    const faces = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.status}`);
    });
    assert(faces.some((f) => /Integra Arabic.* 400 loaded$/.test(f)), `home: the Arabic face is loaded: ${faces}`);
    assert(!faces.some((f) => f.endsWith(' error')), `home: a bundled face failed to load: ${faces}`);
    assert(await page.evaluate(() => document.fonts.check('16px "Integra Arabic"', 'بحث')), 'home: Arabic text draws with the bundled face');
    await shot(page, 'home');
  },

  async results(page) {
    await screen('results').go(page);
    await mirrored(page, 'results');
    assert(await direction(page, '#results-input') === 'rtl', 'results: the search box types right to left');
    // The back button is the first item on the right, its arrow points right.
    const back = await rect(page, '#back');
    const brand = await rect(page, '#home');
    assert(back.left > brand.left, `results: back (${back.left}) is right of the brand (${brand.left})`);
    const arrow = await page.$eval('#back .flip', (e) => getComputedStyle(e).transform);
    assert(/^matrix\(-1, /.test(arrow), `results: the back arrow is mirrored (${arrow})`);
    // A hit's title starts at the right edge of its card.
    const hit = await rect(page, '#results .hit');
    const title = await rect(page, '#results .hit .hit-title');
    assert(hit.right - title.right < 30, `results: the title starts on the right (${title.right} of ${hit.right})`);
    // Comune names are isolated Italian.
    const comune = await page.$$eval('#results .comune', (els) => els.map((e) => [e.tagName, e.lang, getComputedStyle(e).direction].join()));
    assert(comune.length > 0 && comune.every((c) => c === 'BDI,it,ltr'), `results: comune names isolated: ${comune.slice(0, 3)}`);
    await shot(page, 'results');
  },

  async 'service-card'(page) {
    await screen('service-card').go(page);
    await mirrored(page, 'service-card');
    const phones = await page.$$eval('#service-card .phone bdi', (els) => els.map((e) => getComputedStyle(e).direction));
    assert(phones.length > 0 && phones.every((d) => d === 'ltr'), `service-card: phone numbers run left to right: ${phones}`);
    const addresses = await page.$$eval('#service-card .address bdi', (els) => els.map((e) => getComputedStyle(e).direction));
    assert(addresses.every((d) => d === 'ltr'), `service-card: addresses run left to right: ${addresses}`);
    // Italian standing in for Arabic is marked as such.
    const fallbacks = await page.$$eval('#service-card .fallback-note + .local-text', (els) => els.map((e) => `${e.lang}/${e.dir}`));
    assert(fallbacks.every((f) => f === 'it/ltr'), `service-card: Italian fallback is lang=it dir=ltr: ${fallbacks}`);
    assert(await direction(page, '#service-card h1') === 'rtl' || (await page.$eval('#service-card h1', (e) => e.lang)) !== 'ar',
      'service-card: an Arabic name runs right to left');
    await shot(page, 'service-card');
  },

  // The referral sheet (mediator mode): checked once tests/browser/screens.js
  // lists a screen named 'referral-sheet'.
  async 'referral-sheet'(page) {
    const sheet = screen('referral-sheet');
    if (!sheet) {
      console.log('skip referral-sheet: no such screen in tests/browser/screens.js');
      return;
    }
    await sheet.go(page);
    await page.waitForSelector(sheet.ready);
    await mirrored(page, 'referral-sheet');
    await shot(page, 'referral-sheet');
  },
};

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'integra-rtl-'));
  const ctx = await launchChromium(profile);
  const page = await openIn(ctx, url, 'ar');
  let failed = false;
  for (const [name, run] of Object.entries(checks)) {
    try {
      await run(page);
      console.log(`ok ${name}`);
    } catch (e) {
      failed = true;
      console.log(`FAILED ${name}: ${e.message}`);
      await page.screenshot({ path: path.join(artifacts, `ar-${name}-failed.png`), fullPage: true }).catch(() => {});
    }
  }
  await ctx.close();
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error('FAILED', e); process.exit(1); });
