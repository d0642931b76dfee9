// Accessibility of every screen (tests/browser/screens.js) in Italian, Arabic
// and Chinese, in Debian's Chromium against `integra --serve`:
// - axe-core (WCAG 2.0/2.1 A and AA rules): no serious or critical violation;
// - landmarks (header, nav, main, footer), a skip link that works from the
//   keyboard, a visible focus ring, touch targets of at least 44 px;
// - at a phone's 360 px, nothing wider than the screen (no sideways scroll);
// - read aloud: headless Chromium has no voices, so the translated notice
//   shows, and the text that would be spoken reads phone numbers digit by digit.
//   node a11y.js <url> <artifact-dir> [--report]
// Prints `a11y/violations_serious=<n>` (summed over screens x languages).
// Exits non-zero if n > 0 or a check fails, unless --report (the bench).
'use strict';
const { AxeBuilder } = require('@axe-core/playwright');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { SCREENS, discover, openIn, launchChromium } = require('./screens');

const [url, artifacts, ...flags] = process.argv.slice(2);
if (!url || !artifacts) {
  console.error('usage: node a11y.js <url> <artifact-dir> [--report]');
  process.exit(2);
}
const reportOnly = flags.includes('--report');
const LANGS = (process.env.A11Y_LANGS || 'it,ar,zh').split(',');
fs.mkdirSync(artifacts, { recursive: true });

const failures = [];
function check(cond, msg) {
  if (!cond) failures.push(msg);
}

async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'integra-a11y-'));
  return launchChromium(profile);
}

