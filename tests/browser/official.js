// Journeys on the official records, as a person installs the app (no
// --sample-catalog), in Debian's Chromium against `integra --serve`.
//   node official.js <url> <artifact-dir> [journey ...]
// Exits non-zero on the first failed assertion; a screenshot per journey.
'use strict';
const { assert, choosePlace, language, pageOpener, runJourneys } = require('./runner');
const fs = require('fs');
const path = require('path');

const [url, artifacts, ...only] = process.argv.slice(2);
if (!url || !artifacts) {
  console.error('usage: node official.js <url> <artifact-dir> [journey ...]');
  process.exit(2);
}
fs.mkdirSync(artifacts, { recursive: true });
const open = pageOpener(url);
// Fluent isolates placeables with FSI/PDI marks.
const plain = (s) => (s || '').replace(/[\u2068\u2069]/g, '').trim();

async function search(page, text) {
  await page.fill('#search-input', text);
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('#results .hit');
}

// Prato's two CPIA teaching sites (assets/data/official/cpia_sites.tsv).
const PRATO_CPIA = ['mim:POCT70000N', 'mim:POCT70100D'];

const journeys = {
  // Arabic, Prato, an English query: a real CPIA site of Prato first, said
  // to be "in Prato" (its point is the comune's centre), its card with the
  // approximate-position note and the source line, right to left.
  async arabic_italian_course(page) {
    await language(page, 'ar');
    await choosePlace(page, 'Prato', '100005');
    await search(page, 'Italian course');
    const first = await page.$eval('#results .hit', (e) => ({
      id: e.dataset.id,
      precision: e.querySelector('.hit-meta').dataset.precision,
      distance: e.querySelector('.hit-meta .distance')?.textContent || '',
      sample: e.querySelector('.badge-sample') !== null,
    }));
    assert(PRATO_CPIA.includes(first.id), `a CPIA site of Prato first, got ${first.id}`);
    assert(!first.sample, 'a real record');
    assert(first.precision === 'comune', `placed at the comune, got ${first.precision}`);
    assert(plain(first.distance).includes('Prato') && !/\d/.test(first.distance),
      `"in Prato", not a distance: ${first.distance}`);
    // the map draws it as a ring, not a pin
    await page.click('#show-map');
    await page.waitForSelector('#map .pin');
    assert(await page.$(`#map .pin.approx[data-id="${first.id}"]`) !== null, 'a ring on the map');
    await page.click('#home');
    await page.waitForSelector('#search-input');
    await search(page, 'دورة لغة إيطالية');
    const firstAr = await page.$eval('#results .hit', (e) => e.dataset.id);
    assert(PRATO_CPIA.includes(firstAr), `the Arabic query finds the same sites, got ${firstAr}`);
    await page.click('#results .hit .hit-title');
    await page.waitForSelector('#service-card');
    const note = await page.$eval('.position-note', (e) => ({ p: e.dataset.precision, t: e.textContent }));
    assert(note.p === 'comune' && /[\u0600-\u06FF]/.test(note.t) && note.t.includes('Prato'),
      `the approximate-position note, in Arabic: ${note.t}`);
    const source = await page.textContent('#card-source');
    for (const part of ["Ministero dell'Istruzione e del Merito", '2025/26', 'IODL 2.0']) {
      assert(source.includes(part), `the source line names ${part}: ${source}`);
    }
    assert(/[\u0600-\u06FF]/.test(source), 'the source line is in Arabic');
    // What a CPIA is, in the reader's language (the record's own text is
    // Italian only).
    const kind = await page.$eval('#card-kind', (e) => ({ k: e.dataset.kind, t: e.textContent }));
    assert(kind.k === 'cpia-site' && /[\u0600-\u06FF]/.test(kind.t) && kind.t.includes('CPIA'),
      `the CPIA explained in Arabic: ${kind.k} ${kind.t}`);
    assert(await page.$('#service-card .badge-sample') === null, 'no sample badge');
    // The source says nothing of documents: "not stated", never "none needed".
    const docs = await page.textContent('#card-documents');
    const notStated = await page.evaluate(() => document.querySelector('#card-languages').textContent);
    assert(docs === notStated, `documents not stated, like the languages: ${docs}`);
    assert(await page.evaluate(() => document.documentElement.dir) === 'rtl', 'rtl');
    assert(await page.$eval('#service-card', (e) => getComputedStyle(e).direction) === 'rtl', 'the card is rtl');
  },

  // Italian, Rome, "scuola primaria": Rome's state primary schools.
  async italian_primary_school(page) {
    await language(page, 'it');
    await choosePlace(page, 'Roma', '058091');
    await search(page, 'scuola primaria');
    const hits = await page.$$eval('#results .hit', (els) => els.slice(0, 5).map((e) => ({
      id: e.dataset.id,
      meta: e.querySelector('.hit-meta').textContent,
      title: e.querySelector('.hit-title').textContent,
    })));
    assert(hits.length === 5, `five results at least, got ${hits.length}`);
    for (const h of hits) {
      // MIM codes: province, then EE for a primary school ("scuola
      // elementare"; names do not always say so: "Sc.El.Annessa …").
      assert(/^mim:RMEE/.test(h.id), `a primary school of the province of Rome: ${h.id} ${h.title}`);
      assert(plain(h.meta).includes('Roma'), `in Rome: ${h.meta}`);
    }
    await page.click('#results .hit .hit-title');
    await page.waitForSelector('#service-card');
    const source = await page.textContent('#card-source');
    assert(plain(source).startsWith('Fonte: Ministero'), `the source line in Italian: ${source}`);
    assert(await page.$eval('#card-kind', (e) => e.dataset.kind) === 'school-primaria',
      'a primary school is explained as one');
    const enrol = await page.textContent('#card-kind-enrolment');
    assert(enrol.includes('permesso di soggiorno'), `enrolment without a permit: ${enrol}`);
  },

  // English, Prato, "hospital": a hospital of the province, explained
  // (112, care without a permit), no cost or documents invented.
  async hospital_explained(page) {
    await language(page, 'en');
    await choosePlace(page, 'Prato', '100005');
    await search(page, 'hospital');
    const first = await page.$eval('#results .hit', (e) => e.dataset.id);
    assert(/^salute:/.test(first), `a Ministero della Salute record first, got ${first}`);
    await page.click('#results .hit .hit-title');
    await page.waitForSelector('#service-card');
    const kind = await page.$eval('#card-kind', (e) => ({ k: e.dataset.kind, t: e.textContent }));
    assert(['hospital', 'private-clinic'].includes(kind.k) && kind.t.includes('112'),
      `explained, with the emergency number: ${kind.k} ${kind.t}`);
    assert(await page.$('#card-kind-enrolment') === null, 'no school text on a hospital');
    const cost = await page.textContent('#card-cost');
    assert(cost === await page.textContent('#card-languages'), `cost not stated, never "payment required": ${cost}`);
  },

  // An area with no official records (work): said plainly, with the
  // helpline, never filled with invented records.
  async honest_empty_area(page) {
    await language(page, 'en');
    await choosePlace(page, 'Prato', '100005');
    await page.click('.area-tile[data-area="work"]');
    await page.waitForSelector('#empty-area');
    const text = await page.textContent('#empty-area');
    assert(/Work/i.test(text) && text.includes('CPIA'), `the area is named and why: ${text}`);
    assert(await page.$('#empty-area #helpline-call[href^="tel:"]') !== null, 'the helpline to call');
    assert(await page.$('#results .hit') === null, 'no invented results');
    // ... and a way to report a service the app lacks, kept offline.
    await page.click('#report-service');
    await page.waitForSelector('#new-service-form');
    assert(await page.$eval('#service-area', (e) => e.value) === 'work', 'the area is the one asked for');
    await page.click('#service-submit');
    await page.waitForSelector('#service-name-error');
    assert(await page.$('#service-comune-error') !== null && await page.$('#service-what-error') !== null,
      'each missing field says so');
    await page.fill('#service-name', 'Sportello lavoro per stranieri');
    await page.fill('#service-comune', 'Prato');
    await page.fill('#service-what', 'Orientamento al lavoro e aiuto con il curriculum, il lunedì.');
    await page.fill('#service-website', 'javascript:alert(1)');
    await page.click('#service-submit');
    await page.waitForSelector('#service-website-error');
    await page.fill('#service-website', '');
    await page.click('#service-submit');
    await page.waitForSelector('#outbox-list .outbox-item[data-kind="new_service"]');
    const label = await page.textContent('#outbox-list .outbox-item[data-kind="new_service"] .hit-title');
    assert(label.includes('New service'), `the outbox names it: ${label}`);
  },

  // Learn Italian: the CPIA's teaching sites nearest the place, one tap away.
  async learn_finds_the_cpia(page) {
    await language(page, 'en');
    await choosePlace(page, 'Prato', '100005');
    await page.click('#home');
    await page.click('#go-learn');
    await page.click('#learn-cpia');
    await page.waitForSelector('#results .hit');
    const first = await page.$eval('#results .hit', (e) => e.dataset.id);
    assert(PRATO_CPIA.includes(first), `Prato's CPIA first, got ${first}`);
  },

  // Settings: the sources held, and no sample line.
  async sources(page) {
    await language(page, 'en');
    await page.click('#go-settings');
    await page.waitForSelector('#sources');
    const keys = await page.$$eval('#sources .source-official', (els) => els.map((e) => e.dataset.source));
    assert(keys.includes('mim-2025') && keys.includes('salute-2024'), `sources listed: ${keys}`);
    assert(await page.$('#sources-sample') === null, 'no sample line: there are no sample records');
    const text = await page.textContent('#sources');
    assert(text.includes('GeoNames'), 'GeoNames credited for postcode points');
  },
};

runJourneys(journeys, { open, artifacts, only });
