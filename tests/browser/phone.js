// The migrant's search on a phone, on the catalog as installed: at
// 360×640 and 390×844, in Italian, Arabic and Chinese, after a search the
// first result's title shows without scrolling, no screen of the journey
// scrolls sideways, and the controls on the way are at least 44 px tall;
// a card opens at its top with a tap-to-call link, and back returns to
// the results scrolled where they were, with the filter still set. (Every
// screen of tests/browser/screens.js at 360 px: tests/browser/a11y.js.)
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
    // One filter set: within 50 km.
    await page.selectOption('#f-radius', '50');
    await page.waitForSelector('#filters-toggle .filters-count');
    await page.click('#filters-toggle');
    await page.waitForSelector('#filters', { state: 'detached' });
    await page.waitForFunction(() => document.querySelectorAll('#results .hit').length >= 5);
    // Scrolled down to the fourth result, a card, and back to the same place.
    // Tapped where it shows (a click from the page: Playwright would scroll
    // the row again first).
    await page.evaluate(() => {
      // Mid-screen: clear of the sticky top bar, where a thumb taps.
      document.querySelectorAll('#results .hit')[3].scrollIntoView({ block: 'center' });
    });
    await page.waitForTimeout(100);
    const { fourth, scrolled } = await page.evaluate(() => {
      const e = document.querySelectorAll('#results .hit')[3];
      const at = { fourth: e.dataset.id, scrolled: window.scrollY };
      e.querySelector('.hit-title').click();
      return at;
    });
    assert(scrolled > 0, 'the list scrolls on a phone');
    await page.waitForSelector('#service-card');
    // A new screen starts at its top.
    await page.waitForFunction(() => window.scrollY === 0, null, { timeout: 3000 });
    await noSidewaysScroll(page, 'card');
    // A call is one tap away: the place's own number, or the free helpline
    // where the source gives none (the official registries never do).
    const tel = await page.$$eval('#service-card a[href^="tel:"]', (as) => as.map((a) => a.getAttribute('href')));
    assert(tel.length > 0, 'the card has a tap-to-call link');
    await targets(page, '#service-card .actions button, #service-card .directions a.button, #service-card a.button-call, #back', 'card');
    await page.click('#back');
    await page.waitForSelector('#results .hit');
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) <= 2, scrolled, { timeout: 3000 })
      .catch(async () => { throw new Error(`back scrolled to ${await page.evaluate(() => window.scrollY)} px, not ${scrolled}`); });
    assert(await page.evaluate(() => document.querySelectorAll('#results .hit')[3].dataset.id) === fourth, 'back returns to the same results');
    assert(await page.$eval('#results-input', (e) => e.value) === QUERIES[lang], 'back keeps the words');
    assert(await page.$('#filters-toggle .filters-count') !== null, 'back keeps the filter');
    console.log(`  ${lang} ${width}×${height}: back at ${Math.round(scrolled)} px, as left`);
  };
}

const journeys = {};
for (const lang of Object.keys(QUERIES)) {
  for (const size of SIZES) journeys[`${lang}_${size[0]}x${size[1]}`] = journey(lang, size);
}

runJourneys(journeys, { open, artifacts, only });
