// Keeps a page of `integra --serve` open in Chromium until the test says
// it is done, so the app's background sync runs as it does for a person
// with the app open: node open_until.js URL DONE_FILE TIMEOUT_SECONDS.
// Exits 0 when DONE_FILE appeared in time, 1 otherwise.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { launchChromium } = require('./screens');

async function main() {
  const [url, done, timeoutSeconds] = process.argv.slice(2);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'integra-open-'));
  const browser = await launchChromium(profile);
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.log('page error:', e.message));
    await page.goto(url);
    await page.waitForSelector('#app');
    const deadline = Date.now() + Number(timeoutSeconds) * 1000;
    while (!fs.existsSync(done)) {
      if (Date.now() > deadline) {
        console.log(`${done} did not appear within ${timeoutSeconds} s`);
        return 1;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    return 0;
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (e) => {
  console.log(e);
  process.exit(1);
});
