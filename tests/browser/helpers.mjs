// Shared set-up for the browser tests: the page's own server on a free port, and Debian's Chromium
// driven by playwright-core. A missing browser or an unbuilt package is a failure, never a skip.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { start } from '../../scripts/serve.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const SAMPLES = path.resolve(root, '../shared/samples');

/** A short article with two named sources (one of them, Haddad, named twice), written for the tests. */
export const ORCHARD_ARTICLE = [
  'Orchard growers and the water board disagree over summer rationing',
  '"Without the full allocation we lose the harvest," orchard cooperative chair Ines Barros said on Tuesday.',
  'Water board engineer Tariq Haddad said reservoir levels were the lowest in a decade.',
  '"We cannot release water we do not have," Haddad told a public meeting.',
  'Barros said growers would appeal the decision.',
].join('\n\n');

export function readSample(name) {
  const file = path.join(SAMPLES, name);
  if (!existsSync(file)) {
    throw new Error(`missing ${file}: the browser tests read ../shared/samples beside the repository`);
  }
  return readFileSync(file, 'utf8');
}

/** Starts the server and the browser. Throws a clear message when something is missing. */
export async function setup() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The browser tests need Debian's chromium: ` +
        'apt-get update && apt-get install -y chromium (they are never skipped).',
    );
  }
  for (const f of ['pkg/index.js', 'pkg/node.js', 'pkg/quotelens_core_bg.wasm']) {
    if (!existsSync(path.join(root, f))) throw new Error(`${f} is missing: run npm run build first`);
  }
  const server = await start({ port: 0 });
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  } catch (err) {
    await server.close();
    throw new Error(`could not launch ${CHROMIUM}: ${err.message}`);
  }
  return {
    server,
    browser,
    async teardown() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the page in a fresh context and waits until the analyser is loaded. Records console
 * errors and warnings, page errors, failed requests and every request's URL in `problems` and
 * `requests`.
 */
export async function openPage(env, { bypassCSP = false } = {}) {
  const origin = new URL(env.server.url).origin;
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
  await page.goto(env.server.url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
  return { page, context, problems, requests, origin };
}

/** A real paste: the text goes to the clipboard, then Ctrl+V into the (emptied) article box. */
export async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.fill('#article', '');
  await page.focus('#article');
  await page.keyboard.press('Control+V');
  await page.waitForFunction((t) => document.querySelector('#article').value === t, text, { timeout: 5000 });
}

/** Waits until the highlighted view shows exactly this text. */
export async function waitForOutput(page, text) {
  try {
    await page.waitForFunction((t) => document.querySelector('#output').textContent === t, text, { timeout: 10000 });
  } catch (err) {
    const shown = await page.$eval('#output', (o) => o.textContent).catch(() => '(no #output)');
    const error = await page.$eval('#error', (e) => (e.hidden ? '' : e.textContent)).catch(() => '');
    throw new Error(`the page did not show the pasted text verbatim within 10 s${error ? ` (error shown: ${error})` : ''}; shown: ${JSON.stringify(shown.slice(0, 200))}`, { cause: err });
  }
}

/** Every highlight of what a source said: { attr, start, end, text, source, continuation }. */
export function highlights(page, selector = '#output mark.attr') {
  return page.$$eval(selector, (marks) =>
    marks.map((m) => ({
      attr: Number(m.dataset.attr),
      start: Number(m.dataset.start),
      end: Number(m.dataset.end),
      text: m.textContent,
      source: m.dataset.source,
      continuation: m.classList.contains('cont'),
    })),
  );
}

/** Joins the pieces of each attribution into one extent: Map attr → { start, end, text }. */
export function byAttribution(pieces) {
  const map = new Map();
  for (const p of pieces) {
    const e = map.get(p.attr);
    if (!e) map.set(p.attr, { start: p.start, end: p.end, text: p.text });
    else {
      e.start = Math.min(e.start, p.start);
      e.end = Math.max(e.end, p.end);
      e.text += p.text;
    }
  }
  return map;
}

/** Overlap of two ranges as intersection over union, 0..1. */
export function jaccard(a, b) {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? inter / union : 0;
}

/** Source names as a reader compares them: case, a leading "the", hyphens and spacing ignored. */
export function sameName(a, b) {
  const norm = (s) => s.toLowerCase().replace(/[-‐‑–]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^the /, '');
  return norm(a) === norm(b);
}

/** What the page asks the analyser for until a box is ticked: speech and writing only. */
export const PAGE_OPTIONS = Object.freeze({ classes: ['speech', 'writing'] });

/** Node's analysis of the same text, from the same package: the reference for offsets. */
export async function analyzeInNode(text, options) {
  const { analyze } = await import('../../pkg/node.js');
  return analyze(text, options);
}
