// A mediator's referral sheet, in Debian's Chromium against `integra --serve`:
//   node referral.js <url> <artifact-dir> [services=3]
// turns mediator mode on, shortlists services near Roma, opens the sheet,
// checks its two columns (Italian; the client's language with its own
// `lang`/`dir`), and prints it to PDF (A4, the print stylesheet) in Arabic
// and in Chinese: <artifact-dir>/referral-ar.pdf, referral-zh.pdf.
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [url, artifacts, servicesArg] = process.argv.slice(2);
if (!url || !artifacts) {
  console.error('usage: node referral.js <url> <artifact-dir> [services]');
  process.exit(2);
}
const wanted = Number(servicesArg || 3);
fs.mkdirSync(artifacts, { recursive: true });

function assert(cond, msg) {
  if (!cond) throw new Error(`assertion failed: ${msg}`);
}

async function sheetIn(page, lang) {
  await page.selectOption('#referral-lang', lang);
  await page.waitForSelector(`#referral-sheet[data-client-lang="${lang}"]`);
  const cols = await page.$$eval('.sheet-service .sheet-columns > .sheet-col',
    (els) => els.map((e) => ({ lang: e.getAttribute('lang'), dir: e.getAttribute('dir') })));
  assert(cols.length === 2 * wanted, `two columns per service: ${cols.length}`);
  for (let i = 0; i < cols.length; i += 2) {
    assert(cols[i].lang === 'it' && cols[i].dir === 'ltr', `Italian first: ${JSON.stringify(cols[i])}`);
    const dir = lang === 'ar' ? 'rtl' : 'ltr';
    assert(cols[i + 1].lang === lang && cols[i + 1].dir === dir, `then ${lang}: ${JSON.stringify(cols[i + 1])}`);
  }
  // Phone numbers and addresses stay left-to-right inside Arabic.
  const isolated = await page.$$eval('.sheet-col .phone-number, .sheet-col .address',
    (els) => els.every((e) => e.tagName === 'BDI' && e.getAttribute('dir') === 'ltr'));
  assert(isolated, 'numbers and addresses isolated left-to-right');
  assert((await page.$$('.sheet-qr svg')).length === wanted, 'a QR code per service');
  assert((await page.$$('#sheet-map circle.pin')).length === wanted, 'a pin per service');
  const header = await page.textContent('.sheet-header');
  assert(header.includes('803.001'), 'the helpline on the sheet');
  const footer = await page.textContent('#sheet-footer');
  assert(/esempio|sample/i.test(footer) || footer.length > 20, `the data's date and kind: ${footer}`);
  await page.screenshot({ path: path.join(artifacts, `referral-${lang}.png`), fullPage: true });
  await page.pdf({ path: path.join(artifacts, `referral-${lang}.pdf`), format: 'A4', printBackground: true });
}

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'integra-referral-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await ctx.newPage();
  page.setDefaultTimeout(20000);
  page.on('pageerror', (e) => console.log('page error:', e.message));
  try {
    await page.goto(url);
    await page.waitForSelector('#app');
    if (await page.$('#language-picker')) await page.click('[data-lang="en"]');
    await page.click('#home');
    await page.waitForSelector('#search-input');
    // The catalog is ready (home then re-renders no more): a click on a
    // node that a re-render replaces is lost.
    await page.waitForFunction(() => /\d/.test(document.querySelector('#data-status')?.textContent || ''));
    assert(await page.$('#shortlist-open') === null, 'no shortlist outside mediator mode');
    await page.click('#go-settings');
    await page.check('#mediator-toggle');
    await page.click('#home');
    // Home itself, not only the top bar's shortlist button: that one shows
    // while Settings is still on screen, and Settings has a place chip of
    // its own, which a click would reach just as the server replaces it.
    await page.waitForSelector('section.home');
    await page.waitForSelector('#shortlist-open');

    await page.click('#place-chip');
    await page.fill('#place-input', 'Roma');
    await page.click('.place-option[data-istat="058091"]');
    await page.waitForFunction(() => document.querySelector('#place-name')?.textContent.includes('Roma'));
    await page.fill('#search-input', 'medico');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('#results .hit .shortlist-toggle');
    for (let i = 0; i < wanted; i++) {
      // Services only carry the toggle (the sheet lists services).
      await page.click(`#results .hit[data-kind="service"] .shortlist-toggle >> nth=${i}`);
      // Fluent isolates placeables (U+2068 … U+2069).
      await page.waitForFunction((n) => document.querySelector('#shortlist-open').textContent.replace(/[\u2068\u2069]/g, '').includes(`(${n})`), i + 1);
    }
    // From a card too: remove and add back the first one.
    await page.click('#results .hit[data-kind="service"] .hit-title >> nth=0');
    await page.waitForSelector('#shortlist-card[aria-pressed="true"]');
    await page.click('#shortlist-card');
    await page.waitForSelector('#shortlist-card[aria-pressed="false"]');
    await page.click('#shortlist-card');
    await page.waitForSelector('#shortlist-card[aria-pressed="true"]');

    await page.click('#shortlist-open');
    await page.waitForSelector('#shortlist .shortlist-item');
    assert((await page.$$('#shortlist .shortlist-item')).length === wanted, 'the shortlist');
    await page.click('#shortlist-sheet');
    await page.waitForSelector('#referral-sheet');
    await sheetIn(page, 'ar');
    await sheetIn(page, 'zh');

    // Clearing the shortlist empties the sheet.
    await page.click('#back');
    await page.click('#shortlist-clear');
    await page.waitForSelector('#shortlist-empty');
    console.log('referral sheet: ok');
  } catch (e) {
    await page.screenshot({ path: path.join(artifacts, 'referral-failure.png'), fullPage: true }).catch(() => {});
    throw e;
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
