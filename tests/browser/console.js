// The editorial console in Debian's Chromium, with the app syncing from the
// same portal (tests/console_browser.rs starts both and writes setup.json):
//   node console.js <console-url> <app-url> <artifact-dir> <setup.json>
// The journeys run in order; each builds on the one before.
'use strict';
const fs = require('fs');
const { AxeBuilder } = require('@axe-core/playwright');
const { assert, language, runJourneys } = require('./runner');

const [consoleUrl, appUrl, artifacts, setupPath] = process.argv.slice(2);
if (!consoleUrl || !appUrl || !artifacts || !setupPath) {
  console.error('usage: node console.js <console-url> <app-url> <artifact-dir> <setup.json>');
  process.exit(2);
}
const setup = JSON.parse(fs.readFileSync(setupPath, 'utf8'));
fs.mkdirSync(artifacts, { recursive: true });

// Every console screen axe and the layout checks go through: a new screen
// is added here (`who` logs in first; `path` may name ids of setup.json).
const SCREENS = [
  { name: 'login', who: null, path: '/console/login' },
  { name: 'signup', who: null, path: '/associazioni/segnala' },
  { name: 'signup-change', who: null, path: '/associazioni/modifica' },
  { name: 'signup-qr', who: null, path: '/associazioni/qr' },
  { name: 'todo', who: 'editor', path: '/console/' },
  { name: 'records', who: 'editor', path: '/console/records?kind=service' },
  { name: 'record', who: 'editor', path: () => `/console/records/service/${setup.edited}` },
  { name: 'edit', who: 'editor', path: () => `/console/records/service/${setup.edited}/edit` },
  { name: 'new-association', who: 'editor', path: '/console/records/association/new' },
  { name: 'forbidden', who: 'editor', path: () => `/console/records/service/${setup.elsewhere}`, status: 403 },
  { name: 'moderation', who: 'moderator', path: '/console/moderation' },
  { name: 'people', who: 'admin', path: '/console/people' },
  { name: 'audit', who: 'admin', path: '/console/audit' },
  { name: 'publish', who: 'admin', path: '/console/publish' },
  { name: 'import', who: 'admin', path: '/console/import' },
  { name: 'import-report', who: 'admin', prepare: uploadBadPackage },
  { name: 'news', who: 'admin', path: '/console/records?kind=news_item' },
  { name: 'new-news', who: 'admin', path: '/console/records/news_item/new' },
];

const ASSOCIATIONS = {
  accepted: 'Associazione Ponti sul Tevere',
  rejected: 'Circolo <script>alert(1)</script> Roma',
};
const REASON = 'Esiste già con un altro nome.';
/// Uploads the package with a bad row; its dry run's address (an upload
/// is its session's only).
async function uploadBadPackage(page) {
  await page.goto(`${consoleUrl}/console/import`);
  await page.setInputFiles('#files', setup.bad_package);
  await submitAndWait(page, 'form[action="/console/import"] button[type=submit]');
  return new URL(page.url()).pathname;
}

async function login(page, who) {
  const p = setup[who];
  await page.goto(`${consoleUrl}/console/login?lang=it`);
  if (!(await page.$('#email'))) {
    // Someone else is signed in: log them out first.
    await page.goto(`${consoleUrl}/console/`);
    await submitAndWait(page, 'form[action="/console/logout"] button');
    await page.goto(`${consoleUrl}/console/login?lang=it`);
  }
  await page.fill('#email', p.email);
  await page.fill('#password', setup.password);
  await Promise.all([page.waitForURL(`${consoleUrl}/console/`), page.click('main button[type=submit]')]);
}

async function submitAndWait(page, button) {
  await Promise.all([page.waitForNavigation(), page.click(button)]);
}

async function appHome(page) {
  await page.goto(appUrl);
  await page.waitForSelector('#app');
  await language(page, 'it');
}

async function reportAssociation(page, name, email) {
  await page.click('#home');
  await page.click('#go-associations');
  await page.click('#new-association');
  await page.fill('#assoc-name', name);
  await page.fill('#assoc-comune', 'Roma');
  await page.fill('#assoc-email', email);
  await page.click('#assoc-submit');
  await page.waitForFunction((n) => [...document.querySelectorAll('.outbox-item')]
    .some((e) => e.textContent.includes(n)), name);
}

