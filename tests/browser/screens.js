// Every screen of the app and how to reach it from the home screen, for the
// checks that must cover them all (tests/browser/a11y.js, rtl.js and
// tests/bench/a11y.js). A new screen gets an entry here; a new `go-*` button
// on the home screen or in settings is also found and checked on its own
// (see `discover`), so a screen added without an entry is still covered.
'use strict';

const STEP_MS = 20000;

async function home(page) {
  await page.click('#home');
  await page.waitForSelector('#search-input');
}

async function results(page) {
  await home(page);
  // A place first, so results come by distance with a map.
  await page.click('#place-chip');
  await page.fill('#place-input', 'Prato');
  await page.click('.place-option[data-istat="100005"]');
  await page.waitForSelector('#search-input');
  await page.fill('#search-input', 'italiano');
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('#results .hit');
}

async function firstHit(page, list, card) {
  await page.waitForSelector(`${list} .hit-title`);
  await page.click(`${list} .hit-title`);
  await page.waitForSelector(card);
}

async function serviceCard(page) {
  await results(page);
  // The list holds courses and associations too: the first service.
  await firstHit(page, '#results .hit[data-kind="service"]', '#service-card');
}

async function tile(page, id, ready) {
  await home(page);
  await page.click(id);
  await page.waitForSelector(ready);
}

async function association(page) {
  await tile(page, '#go-associations', '#assoc-list');
  await firstHit(page, '#assoc-list', '#association-card');
}

async function phrasebook(page) {
  await tile(page, '#go-learn', '#learn-list');
  await page.click('#open-phrasebook');
  await page.waitForSelector('#phrasebook .topic-tile');
}

async function phraseTopic(page) {
  await phrasebook(page);
  await page.click('#phrasebook .topic-tile >> nth=0');
  await page.waitForSelector('#phrase-topic');
}

async function cultureSection(page) {
  await tile(page, '#go-culture', '#culture');
  await page.click('#culture-section-music');
  await page.waitForSelector('#culture-list .hit');
}

/// Mediator mode on (a device setting), one service on the list.
async function shortlist(page) {
  await tile(page, '#go-settings', '#mediator-toggle');
  if (!(await page.isChecked('#mediator-toggle'))) await page.check('#mediator-toggle');
  await serviceCard(page);
  if ((await page.getAttribute('#shortlist-card', 'aria-pressed')) !== 'true') {
    await page.click('#shortlist-card');
    await page.waitForSelector('#shortlist-card[aria-pressed="true"]');
  }
  await page.click('#shortlist-open');
  await page.waitForSelector('#shortlist .shortlist-item');
}

