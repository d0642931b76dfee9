// The window's side of the liveview-over-IPC bridge (see src/bridge.rs):
// the app's screens run in the app process and reach this page through
// Tauri's IPC. No websocket, no TCP port.
'use strict';
(function () {
  const core = window.__TAURI__.core;

  // What dioxus-liveview's glue expects of a WebSocket, over Tauri IPC:
  // invoke() carries events to the app, a Channel carries edits back.
  class IntegraIpcSocket {
    constructor() {
      this.id = null;
      this.queue = [];
      this.binaryType = 'arraybuffer';
      this.onopen = null;
      this.onmessage = null;
      this.onerror = null;
      this.onclose = null;
      const channel = new core.Channel();
      channel.onmessage = (buf) => {
        if (this.onmessage) this.onmessage({ data: buf });
      };
      core.invoke('lv_connect', { channel }).then(
        (id) => {
          this.id = id;
          if (this.onopen) this.onopen();
          this.queue.splice(0).forEach((m) => this.send(m));
        },
        (err) => {
          if (this.onerror) this.onerror(err);
          showError(err);
        },
      );
    }
    send(msg) {
      if (this.id === null) {
        this.queue.push(msg);
        return;
      }
      core.invoke('lv_send', { id: this.id, msg: String(msg) });
    }
    close() {}
  }
  window.IntegraIpcSocket = IntegraIpcSocket;

  function showError(err) {
    const main = document.createElement('main');
    const p = document.createElement('p');
    p.className = 'error';
    p.setAttribute('role', 'alert');
    p.textContent = 'Integra non può partire / Integra cannot start:\n' + String(err);
    main.appendChild(p);
    document.body.replaceChildren(main);
  }

  // Takes over the app's page: <html> lang and dir, the head (title,
  // stylesheet) and the mount point.
  function adopt(html) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const root = document.documentElement;
    for (const a of Array.from(doc.documentElement.attributes)) root.setAttribute(a.name, a.value);
    const imported = (parent) => Array.from(parent.childNodes).map((n) => document.importNode(n, true));
    document.head.replaceChildren(...imported(doc.head));
    document.body.replaceChildren(...imported(doc.body));
  }

  // Tells the app which first screen is showing: the language picker (a
  // first start), then the home screen (its search box). The app writes it
  // to INTEGRA_READY_FILE for the smoke test and the bench, if set.
  function reportFirstScreens() {
    const main = document.getElementById('main');
    let last = null;
    const report = (what) => {
      last = what;
      // Two frames: the screen is painted, not only in the DOM.
      requestAnimationFrame(() => requestAnimationFrame(() => core.invoke('lv_rendered', { what })));
      if (what === 'home') {
        observer.disconnect();
        benchJourney();
      }
    };
    const check = () => {
      const now = document.getElementById('search-input')
        ? 'home'
        : document.getElementById('language-picker')
          ? 'language-picker'
          : null;
      if (now !== null && now !== last) report(now);
    };
    const observer = new MutationObserver(check);
    observer.observe(main, { childList: true, subtree: true });
    check();
  }

  // The memory bench (tests/bench/ui) asks the window to walk a journey by
  // itself; a person's window never does (the shell says no).
  async function benchJourney() {
    if (!(await core.invoke('lv_bench_journey'))) return;
    const script = document.createElement('script');
    script.src = 'bench-journey.js';
    document.body.appendChild(script);
  }

  async function start() {
    try {
      adopt(await core.invoke('lv_page'));
      const glue = await core.invoke('lv_glue');
      reportFirstScreens();
      // Indirect eval: the glue runs as a global script would.
      (0, eval)(glue);
    } catch (err) {
      showError(err);
    }
  }
  start();
})();
