// The memory bench's journey through the window (tests/bench/ui reads the
// app's memory after it): a place, a search, the results, the map, back, a
// service card, back, home. Loaded by bridge.js only when the shell was
// started with INTEGRA_BENCH_JOURNEY and INTEGRA_READY_FILE; it drives the
// page with DOM events, as a person's taps reach it, and checks that the
// bundled fonts loaded from the app's assets. Bounded: a step that
// does not show its screen within 20 s ends the journey with its name.
'use strict';
(async function () {
  const core = window.__TAURI__.core;
  const STEP_MS = 20000;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  async function find(selector) {
    const until = performance.now() + STEP_MS;
    for (;;) {
      const element = document.querySelector(selector);
      if (element) return element;
      if (performance.now() > until) throw new Error(`no ${selector}`);
      await sleep(50);
    }
  }
  async function type(selector, text) {
    const input = await find(selector);
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const tap = async (selector) => (await find(selector)).click();
  const report = (what) => core.invoke('lv_rendered', { what });
  try {
    await tap('#place-chip');
    await type('#place-input', 'Prato');
    await tap('.place-option[data-istat="100005"]');
    await type('#search-input', 'corso di italiano');
    await tap('#search-go');
    await find('#results .hit');
    await tap('#show-map');
    await find('#map');
    await tap('#back');
    await tap('#results .hit[data-kind="service"] .hit-title');
    await find('#service-card');
    await tap('#back');
    await find('#results .hit');
    await tap('#home');
    await find('#search-input');
    // The bundled fonts came from the app's own assets: some loaded, none
    // failed (a face the page never needed stays unloaded).
    await document.fonts.ready;
    const faces = [...document.fonts];
    if (faces.some((f) => f.status === 'error') || !faces.some((f) => f.status === 'loaded')) {
      throw new Error(`fonts: ${faces.map((f) => `${f.family} ${f.weight} ${f.status}`)}`);
    }
    // Two frames: the last screen is painted before the bench measures.
    requestAnimationFrame(() => requestAnimationFrame(() => report('journey-done')));
  } catch (err) {
    report(`journey-failed`);
    console.error('bench journey:', err);
  }
})();
