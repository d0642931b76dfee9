#!/usr/bin/env node
// kiosk/reset_ms: from the moment a kiosk's idle timeout is reached to the
// home screen shown again (default language, empty search), in Debian's
// Chromium against `integra --serve --kiosk` with a 3-second timeout.
// Prints the median of several sessions. Budget: <= 1000 ms.
//   node tests/bench/kiosk_reset.js [integra binary]   (default: $INTEGRA_BENCH_BIN,
//   else $CARGO_TARGET_DIR or target/ + debug/integra; runs: $INTEGRA_BENCH_RUNS, 5)
// Needs tests/browser's npm packages (cd tests/browser && npm ci).
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const { chromium } = require(path.join(root, 'tests/browser/node_modules/playwright-core'));
const target = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
const bin = process.argv[2] || process.env.INTEGRA_BENCH_BIN || path.join(target, 'debug', 'integra');
const runs = Number(process.env.INTEGRA_BENCH_RUNS || 5);
const IDLE_SECONDS = 3;

function serve(data) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['--serve', '--kiosk', '--data-dir', data], {
      env: { ...process.env, INTEGRA_KIOSK_IDLE_SECONDS: String(IDLE_SECONDS), LANG: 'en_US.UTF-8' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const timer = setTimeout(() => reject(new Error('integra did not print its URL in 180 s')), 180000);
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=\w+/);
      if (m) { clearTimeout(timer); resolve({ child, url: m[0] }); }
    });
    child.on('exit', (code) => reject(new Error(`integra exited (${code})`)));
  });
}

async function oneReset(page, url) {
  await page.goto(url);
  await page.waitForSelector('#search-input');
  const defaultLang = await page.evaluate(() => document.documentElement.lang);
  // A session: another language, a search, a filter.
  await page.selectOption('#lang-switch', defaultLang === 'fr' ? 'de' : 'fr');
  await page.fill('#search-input', 'medico');
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('#results-count');
  await page.click('#filters-toggle');
  await page.click('#f-free');
  await page.waitForSelector('#f-free.on');
  // Timed in the page: the last input event, then the first DOM state
  // showing home in the default language.
  return page.evaluate(({ idleMs, lang }) => new Promise((resolve) => {
    const last = window.__lastInput;
    const deadline = last + idleMs;
    const isHome = () => document.documentElement.lang === lang
      && document.querySelector('#search-input') !== null
      && document.querySelector('#results-count') === null
      && document.querySelector('#kiosk-countdown') === null;
    const obs = new MutationObserver(() => {
      if (isHome()) {
        obs.disconnect();
        resolve(performance.now() - deadline);
      }
    });
    obs.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  }), { idleMs: IDLE_SECONDS * 1000, lang: defaultLang });
}

async function main() {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: cargo build -p integra`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'integra-kiosk-bench-'));
  const { child, url } = await serve(path.join(work, 'data'));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      page.setDefaultTimeout(30000);
      // Every event the app counts as activity, timed where it starts.
      await page.addInitScript(() => {
        window.__lastInput = performance.now();
        for (const t of ['pointerdown', 'keydown', 'input']) {
          addEventListener(t, () => { window.__lastInput = performance.now(); }, true);
        }
      });
      times.push(await oneReset(page, url));
      await page.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.error(`kiosk resets (ms): ${times.map((t) => t.toFixed(0)).join(' ')}`);
    console.log(`kiosk/reset_ms=${median.toFixed(0)}`);
  } finally {
    await browser.close();
    child.kill('SIGKILL');
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