/// Serious and critical axe violations, the controls under 44 px, and
/// whether the page scrolls sideways at 360 px.
async function checkScreen(page, name) {
  const problems = [];
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  for (const v of axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
    problems.push(`${name}: axe ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  }
  const small = await page.$$eval(
    'button, select, input:not([type=checkbox]):not([type=hidden]), a.button, summary, header a',
    (els) => els.filter((e) => {
      const r = e.getBoundingClientRect();
      // What nobody can see or reach (a honeypot field) is no target.
      if (e.closest('[aria-hidden="true"]')) return false;
      return r.width > 0 && r.height > 0 && (r.height < 43.5 || r.width < 43.5);
    }).map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} ${Math.round(e.getBoundingClientRect().width)}x${Math.round(e.getBoundingClientRect().height)}`));
  for (const s of small) problems.push(`${name}: target under 44 px: ${s}`);
  const before = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 640 });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (wide > 0) problems.push(`${name}: ${wide} px wider than a 360 px phone`);
  await page.setViewportSize(before);
  console.log(`console-a11y/${name}=${axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').length}`);
  return problems;
}

const journeys = {
  // The app reports two associations in Roma and sends them.
  async app_sends(page) {
    await appHome(page);
    await reportAssociation(page, ASSOCIATIONS.accepted, 'ponti@example.org');
    await reportAssociation(page, ASSOCIATIONS.rejected, 'circolo@example.org');
    await page.click('#outbox-send');
    await page.waitForSelector('#outbox-sent');
    await page.waitForFunction(() => document.querySelectorAll('.outbox-item').length === 0);
  },

  // Each person sets their password from their one-time link.
  async passwords(page) {
    for (const who of ['editor', 'moderator', 'admin']) {
      await page.goto(`${consoleUrl}${setup[who].link}`);
      await page.fill('#password', setup.password);
      await page.fill('#again', setup.password);
      await submitAndWait(page, 'main button[type=submit]');
      assert(page.url().endsWith('/console/login?welcome=1'), `${who}: to the login page`);
    }
  },

  // A Lazio editor sees only Lazio, fixes a phone number, confirms another
  // record and meets a 403 on a Lombardy record's address.
  async editor(page) {
    await login(page, 'editor');
    await page.goto(`${consoleUrl}/console/records?kind=service`);
    const listed = await page.$$eval('main td a[href^="/console/records/service/"]',
      (as) => as.map((a) => decodeURIComponent(a.getAttribute('href').split('/').pop())));
    assert(listed.length > 0, 'the list shows records');
    for (const id of listed) assert(setup.lazio_ids.includes(id), `${id} is in Lazio`);
    const other = await page.goto(`${consoleUrl}/console/records/service/${setup.elsewhere}`);
    assert(other.status() === 403, `a Lombardy record: ${other.status()}`);
    assert((await page.textContent('main')).includes('fuori dal tuo territorio'), 'says why');

    await page.goto(`${consoleUrl}/console/records/service/${setup.edited}/edit`);
    await page.fill('textarea[name=phones]', '06 4567 8910 — accoglienza');
    await submitAndWait(page, 'button[name=save]');
    const shown = await page.textContent('main');
    assert(shown.includes('06 4567 8910'), 'the new number shows');
    assert(shown.includes('referente@lazio.example'), 'the history says who');

    await page.goto(`${consoleUrl}/console/`);
    const stale = await page.$$eval('section[aria-labelledby=stale] tbody tr td:first-child a',
      (as) => as.map((a) => decodeURIComponent(a.getAttribute('href').split('/').pop())));
    const target = stale.find((id) => id !== setup.edited);
    assert(target, 'a record to confirm');
    await submitAndWait(page, `form[action="/console/records/service/${target}/confirm"] button`);
    const after = await page.$$eval('section[aria-labelledby=stale] tbody tr td:first-child a',
      (as) => as.map((a) => decodeURIComponent(a.getAttribute('href').split('/').pop())));
    assert(!after.includes(target), 'the confirmed record left the list');
  },

  // A moderator edits and accepts one association, rejects the other with
  // a reason; its name shows as text.
  async moderator(page) {
    await login(page, 'moderator');
    await page.goto(`${consoleUrl}/console/moderation`);
    const card = (name) => page.locator('article.card', { hasText: name });
    const rejected = card(ASSOCIATIONS.rejected);
    assert(await rejected.count() === 1, 'the script-named association is listed as text');
    assert(await page.$('main script') === null, 'no script element in the page');
    const accepted = card(ASSOCIATIONS.accepted);
    await accepted.locator('input[name=name]').fill(`${ASSOCIATIONS.accepted} APS`);
    await Promise.all([page.waitForNavigation(), accepted.locator('button[value=accept]').click()]);
    await card(ASSOCIATIONS.rejected).locator('textarea[name=reason]').fill(REASON);
    await Promise.all([page.waitForNavigation(),
      card(ASSOCIATIONS.rejected).locator('button[value=reject]').click()]);
    assert(await page.locator('article.card').count() === 0, 'the queue is empty');
  },

  // The app's outbox shows what became of both.
  async app_outcomes(page) {
    await appHome(page);
    await page.click('#go-settings');
    await page.click('#go-outbox');
    await page.waitForSelector('#sent-list');
    await page.waitForSelector('.sent-item .badge[data-state="accepted"]', { timeout: 30000 });
    await page.waitForSelector('.sent-item .badge[data-state="rejected"]', { timeout: 30000 });
    const reason = await page.textContent('.sent-item .sent-reason');
    assert(reason.includes(REASON), `the reason: ${reason}`);
  },

  // The admin sees what the next publication carries and publishes it.
  async admin_publishes(page) {
    await login(page, 'admin');
    await page.goto(`${consoleUrl}/console/publish`);
    const next = await page.textContent('section[aria-labelledby=next]');
    assert(/1 nuove/.test(next), `one new record: ${next}`);
    await submitAndWait(page, 'form[action="/console/publish"] button[type=submit]');
    assert((await page.textContent('main')).includes('Pubblicato'), 'published');
  },

  // The app syncs and finds the new association by its edited name.
  async app_syncs(page) {
    await appHome(page);
    await page.click('#go-settings');
    await page.waitForSelector('#sync-update:not([disabled])');
    await page.click('#sync-update');
    await page.waitForSelector('#sync-result.done', { timeout: 30000 });
    await page.click('#home');
    await page.click('#go-associations');
    await page.fill('#assoc-search', 'Ponti sul Tevere');
    await page.waitForFunction(() => [...document.querySelectorAll('#assoc-list .hit')]
      .some((e) => e.textContent.includes('Ponti sul Tevere APS')), null, { timeout: 20000 });
  },

  // Another publisher's package with one bad row: the dry run names the
  // row and offers no import.
  async admin_imports_a_bad_package(page) {
    await login(page, 'admin');
    await uploadBadPackage(page);
    const bad = await page.textContent('#bad');
    assert(bad.includes('Una riga non si può importare'), `the refusal: ${bad}`);
    const rows = await page.$$eval('tr.bad-row', (trs) => trs.map((t) => t.textContent));
    assert(rows.length === 1 && rows[0].includes('services.csv row 2') && rows[0].includes('aperto'),
      `the row, its field and why: ${rows}`);
    assert(await page.$('button[value=import]') === null, 'no import offered');
  },

  // Every console screen: axe, 44 px targets, a 360 px phone.
  async every_screen(page) {
    const problems = [];
    let who;
    for (const s of SCREENS) {
      if (s.who !== who) {
        if (s.who) await login(page, s.who);
        who = s.who;
      }
      if (!s.who) await page.context().clearCookies();
      const path = s.prepare ? await s.prepare(page) : typeof s.path === 'function' ? s.path() : s.path;
      const r = await page.goto(`${consoleUrl}${path}`);
      assert(r.status() === (s.status || 200), `${s.name}: ${r.status()}`);
      problems.push(...await checkScreen(page, s.name));
      if (!s.who) who = undefined;
    }
    assert(problems.length === 0, problems.join('\n'));
  },
};

runJourneys(journeys, {
  open: (ctx) => ctx.newPage().then((p) => { p.setDefaultTimeout(20000); return p; }),
  artifacts,
  only: (process.env.CONSOLE_ONLY || '').split(',').filter(Boolean),
});
