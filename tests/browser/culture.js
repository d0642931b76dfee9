// The Culture and Second Generations journeys of issue 6, in Debian's
// Chromium against `integra --serve`.
//   node culture.js <url> <artifact-dir> [journey ...]
// Exits non-zero on the first failed assertion; writes a screenshot per
// journey (and the page at a failure) into <artifact-dir>.
'use strict';
const { runJourneys } = require('./runner');
const fs = require('fs');
const path = require('path');

const [url, artifacts, ...only] = process.argv.slice(2);
if (!url || !artifacts) {
  console.error('usage: node culture.js <url> <artifact-dir> [journey ...]');
  process.exit(2);
}
fs.mkdirSync(artifacts, { recursive: true });
const STEP_MS = 20000;

function assert(cond, msg) {
  if (!cond) throw new Error(`assertion failed: ${msg}`);
}

async function open(ctx) {
  const page = await ctx.newPage();
  page.setDefaultTimeout(STEP_MS);
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(url);
  await page.waitForSelector('#app');
  if (await page.$('#language-picker')) {
    await page.click('[data-lang="en"]');
  }
  await page.click('#home');
  await page.waitForSelector('#go-culture');
  return page;
}

const journeys = {
  // Culture -> Music -> pins on the map -> a pin's card -> the full card.
  async culture_music_map(page) {
    await page.click('#go-culture');
    await page.waitForSelector('.culture-tile');
    const tiles = await page.$$eval('.culture-tile', (els) => els.map((e) => e.dataset.section));
    assert(tiles.length === 5, `five section tiles, got ${tiles}`);
    await page.click('#culture-section-music');
    await page.waitForSelector('#culture-list .hit');
    assert(await page.$eval('#culture', (e) => e.dataset.section) === 'music', 'music section shown');
    await page.click('#culture-show-map');
    await page.waitForSelector('#map .pins circle.pin');
    const pins = await page.$$eval('#map .pins circle.pin', (els) => els.length);
    assert(pins >= 10, `pins on the map: ${pins}`);
    await page.click('#map .pins circle.pin >> nth=0', { force: true });
    await page.waitForSelector('#map-card');
    await page.click('#map-card-open');
    await page.waitForSelector('#culture-card');
    assert(await page.$eval('#culture-card', (e) => e.dataset.section) === 'music', 'a music card');
    assert(await page.$('#culture-card .badge-sample') !== null, 'sample badge');
    assert(await page.$('#card-qr svg') !== null, 'share QR drawn');
  },

  // The manifesto, read in Ukrainian while the app is in English.
  async manifesto_ukrainian(page) {
    await page.click('#go-second-gen');
    await page.waitForSelector('#manifesto');
    await page.waitForSelector('#g2-list .hit');
    await page.selectOption('#manifesto-lang', 'uk');
    await page.waitForFunction(() => document.querySelector('#manifesto')?.dataset.lang === 'uk');
    const points = await page.$$eval('#manifesto-points li', (els) => els.map((e) => e.textContent));
    assert(points.length === 10, `ten points, got ${points.length}`);
    assert(points.every((p) => /[\u0400-\u04FF]/.test(p)), 'every point is in Cyrillic');
    assert(await page.$eval('#manifesto-points', (e) => e.getAttribute('lang')) === 'uk', 'lang="uk" on the points');
    const title = await page.textContent('#manifesto-title');
    assert(/приклад/i.test(title), `the title says it is sample text: ${title}`);
    // Arabic reads right to left.
    await page.selectOption('#manifesto-lang', 'ar');
    await page.waitForFunction(() => document.querySelector('#manifesto-points')?.getAttribute('dir') === 'rtl');
  },

  // A second-generation association's card says so and lists its themes.
  async g2_association_card(page) {
    await page.click('#go-second-gen');
    await page.waitForSelector('#g2-list .hit button');
    await page.click('#g2-list .hit button >> nth=0');
    await page.waitForSelector('#association-card');
    assert(await page.$('#association-g2') !== null, 'the second-generation badge');
    const themes = (await page.textContent('#association-themes')).split(',').map((t) => t.trim());
    assert(themes.length >= 1 && themes.every((t) => t.length > 2), `themes named: ${themes}`);
  },
};

runJourneys(journeys, { open, artifacts, only });
