// "What's new" after a real sync, in Debian's Chromium against
// `integra --serve` pointed at an `integra-portal` feed on loopback.
//   node whats_new.js <url> <artifact-dir> <comune-istat> <comune-name> <handshake-dir>
// The Rust test publishes a new service in that comune when this script
// writes <handshake-dir>/want-change, and answers with .../changed.
'use strict';
const { launchChromium } = require('./screens');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [url, artifacts, istat, comuneName, handshake] = process.argv.slice(2);
if (!url || !artifacts || !istat || !comuneName || !handshake) {
  console.error('usage: node whats_new.js <url> <artifact-dir> <istat> <comune-name> <handshake-dir>');
  process.exit(2);
}
fs.mkdirSync(artifacts, { recursive: true });
const STEP_MS = 30000;

function assert(cond, msg) {
  if (!cond) throw new Error(`assertion failed: ${msg}`);
}

async function syncNow(page) {
  await page.click('#home');
  await page.click('#go-settings');
  await page.waitForSelector('#sync-update:not([disabled])');
  await page.click('#sync-update');
  await page.waitForSelector('#sync-result');
  const text = await page.textContent('#sync-result');
  assert(await page.$('#sync-result.done'), `the update worked: ${text}`);
  return text;
}

async function waitForFile(file, ms) {
  const until = Date.now() + ms;
  while (!fs.existsSync(file)) {
    if (Date.now() > until) throw new Error(`no ${path.basename(file)} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function journey(page) {
  await page.goto(url);
  await page.waitForSelector('#app');
  if (await page.$('#language-picker')) {
    await page.click('[data-lang="en"]');
  }
  // The device takes the portal's catalog, then its owner picks their comune:
  // that is what they have seen.
  await syncNow(page);
  await page.click('#home');
  await page.click('#place-chip');
  await page.fill('#place-input', comuneName);
  await page.click(`.place-option[data-istat="${istat}"]`);
  await page.waitForFunction((n) => document.querySelector('#place-name')?.textContent.includes(n), comuneName);
  await page.click('#home');
  await page.waitForSelector('#go-whats-new');
  assert(await page.$('#whats-new-badge') === null, 'nothing new before the change');

  // The portal publishes a new service in that comune; the device syncs.
  fs.writeFileSync(path.join(handshake, 'want-change'), '');
  await waitForFile(path.join(handshake, 'changed'), 120000);
  const result = await syncNow(page);
  console.log(`sync: ${result}`);
  await page.click('#home');
  await page.waitForSelector('#whats-new-badge');
  const badge = (await page.textContent('#whats-new-badge')).trim();
  assert(badge === '1', `the badge counts one change, got ${badge}`);
  const label = await page.getAttribute('#whats-new-badge', 'aria-label');
  assert(/1/.test(label || ''), `the badge is labelled for screen readers: ${label}`);

  await page.click('#go-whats-new');
  await page.waitForSelector('#whats-new-list .hit');
  const hits = await page.$$eval('#whats-new-list .hit', (els) => els.map((e) => ({
    id: e.dataset.id, kind: e.dataset.kind, text: e.textContent,
  })));
  assert(hits.length === 1, `one item: ${JSON.stringify(hits)}`);
  assert(hits[0].id === 'sportello-nuovo' && hits[0].kind === 'service', `the new service: ${JSON.stringify(hits)}`);
  assert(/New/.test(hits[0].text) && /in your comune/.test(hits[0].text), `new, in the comune: ${hits[0].text}`);
  assert((await page.textContent('#whats-new-count')).includes('1'), 'the count says 1');
  await page.screenshot({ path: path.join(artifacts, 'whats-new-after-sync.png'), fullPage: true });

  // The item opens its card; marking the list as seen clears the badge.
  await page.click('#whats-new-list .hit button');
  await page.waitForSelector('#service-card[data-id="sportello-nuovo"]');
  await page.click('#home');
  await page.click('#go-whats-new');
  await page.click('#whats-new-seen');
  await page.waitForFunction(() => document.querySelectorAll('#whats-new-list .hit').length === 0);
  await page.click('#home');
  await page.waitForSelector('#go-whats-new');
  assert(await page.$('#whats-new-badge') === null, 'no badge once seen');
}

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'integra-chromium-'));
  const ctx = await launchChromium(profile);
  const page = await ctx.newPage();
  page.setDefaultTimeout(STEP_MS);
  page.on('pageerror', (e) => console.log('page error:', e.message));
  let failed = false;
  try {
    await journey(page);
    console.log('ok whats_new_after_sync');
  } catch (e) {
    failed = true;
    console.log(`FAILED whats_new_after_sync: ${e.message}`);
    await page.screenshot({ path: path.join(artifacts, 'whats-new-failed.png'), fullPage: true }).catch(() => {});
    fs.writeFileSync(path.join(artifacts, 'whats-new-failed.html'), await page.content().catch(() => ''));
  }
  await ctx.close();
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error('FAILED', e); process.exit(1); });