/// Serious and critical axe violations on the page as it is.
async function axe(page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/// Controls smaller than 44 px in either direction (WCAG 2.5.5; inline
/// links in running text and the boxes inside a larger label excepted).
async function smallTargets(page) {
  return page.$$eval('button, select, input:not([type="checkbox"]):not([type="radio"]), a.button, [role="button"], summary',
    (els) => els.filter((e) => {
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') return false;
      return r.height < 43.5 || r.width < 43.5;
    }).map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} ` +
      `${Math.round(e.getBoundingClientRect().width)}x${Math.round(e.getBoundingClientRect().height)}`));
}

async function landmarks(page, where) {
  for (const sel of ['header', 'nav', 'main#screen', 'footer']) {
    check(await page.$(sel) !== null, `${where}: no ${sel} landmark`);
  }
}

/// At 360 px wide (the narrowest phones) the page scrolls only up and down.
async function fitsAPhone(page, where) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 640 });
  await page.waitForTimeout(50);
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  check(scroll <= width, `${where}: ${scroll} px wide at 360 px (the page scrolls sideways)`);
  await page.setViewportSize(before);
}

/// Tab from the top: the skip link comes first, shows, and takes the focus
/// to the screen; the next controls show a focus ring.
async function keyboard(page, where) {
  // Start as after a page load: the focus on the document itself.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const e = document.activeElement;
    const r = e.getBoundingClientRect();
    return { id: e.id, visible: r.top >= 0 && r.bottom <= innerHeight && r.height > 0 };
  });
  check(first.id === 'skip-link', `${where}: the first Tab stop is ${first.id || 'not the skip link'}`);
  check(first.visible, `${where}: the focused skip link is not visible`);
  if (first.id !== 'skip-link') return;
  await page.keyboard.press('Enter');
  await page.waitForTimeout(100);
  check(await page.evaluate(() => document.activeElement?.id) === 'screen', `${where}: the skip link does not move the focus to the screen`);
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const e = document.activeElement;
    const s = getComputedStyle(e);
    return { tag: e.tagName, id: e.id, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  check(ring.tag !== 'BODY', `${where}: Tab after the skip link reaches no control`);
  check(ring.style !== 'none' && ring.width >= 2, `${where}: no visible focus on ${ring.tag}#${ring.id} (${ring.style} ${ring.width}px)`);
}

/// The report card and the service card read aloud; without a voice (headless
/// Chromium has none) a translated notice says so.
async function readAloud(page, where) {
  const box = await page.$('#read-aloud');
  check(box !== null, `${where}: no read-aloud controls`);
  if (!box) return;
  const text = await box.getAttribute('data-speech-text');
  check(text && text.length > 10, `${where}: nothing to read`);
  if (where.includes('service-card')) {
    // "+39 0000 123456" is read "+ 3 9, 0 0 0 0, 1 2 3 4 5 6"
    check(/\+ 3 9, /.test(text), `${where}: the phone number is not read digit by digit: ${text.slice(-80)}`);
  }
  await page.click('#read-aloud-start');
  await page.waitForSelector('#read-aloud:not([data-speech-state="idle"])');
  const state = await box.getAttribute('data-speech-state');
  if (state === 'no-voice' || state === 'unsupported') {
    const notice = await page.textContent('#speech-notice');
    check(notice && notice.trim().length > 0, `${where}: the no-voice notice is empty`);
  } else {
    check(state === 'speaking', `${where}: unexpected read-aloud state ${state}`);
    await page.click('#read-aloud-stop');
  }
}

/// The pipeline itself: axe must see a field without a label that we add,
/// or a zero below would prove nothing.
async function axeSeesAProblem(page) {
  await page.evaluate(() => {
    const probe = document.createElement('input');
    probe.id = 'axe-probe';
    document.body.appendChild(probe);
  });
  const found = await axe(page);
  await page.evaluate(() => document.getElementById('axe-probe').remove());
  check(found.some((v) => v.nodes.some((n) => n.target.join(' ').includes('axe-probe'))),
    'axe did not report an input without a label: the check is not working');
}

(async () => {
  const ctx = await launch();
  let total = 0;
  const perScreen = [];
  for (const lang of LANGS) {
    // The language picker shows once, on the first start.
    const page = await openIn(ctx, url, lang, async (p) => {
      const found = await axe(p);
      const n = found.reduce((sum, v) => sum + v.nodes.length, 0);
      total += n;
      perScreen.push(`language-picker=${n}`);
      for (const v of found) console.log(`language-picker: ${v.impact} ${v.id}: ${v.help}`);
      const small = await smallTargets(p);
      check(small.length === 0, `language-picker: touch targets under 44 px: ${small.slice(0, 8).join(', ')}`);
    });
    if (lang === LANGS[0]) await axeSeesAProblem(page);
    const screens = SCREENS.concat(await discover(page));
    for (const screen of screens) {
      const where = `${lang}/${screen.name}`;
      try {
        await screen.go(page);
        await page.waitForSelector(screen.ready);
        await page.waitForTimeout(150);
        const found = await axe(page);
        const n = found.reduce((sum, v) => sum + v.nodes.length, 0);
        total += n;
        perScreen.push(`${where}=${n}`);
        for (const v of found) {
          console.log(`${where}: ${v.impact} ${v.id}: ${v.help}`);
          for (const node of v.nodes.slice(0, 5)) console.log(`    ${node.target.join(' ')} ${node.failureSummary.split('\n')[1] || ''}`);
        }
        const small = await smallTargets(page);
        check(small.length === 0, `${where}: touch targets under 44 px: ${small.slice(0, 8).join(', ')}`);
        await landmarks(page, where);
        await fitsAPhone(page, where);
        if (screen.name === 'service-card' || screen.name === 'report-card') await readAloud(page, where);
        if (['home', 'results', 'service-card', 'accessibility'].includes(screen.name)) await keyboard(page, where);
      } catch (e) {
        failures.push(`${where}: ${e.message.split('\n')[0]}`);
        await page.screenshot({ path: path.join(artifacts, `${lang}-${screen.name}-failed.png`), fullPage: true }).catch(() => {});
      }
    }
    await page.close();
  }
  await ctx.close();
  console.log(`screens: ${perScreen.join(' ')}`);
  console.log(`a11y/violations_serious=${total}`);
  for (const f of failures) console.log(`FAILED ${f}`);
  if (reportOnly) process.exit(0);
  process.exit(total === 0 && failures.length === 0 ? 0 : 1);
})().catch((e) => { console.error('FAILED', e); process.exit(1); });
