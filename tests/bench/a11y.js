#!/usr/bin/env node
// The accessibility figure (issue 5): serious and critical axe-core
// violations summed over every screen (tests/browser/screens.js) in it, ar
// and zh, in Debian's Chromium against `integra --serve`:
//   a11y/violations_serious=<n>     (budget 0)
// Reports; asserts nothing (tests/a11y.rs asserts 0).
//   node tests/bench/a11y.js
// INTEGRA_BENCH_BIN=<binary> measures that build; otherwise the release build
// if there is one, else the debug build (built if missing).
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const target = path.resolve(root, process.env.CARGO_TARGET_DIR || 'target');

function binary() {
  if (process.env.INTEGRA_BENCH_BIN) return process.env.INTEGRA_BENCH_BIN;
  const release = path.join(target, 'release', 'integra');
  if (fs.existsSync(release)) return release;
  const debug = path.join(target, 'debug', 'integra');
  if (!fs.existsSync(debug)) {
    const built = spawnSync('cargo', ['build', '-p', 'integra'], { cwd: root, stdio: ['ignore', 2, 2] });
    if (built.status !== 0) throw new Error('cargo build -p integra failed');
  }
  return debug;
}

function ensureNodeModules() {
  const browser = path.join(root, 'tests', 'browser');
  if (!fs.existsSync(path.join(browser, 'node_modules', '@axe-core', 'playwright'))) {
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: browser, stdio: ['ignore', 2, 2] });
    if (r.status !== 0) throw new Error('npm ci failed in tests/browser');
  }
}

/// Starts the app on a fresh data folder; resolves with its URL (bounded wait).
function serve(bin, data) {
  const child = spawn(bin, ['--serve', '--data-dir', data], {
    env: { ...process.env, INTEGRA_CLOCK: '2026-11-24T09:30:00Z', LANG: 'it_IT.UTF-8' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('integra --serve printed no URL in 180 s')), 180000);
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const found = buffer.split(/\s+/).find((w) => w.startsWith('http://'));
      if (found) { clearTimeout(timer); resolve(found); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`integra exited (${code})`)); });
  });
  return { child, url };
}

(async () => {
  const bin = binary();
  ensureNodeModules();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'integra-a11y-bench-'));
  const { child, url } = serve(bin, path.join(work, 'data'));
  let status = 1;
  try {
    const address = await url;
    const run = spawnSync('node', [path.join(root, 'tests', 'browser', 'a11y.js'), address,
      path.join(target, 'test-artifacts', 'a11y-bench'), '--report'],
    { cwd: path.join(root, 'tests', 'browser'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
    const figure = (run.stdout || '').split('\n').find((l) => l.startsWith('a11y/violations_serious='));
    // The details go to stderr; the figure alone to stdout, like the other benches.
    process.stderr.write(run.stdout || '');
    if (figure) {
      console.log(figure);
      status = 0;
    }
  } finally {
    child.kill('SIGKILL');
    fs.rmSync(work, { recursive: true, force: true });
  }
  process.exit(status);
})().catch((e) => { console.error(e.message); process.exit(1); });
