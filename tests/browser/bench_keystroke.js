// Keystroke → results latency of the Results screen, in Debian's Chromium
// against `integra --serve`.
//   node bench_keystroke.js <url> [min-samples]
// Types into #results-input one character at a time and times, inside the
// page, each keystroke (keydown) to the moment the results (#results ids
// or #results-count) change in the DOM. Keystrokes that leave the results
// as they were are not counted (nothing to time). Prints one JSON line:
// {"n":…,"unchanged":…,"p50_ms":…,"p95_ms":…,"max_ms":…,"style_bytes":…,"dom_nodes":…}
// (the last two: the page's stylesheet text and its elements on the
// Results screen).
'use strict';
const { launchChromium } = require('./screens');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [url, minArg] = process.argv.slice(2);
if (!url) {
  console.error('usage: node bench_keystroke.js <url> [min-samples]');
  process.exit(2);
}
const MIN_SAMPLES = Number(minArg || 60);
const CHANGE_WAIT_MS = 1500;
// Needs people type, in Italian and in other languages the sample has.
const WORDS = ['lavoro', 'italiano', 'casa', 'salute', 'permesso', 'scuola', 'medico',
  'avvocato', 'mediazione', 'formazione', 'accoglienza', 'sportello', 'donne', 'minori',
  'asilo', 'alloggio', 'cittadinanza', 'tirocinio', 'consultorio', 'patronato'];

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'integra-bench-chromium-'));
  const ctx = await launchChromium(profile);
  try {
    const page = ctx.pages()[0] || (await ctx.newPage());
    page.setDefaultTimeout(30000);
    await page.goto(url);
    await page.waitForSelector('#app');
    if (await page.$('#language-picker')) await page.click('[data-lang="it"]');
    await page.waitForSelector('#search-input');
    await page.fill('#search-input', 'lavoro');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('#results-input');
    await page.waitForSelector('#results-count');

    await page.evaluate(() => {
      const sig = () => {
        const ids = [...document.querySelectorAll('#results .hit')].map((e) => e.dataset.id).join(',');
        const count = document.querySelector('#results-count')?.textContent ?? '';
        return `${ids}|${count}|${document.querySelector('#results') ? 1 : 0}`;
      };
      const b = { t0: 0, t1: 0, done: true, sig: sig() };
      window.__bench = b;
      document.addEventListener('keydown', () => {
        b.t0 = performance.now();
        b.done = false;
      }, true);
      new MutationObserver(() => {
        const s = sig();
        if (s === b.sig) return;
        b.sig = s;
        if (!b.done) {
          b.t1 = performance.now();
          b.done = true;
        }
      }).observe(document.getElementById('main'), { subtree: true, childList: true, characterData: true });
    });

    const samples = [];
    let unchanged = 0;
    const input = page.locator('#results-input');
    outer:
    for (let round = 0; round < 4; round++) {
      for (const word of WORDS) {
        // Start each word from an empty box (not timed).
        await input.fill('');
        await page.waitForTimeout(100);
        await input.focus();
        for (const ch of word) {
          await page.keyboard.type(ch);
          try {
            await page.waitForFunction(() => window.__bench.done, null, { timeout: CHANGE_WAIT_MS });
            samples.push(await page.evaluate(() => window.__bench.t1 - window.__bench.t0));
          } catch (e) {
            if (e.name !== 'TimeoutError') throw e;
            unchanged++;
          }
          if (samples.length >= MIN_SAMPLES) break outer;
        }
      }
    }
    if (samples.length < 50) throw new Error(`only ${samples.length} timed keystrokes (${unchanged} unchanged)`);
    const sorted = [...samples].sort((a, b) => a - b);
    const r = (x) => Math.round(x * 10) / 10;
    // The page's weight on the Results screen: the stylesheet text and the
    // elements of the DOM.
    const weight = await page.evaluate(() => ({
      style_bytes: [...document.querySelectorAll('style')]
        .reduce((n, s) => n + new TextEncoder().encode(s.textContent).length, 0),
      dom_nodes: document.getElementsByTagName('*').length,
    }));
    console.log(JSON.stringify({
      n: samples.length,
      unchanged,
      p50_ms: r(percentile(sorted, 50)),
      p95_ms: r(percentile(sorted, 95)),
      max_ms: r(sorted[sorted.length - 1]),
      ...weight,
    }));
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error('bench_keystroke failed:', e);
  process.exit(1);
});
