// The migrant's search on a phone, on the catalog as installed: at
// 360×640 and 390×844, in Italian, Arabic and Chinese, after a search the
// first result's title shows without scrolling, no screen of the journey
// scrolls sideways, and the controls on the way are at least 44 px tall.
//   node phone.js <url> <artifact-dir> [journey ...]
'use strict';
const { assert, choosePlace, language, openFilters, pageOpener, runJourneys } = require('./runner');
const fs = require('fs');

const [url, artifacts, ...only] = process.argv.slice(2);
if (!url || !artifacts) {
  console.error('usage: node phone.js <url> <artifact-dir> [journey ...]');
  process.exit(2);
}
fs.mkdirSync(artifacts, { recursive: true });
const open = pageOpener(url);

const SIZES = [[360, 640], [390, 844]];
const QUERIES = { it: 'corso di italiano', ar: 'دورة لغة إيطالية', zh: '意大利语课程' };

// Nothing wider than the screen: the page never scrolls sideways.
async function noSidewaysScroll(page, where) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  assert(scroll <= width, `${where}: ${scroll} px wide on a ${width} px screen`);
}

// Every visible control in `selector` is at least 44 px tall and wide
// enough to hit (the WCAG 2.2 AAA target; 2.75rem in the stylesheet).
async function targets(page, selector, where) {
  const small = await page.$$eval(selector, (els) => els
    .filter((e) => e.offsetParent !== null)
    .map((e) => ({ id: e.id || e.className, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.height < 44 - 0.5 || r.width < 44 - 0.5)
    .map(({ id, r }) => `${id} ${Math.round(r.width)}×${Math.round(r.height)}`));
  assert(small.length === 0, `${where}: targets under 44 px: ${small.join(', ')}`);
}

function journey(lang, [width, height]) {
  return async (page) => {
    await page.setViewportSize({ width, height });
    await language(page, lang);
    await noSidewaysScroll(page, 'home');
    await choosePlace(page, 'Prato', '100005');
    await page.fill('#search-input', QUERIES[lang]);
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('#results .hit');
    await page.evaluate(() => window.scrollTo(0, 0));
    const title = await page.$eval('#results .hit .hit-title', (e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, text: e.textContent };
    });
    assert(title.top >= 0 && title.bottom <= height,
      `the first result shows without scrolling: its title spans ${Math.round(title.top)}–${Math.round(title.bottom)} px of ${height}`);
    console.log(`  ${lang} ${width}×${height}: first title at ${Math.round(title.top)}–${Math.round(title.bottom)} px`);
    await noSidewaysScroll(page, 'results');
    await targets(page, '.search-row input, .results-bar button, #results .hit button, #results .hit a', 'results');
    // The filters stay one tap away, and unfolding them scrolls nothing sideways.
    await openFilters(page);
    await noSidewaysScroll(page, 'filters');
    await targets(page, '#filters button, #filters select', 'filters');
    await page.click('#filters-toggle');
    // A card, and back to the same results.
    const first = await page.$eval('#results .hit', (e) => e.dataset.id);
    await page.click('#results .hit .hit-title');
    await page.waitForSelector('#service-card');
    await noSidewaysScroll(page, 'card');
    await targets(page, '#service-card .actions button, #service-card .directions a.button, #back', 'card');
    await page.click('#back');
    await page.waitForSelector('#results .hit');
    assert(await page.$eval('#results .hit', (e) => e.dataset.id) === first, 'back returns to the same results');
    assert(await page.$eval('#results-input', (e) => e.value) === QUERIES[lang], 'back keeps the words');
  };
}

const journeys = {};
for (const lang of Object.keys(QUERIES)) {
  for (const size of SIZES) journeys[`${lang}_${size[0]}x${size[1]}`] = journey(lang, size);
}

runJourneys(journeys, { open, artifacts, only });
