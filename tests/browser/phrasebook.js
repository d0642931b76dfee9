// The phrasebook in "Learn Italian", in Debian's Chromium against `integra --serve`.
//   node phrasebook.js <url> <artifact-dir>
// Exits non-zero on the first failed assertion; leaves screenshots (and one
// of the page at a failure) in <artifact-dir>.
'use strict';
const { launchChromium } = require('./screens');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [url, artifacts] = process.argv.slice(2);
if (!url || !artifacts) {
  console.error('usage: node phrasebook.js <url> <artifact-dir>');
  process.exit(2);
}
fs.mkdirSync(artifacts, { recursive: true });
const STEP_MS = 20000;

function assert(cond, msg) {
  if (!cond) throw new Error(`assertion failed: ${msg}`);
}

const progressOf = (page) => page.textContent('#topic-progress');
// Read Arabic-Indic digits as numbers too, should a screen still show them.
const ascii = (s) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
const firstNumber = (s) => Number((ascii(s).match(/\d+/) || ['NaN'])[0]);

async function openTopic(page, topic) {
  await page.click('#home');
  await page.click('#go-learn');
  await page.click('#open-phrasebook');
  await page.waitForSelector('.topic-tile');
  await page.click(`.topic-tile[data-topic="${topic}"]`);
  await page.waitForSelector('#phrase-topic #phrases .phrase');
}

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'integra-chromium-'));
  const ctx = await launchChromium(profile);
  const page = await ctx.newPage();
  page.setDefaultTimeout(STEP_MS);
  page.on('pageerror', (e) => console.log('page error:', e.message));
  try {
    await page.goto(url);
    await page.waitForSelector('#app');
    await page.click('[data-lang="en"]');
    await page.waitForSelector('#go-learn');

    // Learn Italian → Phrasebook → a topic: Italian and English show.
    await openTopic(page, 'doctor');
    const first = page.locator('#phrases .phrase[data-id="doctor-need"]');
    assert((await first.locator('.phrase-it').textContent()) === 'Ho bisogno di un medico.', 'the Italian phrase');
    assert((await first.locator('.phrase-meaning').textContent()) === 'I need a doctor.', 'its meaning in English');
    assert((await first.locator('.phrase-it').getAttribute('lang')) === 'it', 'the Italian is marked lang=it');
    assert(await first.locator('.read-aloud').count() === 1, 'a read-aloud button');
    await page.screenshot({ path: path.join(artifacts, 'phrasebook-topic-en.png'), fullPage: true });

    // Arabic: the meaning is right-to-left, the Italian stays left-to-right.
    await page.selectOption('#lang-switch', 'ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.waitForFunction(() => /[\u0600-\u06FF]/.test(
      document.querySelector('#phrases .phrase[data-id="doctor-need"] .phrase-meaning')?.textContent || ''));
    const dirs = await page.$eval('#phrases .phrase[data-id="doctor-need"]', (li) => ({
      it: getComputedStyle(li.querySelector('.phrase-it')).direction,
      itAttr: li.querySelector('.phrase-it').getAttribute('dir'),
      meaning: getComputedStyle(li.querySelector('.phrase-meaning')).direction,
      meaningLang: li.querySelector('.phrase-meaning').getAttribute('lang'),
      text: li.querySelector('.phrase-meaning').textContent,
    }));
    assert(dirs.meaning === 'rtl' && dirs.meaningLang === 'ar', `Arabic meaning is rtl: ${JSON.stringify(dirs)}`);
    assert(dirs.it === 'ltr' && dirs.itAttr === 'ltr', `Italian stays ltr: ${JSON.stringify(dirs)}`);
    assert(dirs.text === 'أحتاج إلى طبيب.', `the Arabic meaning: ${dirs.text}`);
    await page.screenshot({ path: path.join(artifacts, 'phrasebook-topic-ar.png'), fullPage: true });

    // Practice: reveal, mark known; the count goes up.
    // Arabic writes Western digits, as Moroccan and Tunisian readers do
    // (locales/README.md): no Arabic-Indic digit anywhere on the screen.
    assert(/[0-9]/.test(await progressOf(page)) && !/[\u0660-\u0669]/.test(await progressOf(page)),
      'Western digits in the Arabic progress');
    const before = firstNumber(await progressOf(page));
    await page.click('#practice-toggle');
    await page.waitForSelector('#practice');
    const practised = await page.getAttribute('#practice', 'data-id');
    assert(await page.$('#practice-italian') === null, 'the Italian is hidden before reveal');
    await page.click('#practice-reveal');
    await page.waitForSelector('#practice-italian');
    assert((await page.getAttribute('#practice-italian', 'dir')) === 'ltr', 'revealed Italian is ltr');
    await page.click('#practice-known');
    await page.waitForFunction((b) => {
      const t = (document.querySelector('#topic-progress')?.textContent || '')
        .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
      const m = t.match(/\d+/);
      return m && Number(m[0]) === b + 1;
    }, before);
    // "again" keeps the count and moves on to another phrase.
    const next = await page.getAttribute('#practice', 'data-id');
    assert(next !== practised, 'the known phrase left the practice queue');
    await page.click('#practice-reveal');
    await page.click('#practice-again');
    await page.waitForFunction((n) => document.querySelector('#practice')?.dataset.id !== n, next);
    assert(firstNumber(await progressOf(page)) === before + 1, '"again" does not count as known');
    await page.screenshot({ path: path.join(artifacts, 'phrasebook-practice-ar.png'), fullPage: true });

    // The progress survives a reload (kept in the user file).
    await page.goto(url); // a fresh load (the page drops the token from its address)
    await page.waitForSelector('#app');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await openTopic(page, 'doctor');
    assert(firstNumber(await progressOf(page)) === before + 1, 'progress survives a reload');
    assert((await page.getAttribute(`#phrases .phrase[data-id="${practised}"]`, 'data-known')) === 'true',
      'the phrase is marked known in the list');
    await page.click('#home');
    await page.click('#go-learn');
    await page.click('#open-phrasebook');
    const tile = await page.textContent('.topic-tile[data-topic="doctor"] .tile-progress');
    assert(firstNumber(tile) === before + 1, `the tile shows the progress: ${tile}`);

    // A search from the results screen shows phrase hits, which lead to the phrase.
    await page.selectOption('#lang-switch', 'en');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await page.click('#home');
    await page.fill('#search-input', 'medico');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('#results-count');
    await page.waitForSelector('#phrase-hits .phrase-hit[data-id="doctor-need"]');
    await page.fill('#results-input', 'pronto soccorso');
    await page.waitForSelector('#phrase-hits .phrase-hit[data-id="hospital-emergency-room"]');
    await page.screenshot({ path: path.join(artifacts, 'phrasebook-search-hits.png'), fullPage: true });
    await page.click('#phrase-hits .phrase-hit[data-id="hospital-emergency-room"] .phrase-hit-link');
    await page.waitForSelector('#phrase-single[data-id="hospital-emergency-room"]');
    assert((await page.textContent('#phrase-single .phrase-it')) === 'Dov\'è il pronto soccorso?', 'the phrase opens');
    await page.click('#phrase-more');
    await page.waitForSelector('#phrase-topic[data-topic="hospital"]');

    // Reset: the topic's progress goes back to zero, and stays there.
    await openTopic(page, 'doctor');
    await page.click('#phrasebook-reset');
    await page.waitForFunction(() => /^\D*0\D/.test(document.querySelector('#topic-progress')?.textContent || ''));
    await page.goto(url); // a fresh load (the page drops the token from its address)
    await page.waitForSelector('#app');
    await openTopic(page, 'doctor');
    assert(firstNumber(await progressOf(page)) === 0, 'reset survives a reload');
    console.log('phrasebook: ok');
  } catch (e) {
    await page.screenshot({ path: path.join(artifacts, 'phrasebook-failure.png'), fullPage: true }).catch(() => {});
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
