// A visitor's session on a kiosk (`integra --serve --kiosk`, short idle
// timeout), in Debian's Chromium:
//   node kiosk.js <url> <artifact-dir> <search-secret> <draft-secret> <sent-name> <pin>
// searches, filters, shortlists a service, sends one submission, leaves a
// form draft, sees the countdown and answers it, waits for the reset and
// checks home is back in the default language with nothing of the session
// left; then the admin PIN: a wrong one is refused and said so, guesses are
// rate-limited, the right one opens the desk settings.
'use strict';
const { launchChromium } = require('./screens');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [url, artifacts, searchSecret, draftSecret, sentName, pin] = process.argv.slice(2);
if (!pin) {
  console.error('usage: node kiosk.js <url> <artifact-dir> <search-secret> <draft-secret> <sent-name> <pin>');
  process.exit(2);
}
fs.mkdirSync(artifacts, { recursive: true });

function assert(cond, msg) {
  if (!cond) throw new Error(`assertion failed: ${msg}`);
}

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);

async function search(page, text) {
  await page.fill('#search-input', text);
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('#results-count');
}

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'integra-kiosk-'));
  const ctx = await launchChromium(profile);
  const page = await ctx.newPage();
  page.setDefaultTimeout(20000);
  page.on('pageerror', (e) => console.log('page error:', e.message));
  try {
    await page.goto(url);
    // A kiosk opens on home, in the default language, at the desk's comune.
    await page.waitForSelector('#search-input');
    const defaultLang = await htmlLang(page);
    assert(defaultLang === 'en', `default language en, got ${defaultLang}`);
    assert((await page.textContent('#place-name')).includes('Roma'), 'the desk comune is the place');
    await page.click('#place-chip');
    await page.waitForTimeout(300);
    assert(await page.$('#place-input') === null, 'the visitor cannot change the place');

    // The visitor switches language, searches, filters, shortlists.
    await page.selectOption('#lang-switch', 'fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await search(page, 'medico');
    await page.waitForSelector('#results .hit');
    await page.click('#filters-toggle');
    await page.click('#f-free');
    await page.waitForSelector('#f-free.on');
    await page.waitForSelector('#results .hit .shortlist-toggle');
    await page.click('#results .hit .shortlist-toggle');
    await page.waitForFunction(() => document.querySelector('#shortlist-open')?.textContent.includes('1'));
    await page.click('#home');
    await search(page, searchSecret);

    // One submission the visitor explicitly sends: a thank-you, not the outbox.
    await page.click('#home');
    await page.click('#go-associations');
    await page.click('#new-association');
    await page.fill('#assoc-name', sentName);
    await page.fill('#assoc-comune', 'roma');
    await page.fill('#assoc-email', 'invio@example.org');
    await page.click('#assoc-submit');
    await page.waitForSelector('#kiosk-sent');
    assert(await page.$('#outbox-list') === null, 'a visitor never sees the outbox');

    // A draft left in a form.
    await page.click('#home');
    await search(page, 'medico');
    await page.click('#results .hit[data-kind="service"] .hit-title');
    await page.waitForSelector('#service-card');
    await page.waitForSelector('#print-card');
    await page.click('#report-correction');
    await page.fill('#correction-message', draftSecret);

    // The countdown shows; "continue" keeps the session.
    await page.waitForSelector('#kiosk-countdown', { timeout: 30000 });
    const question = await page.textContent('#kiosk-countdown');
    assert(/\d/.test(question), `the countdown counts: ${question}`);
    await page.screenshot({ path: path.join(artifacts, 'kiosk-countdown.png') });
    await page.click('#kiosk-continue');
    await page.waitForSelector('#kiosk-countdown', { state: 'detached' });
    assert(await page.inputValue('#correction-message') === draftSecret, 'continue keeps the draft');

    // Then nobody touches it: reset to home, default language, all gone.
    await page.waitForSelector('#kiosk-countdown', { timeout: 30000 });
    await page.waitForSelector('#kiosk-countdown', { state: 'detached', timeout: 30000 });
    await page.waitForSelector('#search-input');
    await page.waitForFunction((l) => document.documentElement.lang === l, defaultLang);
    assert(await page.inputValue('#search-input') === '', 'the search box is empty');
    assert(await page.$('#correction-message') === null, 'the draft is gone');
    assert(await page.$('#back') === null, 'no way back into the old session');
    assert((await page.textContent('#shortlist-open')).includes('0'), 'the shortlist is empty');
    const body = await page.textContent('body');
    assert(!body.includes(searchSecret) && !body.includes(draftSecret), 'nothing of the session shows');
    assert((await page.textContent('#place-name')).includes('Roma'), 'still at the desk comune');
    await page.screenshot({ path: path.join(artifacts, 'kiosk-after-reset.png') });

    // Settings need the admin PIN; a wrong one says so.
    await page.click('#go-settings');
    await page.waitForSelector('#kiosk-gate');
    assert(await page.$('#kiosk-admin') === null, 'no settings without the PIN');
    await page.fill('#kiosk-pin', '0000');
    await page.click('#kiosk-unlock');
    await page.waitForSelector('#kiosk-pin-error');
    assert(/wrong/i.test(await page.textContent('#kiosk-pin-error')), 'a wrong PIN is named');
    await page.fill('#kiosk-pin', pin);
    await page.click('#kiosk-unlock');
    await page.waitForSelector('#kiosk-admin');
    assert(await page.inputValue('#kiosk-comune') === '058091', 'the desk comune is shown to the admin');
    await page.click('#kiosk-lock');
    await page.waitForSelector('#search-input');
    // Guessing is slowed down: after three wrong PINs even the right one waits.
    await page.click('#go-settings');
    for (const guess of ['1111', '2222', '3333']) {
      await page.fill('#kiosk-pin', guess);
      await page.click('#kiosk-unlock');
      await page.waitForTimeout(150);
    }
    await page.waitForFunction(() => /too many/i.test(document.querySelector('#kiosk-pin-error')?.textContent || ''));
    await page.fill('#kiosk-pin', pin);
    await page.click('#kiosk-unlock');
    await page.waitForTimeout(500);
    assert(await page.$('#kiosk-admin') === null, 'locked out for a while, even with the right PIN');
    assert(/too many/i.test(await page.textContent('#kiosk-pin-error')), 'the pause is said');
    console.log('kiosk session: ok');
  } catch (e) {
    await page.screenshot({ path: path.join(artifacts, 'kiosk-failure.png') }).catch(() => {});
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
