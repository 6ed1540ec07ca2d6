// Starts the real host (built dll, temp data directory, loopback port) and headless Debian Chromium.
// If the host does not serve the UI yet (UseStaticFiles not wired), a small loopback server serves
// dist/ and forwards /api to the host, so the same pages are tested either way.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const webui = resolve(here, '..');
export const repo = resolve(webui, '../..');
const hostProject = join(repo, 'host/SmartGateway.Host');
export const shots = join(webui, 'e2e-screenshots');

const freePort = () => new Promise((ok) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
});

async function waitFor(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

function uiServer(apiPort) {
  const dist = join(webui, 'dist');
  return createServer((req, res) => {
    if (req.url.startsWith('/api')) {
      const up = httpRequest({ host: '127.0.0.1', port: apiPort, path: req.url, method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode, r.headers);
        r.pipe(res);
      });
      up.on('error', () => { res.writeHead(502); res.end(); });
      req.pipe(up);
      return;
    }
    const path = join(dist, req.url.split('?')[0] === '/' ? 'index.html' : req.url.split('?')[0]);
    if (!path.startsWith(dist) || !existsSync(path)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
}

export async function start() {
  if (!existsSync(join(webui, 'dist/index.html'))) throw new Error('run `npm run build` first (npm run e2e does)');
  const build = spawnSync('dotnet', ['build', hostProject, '-c', 'Release', '-p:SkipWebUi=true', '--nologo', '-v', 'q'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('dotnet build of the host failed');
  const dll = join(hostProject, 'bin/Release/net10.0/SmartGateway.Host.dll');
  const data = mkdtempSync(join(tmpdir(), 'sg-e2e-'));
  const port = await freePort();
  const host = spawn('dotnet', [dll, '--urls', `http://127.0.0.1:${port}`, `--Gateway:DataDirectory=${data}`,
    '--Gateway:SerialNumber=IS000966', '--Gateway:Simulator:Enabled=true', '--Gateway:Simulator:AllowOverrides=true',
    // No fixed ports beside the HTTP one: other gateways may run on this machine.
    '--Gateway:DiscoveryPort=0', `--Gateway:ModbusTcpPort=${await freePort()}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  host.stdout.on('data', (d) => { log += d; });
  host.stderr.on('data', (d) => { log += d; });
  const api = `http://127.0.0.1:${port}`;
  const stopHost = async () => {
    if (host.exitCode === null) {
      host.kill('SIGTERM');
      await new Promise((ok) => { host.once('exit', ok); setTimeout(ok, 5000); });
    }
    rmSync(data, { recursive: true, force: true });
  };
  try {
    await waitFor(`${api}/api`, 60_000);
  } catch (e) {
    await stopHost();
    throw new Error(`${e.message}\n${log}`);
  }

  let base = api;
  let proxy;
  const root = await fetch(`${api}/`).catch(() => null);
  if (!root || !root.ok || !(root.headers.get('content-type') ?? '').includes('html')) {
    const uiPort = await freePort();
    proxy = uiServer(port);
    await new Promise((ok) => proxy.listen(uiPort, '127.0.0.1', ok));
    base = `http://127.0.0.1:${uiPort}`;
  }

  mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  return {
    api, base, browser, context, page, servedByHost: !proxy, log: () => log,
    async stop() {
      await browser.close().catch(() => {});
      if (proxy) proxy.close();
      await stopHost();
    },
  };
}

/** A REST call as the test's own client, with the credentials cookie when auth is on. */
export async function call(api, method, path, body, cookie) {
  const headers = { 'Content-Type': 'application/json' };
  if (cookie) headers.Cookie = cookie;
  const r = await fetch(api + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, body: text ? (() => { try { return JSON.parse(text); } catch { return text; } })() : undefined };
}

/** Collects the page's console errors and uncaught exceptions; take() returns and forgets them. */
export function consoleErrors(page) {
  let errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`); });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return { take: () => { const out = errors; errors = []; return out; } };
}

/**
 * Reads `read()` until it gives `expected` (up to 5 s), then asserts it: Preact renders a state change after the
 * click or keystroke that made it, so what a test reads at once may still be the page before.
 */
export async function eventually(read, expected) {
  const deadline = Date.now() + 5000;
  let actual = await read();
  while (actual !== expected && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 50));
    actual = await read();
  }
  assert.equal(actual, expected);
}