// name, how to get there from anywhere, and the element that proves it.
const SCREENS = [
  { name: 'home', go: home, ready: '#search-input' },
  { name: 'place', go: async (p) => { await home(p); await p.click('#place-chip'); }, ready: '#place-input' },
  { name: 'results', go: results, ready: '#results-count' },
  { name: 'map', go: async (p) => { await results(p); await p.click('#show-map'); }, ready: '#map' },
  { name: 'service-card', go: serviceCard, ready: '#service-card' },
  { name: 'correction', go: async (p) => { await serviceCard(p); await p.click('#report-correction'); }, ready: '#correction-form' },
  { name: 'associations', go: (p) => tile(p, '#go-associations', '#assoc-list'), ready: '#assoc-list' },
  { name: 'association-card', go: association, ready: '#association-card' },
  { name: 'association-change', go: async (p) => { await association(p); await p.click('#association-change'); }, ready: '#association-change-form' },
  { name: 'new-association', go: async (p) => { await tile(p, '#go-associations', '#assoc-list'); await p.click('#new-association'); }, ready: '#new-association-form' },
  { name: 'learn', go: (p) => tile(p, '#go-learn', '#learn-list'), ready: '#learn-list' },
  { name: 'learning-card', go: async (p) => { await tile(p, '#go-learn', '#learn-list'); await firstHit(p, '#learn-list', '#learning-card'); }, ready: '#learning-card' },
  { name: 'reports', go: (p) => tile(p, '#go-reports', '#reports-labour'), ready: '#reports-labour' },
  { name: 'report-card', go: async (p) => { await tile(p, '#go-reports', '#reports-labour'); await firstHit(p, '#reports-labour', '#report-card'); }, ready: '#report-card' },
  { name: 'news', go: (p) => tile(p, '#go-news', '#news-list'), ready: '#news-list' },
  { name: 'news-card', go: async (p) => { await tile(p, '#go-news', '#news-list'); await firstHit(p, '#news-list', '#news-card'); }, ready: '#news-card' },
  { name: 'help', go: (p) => tile(p, '#go-help', '#help-protection-services'), ready: '#help-protection-services' },
  { name: 'settings', go: (p) => tile(p, '#go-settings', '#settings-accessibility'), ready: '#settings-accessibility' },
  { name: 'outbox', go: async (p) => { await tile(p, '#go-settings', '#go-outbox'); await p.click('#go-outbox'); }, ready: '#screen h1' },
  { name: 'phrasebook', go: phrasebook, ready: '#phrasebook' },
  { name: 'phrase-topic', go: phraseTopic, ready: '#phrase-topic' },
  { name: 'phrase-practice', go: async (p) => { await phraseTopic(p); await p.click('#practice-toggle'); }, ready: '#practice' },
  { name: 'culture-section', go: cultureSection, ready: '#culture-list' },
  { name: 'culture-card', go: async (p) => { await cultureSection(p); await firstHit(p, '#culture-list', '#culture-card'); }, ready: '#culture-card' },
  { name: 'shortlist', go: shortlist, ready: '#shortlist' },
  { name: 'referral-sheet', go: async (p) => { await shortlist(p); await p.click('#shortlist-sheet'); }, ready: '#referral-sheet' },
  { name: 'accessibility', go: async (p) => { await home(p); await p.click('#go-accessibility'); }, ready: '#accessibility-statement' },
];

// The ids of `go-*` buttons the listed screens already reach.
const KNOWN_GO = new Set(['#go-associations', '#go-learn', '#go-reports', '#go-news', '#go-help',
  '#go-settings', '#go-outbox', '#go-accessibility', '#go-accessibility-settings']);

/// Screens reached from a `go-*` button on the home screen or in settings
/// that no entry of SCREENS names: each is checked as it opens.
async function discover(page) {
  const found = [];
  for (const [from, open] of [['home', home], ['settings', (p) => tile(p, '#go-settings', '#settings-accessibility')]]) {
    await open(page);
    const ids = await page.$$eval('#screen [id^="go-"]', (els) => els.map((e) => '#' + e.id));
    for (const id of ids) {
      if (KNOWN_GO.has(id) || found.some((f) => f.button === id)) continue;
      found.push({
        name: `${from}-${id.slice(4)}`,
        button: id,
        go: async (p) => { await open(p); await p.click(id); await p.waitForTimeout(300); },
        ready: '#screen',
      });
    }
  }
  return found;
}

/// Opens the app at `url` in `lang`, past the language picker on a first
/// start (`atPicker(page)` runs while the picker shows).
async function openIn(ctx, url, lang, atPicker) {
  const page = await ctx.newPage();
  page.setDefaultTimeout(STEP_MS);
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(url);
  await page.waitForSelector('#app');
  await page.waitForSelector('#language-picker, #search-input, #screen');
  if (await page.$('#language-picker')) {
    if (atPicker) await atPicker(page);
    await page.click(`[data-lang="${lang}"]`);
  } else {
    await page.selectOption('#lang-switch', lang);
  }
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  return page;
}

// Debian's Chromium, headless, on a fresh profile folder, with nothing that
// reaches the network by itself (tests talk to loopback only).
function launchChromium(profile) {
  const { chromium } = require('playwright-core');
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1000, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

module.exports = { SCREENS, discover, openIn, home, STEP_MS, launchChromium };
