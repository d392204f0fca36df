#!/usr/bin/env node
// Bytes and time of one foikb search query in headless Chromium.
// Usage: node measure.mjs SITE_DIR "query one" "query two" ...
// Serves SITE_DIR on 127.0.0.1 (no compression, no cache) and, for each query, opens
// /search/?q=QUERY in a fresh browser context. Reports the bytes of index files served under
// /search/ (meta, dictionary shards, postings, result chunks; the page and its script excluded),
// their gzip size, and the time from the last index byte arriving to the first results rendered
// (performance mark 'foikb-results' set by search.js). Needs puppeteer-core, found through
// NODE_PATH or /tmp/bench/node_modules (see /work/shared/bench/setup.sh).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(process.env.BENCH_MODULES || '/tmp/bench/node_modules/');
const puppeteer = require('puppeteer-core');
const [siteDir, ...queries] = process.argv.slice(2);
const root = path.resolve(siteDir);
let served = [];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (p.endsWith('/')) p += 'index.html';
  const f = path.join(root, p);
  if (!f.startsWith(root) || !fs.existsSync(f) || fs.statSync(f).isDirectory()) { res.writeHead(404); res.end(); return; }
  const body = fs.readFileSync(f);
  served.push({ path: p, body });
  res.writeHead(200, { 'content-type': types[path.extname(f)] || 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(body);
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const rows = [];
for (const q of queries) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  served = [];
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => performance.getEntriesByName('foikb-results').length > 0 ||
    /No results/.test(document.getElementById('search-status').textContent), { timeout: 30000 });
  const timing = await page.evaluate(() => {
    const mark = performance.getEntriesByName('foikb-results')[0];
    const index = performance.getEntriesByType('resource').filter(r => /\/search\/(meta\.json|d\/|p\/|docs\/)/.test(r.name));
    const last = Math.max(...index.filter(r => !mark || r.responseEnd <= mark.startTime).map(r => r.responseEnd));
    return { toResults: mark ? mark.startTime - last : null, results: document.querySelectorAll('#search-results li').length };
  });
  const index = served.filter(s => /^\/search\/(meta\.json|d\/|p\/|docs\/)/.test(s.path));
  const bytes = index.reduce((n, s) => n + s.body.length, 0);
  const gzip = index.reduce((n, s) => n + zlib.gzipSync(s.body, { level: 6 }).length, 0);
  const script = served.filter(s => s.path.endsWith('search.js')).reduce((n, s) => n + s.body.length, 0);
  if (process.env.BENCH_VERBOSE) for (const s of index) console.error(q, s.path, s.body.length);
  rows.push({ q, files: index.length, bytes, gzip, msLastByteToResults: timing.toResults && +timing.toResults.toFixed(1), results: timing.results, script });
  await context.close();
}
await browser.close();
server.close();
console.log('| query | index files | bytes | gzip | ms last byte -> results | results shown |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.q} | ${r.files} | ${r.bytes} | ${r.gzip} | ${r.msLastByteToResults} | ${r.results} |`);
console.log(JSON.stringify(rows));
