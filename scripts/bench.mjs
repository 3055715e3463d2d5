#!/usr/bin/env node
// npm run bench: quotelens analyze() throughput in Node and in Chromium, side by side in the same
// run with compromise 14.17.0 (nlp(t).quotations(), nlp(t).sentences()) and wink-nlp 2.4.0 with
// wink-eng-lite-web-model 1.8.1 (sentences), on ~1 MB of generated news-like text.
// Prints MB/s (UTF-8 megabytes, 1e6 bytes, per second), medians, the ratios quotelens ÷ peer, and
// the wasm's init time. A measurement, not a test: nothing here asserts a speed.
//
// Environment: BENCH_BYTES (default 1000000), BENCH_RUNS (quotelens runs, default 7),
// BENCH_PEER_RUNS (peer runs, default 3), BENCH_BROWSER=0 to skip Chromium.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BYTES = Number(process.env.BENCH_BYTES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PEER_RUNS = Number(process.env.BENCH_PEER_RUNS ?? 3);
const BROWSER = process.env.BENCH_BROWSER !== '0';
const CHROMIUM = '/usr/bin/chromium';

// ---------------------------------------------------------------------------------------------
// Generated news-like text: agency-style paragraphs from templates, with direct, partial and
// indirect quotes, "according to", headlines and page furniture. A seeded PRNG keeps it the same
// from run to run. Every name and place is invented.

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateText(bytes = BYTES, seed = 20261125) {
  const rnd = mulberry32(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const people = [
    ['Mara Lindqvist', 'Foreign Minister'], ['Tomas Brandt', 'union leader'], ['Aiko Tanabe', 'spokeswoman for the port authority'],
    ['Dr. Hamid Serrano', 'chief economist at Northgate Bank'], ['Ilse Varga', 'the regional transport minister'],
    ['Gen. Piotr Halas', 'army chief of staff'], ['Nadia El-Amin', 'a senior official'], ['J. R. Okonkwo', 'the mayor of Eastbridge'],
    ['Lucía Ferrer', 'a spokeswoman for the health ministry'], ['Prof. Arne Solberg', 'a political scientist at Kestrel University'],
  ];
  const orgs = ['The ministry', 'The central bank', 'The presidential office', 'The opposition bloc', 'The harbour authority', 'State television', 'The defence ministry', 'The electoral commission', 'The World Fisheries Council', 'The company'];
  const verbs = ['said', 'told reporters', 'said in a statement', 'added', 'warned', 'insisted', 'told the agency', 'wrote on social media'];
  const thatVerbs = ['said', 'warned', 'argued', 'claimed', 'believes', 'announced', 'denied', 'confirmed'];
  const topics = ['the ceasefire', 'the budget', 'fuel prices', 'the port strike', 'the border talks', 'the vaccine rollout', 'interest rates', 'the new dam', 'the election timetable', 'grain exports', 'the coastal defences', 'the pension reform'];
  const evals = ['constructive', 'business-like', 'deeply irresponsible', 'a step in the right direction', 'unacceptable', 'very good', 'premature', 'long overdue'];
  const claims = [
    (t) => `talks on ${t} would resume next week`,
    (t) => `${t} had been discussed at length`,
    (t) => `there was no agreement yet on ${t}`,
    (t) => `the government would not back down on ${t}`,
    (t) => `${t} could cost more than 2.5 billion crowns`,
    (t) => `a decision on ${t} was expected by the end of the month`,
  ];
  const directs = [
    (t) => `We are ready to talk about ${t}, but not under pressure`,
    (t) => `Nobody wants ${t} to drag on`,
    (t) => `This is about ${t} and about trust. We will keep our word`,
    (t) => `Our position on ${t} has not changed`,
    (t) => `The numbers on ${t} speak for themselves`,
  ];
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const cities = ['KESTRELPORT', 'EASTBRIDGE', 'NORVIK', 'SALTMERE', 'HOLLOWAY'];
  const months = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
  const sentence = () => {
    const [name, title] = pick(people);
    const surname = name.split(' ').at(-1);
    const org = pick(orgs);
    const t = pick(topics);
    switch (Math.floor(rnd() * 9)) {
      case 0: return `"${pick(directs)(t)}," ${name}, ${title}, ${pick(verbs)}.`;
      case 1: return `"${pick(directs)(t)}," ${surname} ${pick(verbs)} on ${pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}. "${pick(directs)(pick(topics))}."`;
      case 2: {
        const a = pick(evals);
        const b = pick(evals.filter((e) => e !== a));
        return `${org} described the talks on ${t} as "${a}" and "${b}."`;
      }
      case 3: return `${name} ${pick(thatVerbs)} that ${pick(claims)(t)}.`;
      case 4: return `According to ${org.toLowerCase().replace(/^the /, 'the ')}, ${pick(claims)(t)}.`;
      case 5: return `${cap(pick(claims)(t))}, ${org.toLowerCase()} said.`;
      case 6: return `“${pick(directs)(t)},” ${title} ${name} ${pick(verbs)}.`;
      case 7: return `The debate over ${t} has dominated the campaign since ${pick(months)}. 12, with turnout in the Nov. poll expected at about 61.5 per cent.`;
      default: return `${org} called the plan "${pick(evals)}", while analysts said ${pick(claims)(pick(topics))}.`;
    }
  };
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const t = pick(topics);
    const story = [`${cap(t)} dispute deepens as sides trade blame`, ''];
    story.push(`${pick(cities)}, ${pick(months)} ${1 + Math.floor(rnd() * 28)} (Coastline News Agency) - ${sentence()} ${sentence()}`);
    for (let p = 0, n = 4 + Math.floor(rnd() * 5); p < n; p++) story.push('', [sentence(), sentence(), rnd() < 0.5 ? sentence() : ''].join(' ').trim());
    story.push('', `READ MORE: What ${t} means for the coast`, '', '(Reporting by Ana Pereira; Editing by Joel Marsh)', '', '');
    const s = story.join('\n');
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function timeRuns(fn, runs, warmup) {
  if (warmup) fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return ms;
}

const row = (name, ms, bytes, extra = '') => ({ name, ms: median(ms), runs: ms.length, mbs: bytes / 1e6 / (median(ms) / 1000), extra });

function printTable(title, rows, bytes) {
  console.log(`\n${title}  (${(bytes / 1e6).toFixed(2)} MB, median)`);
  const q = rows[0];
  const w = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const ratio = r === q ? '' : `  quotelens ÷ this = ${(q.mbs / r.mbs).toFixed(q.mbs / r.mbs < 10 ? 2 : 0)}×`;
    console.log(`  ${r.name.padEnd(w)}  ${r.mbs.toFixed(r.mbs < 1 ? 3 : 1).padStart(8)} MB/s  ${r.ms.toFixed(1).padStart(9)} ms  (n=${r.runs})${ratio}${r.extra}`);
  }
}

// wink-nlp in the browser: its CommonJS files, gathered here and run by a tiny require() there.
function gatherCommonJS(entry) {
  const files = {};
  const req = createRequire(import.meta.url);
  const visit = (file) => {
    if (files[file] != null) return;
    const src = readFileSync(file, 'utf8');
    files[file] = file.endsWith('.json') ? `module.exports = ${src};` : src;
    for (const m of src.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)) {
      const spec = m[1];
      const resolved = spec.startsWith('.') ? createRequire(file).resolve(spec) : req.resolve(spec);
      visit(resolved);
      files[`${file}\0${spec}`] = resolved;
    }
  };
  visit(req.resolve(entry));
  return { files, entry: req.resolve(entry) };
}

async function main() {
  for (const f of ['pkg/node.js', 'pkg/index.js', 'pkg/quotelens_core_bg.wasm']) {
    if (!existsSync(path.join(root, f))) throw new Error(`${f} is missing: run npm run build first`);
  }
  const text = generateText();
  const bytes = Buffer.byteLength(text);
  console.log(`quotelens benchmark: ${bytes} bytes of generated news text, ${RUNS} quotelens runs, ${PEER_RUNS} peer runs`);

  // ---- Node
  const t0 = performance.now();
  const { analyze } = await import('../pkg/node.js');
  const nodeInit = performance.now() - t0;
  const sample = analyze(text);
  const counts = `${sample.sentences.length} sentences, ${sample.quotations.length} quotations, ${sample.attributions.length} attributions`;
  const nodeRows = [row('quotelens analyze (wasm)', timeRuns(() => analyze(text), RUNS, true), bytes, `  [${counts}]`)];
  const require = createRequire(import.meta.url);
  const nlp = (await import('compromise')).default;
  nodeRows.push(row('compromise nlp(t).quotations()', timeRuns(() => nlp(text).quotations().length, PEER_RUNS, false), bytes));
  nodeRows.push(row('compromise nlp(t).sentences()', timeRuns(() => nlp(text).sentences().length, PEER_RUNS, false), bytes));
  const winkNLP = require('wink-nlp');
  const wink = winkNLP(require('wink-eng-lite-web-model'));
  nodeRows.push(row('wink-nlp readDoc(t).sentences()', timeRuns(() => wink.readDoc(text).sentences().out().length, PEER_RUNS, false), bytes));
  printTable(`Node ${process.version}`, nodeRows, bytes);
  console.log(`  quotelens wasm init (import of pkg/node.js: read + compile + instantiate): ${nodeInit.toFixed(1)} ms`);

  if (!BROWSER) return;
  // ---- Chromium
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (BENCH_BROWSER=0 skips the browser part)`);
  const { chromium } = await import('playwright-core');
  const { start } = await import('./serve.mjs');
  const server = await start({ port: 0, extraMounts: [['/vendor/compromise/', path.join(root, 'node_modules/compromise/builds/three/')]] });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const inits = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(new URL('bench.html', server.url).href);
      await page.waitForSelector('html[data-ready="true"]', { timeout: 30000 });
      inits.push(await page.evaluate(() => window.initTiming.initMs));
    }
    const version = browser.version();
    const wink = gatherCommonJS('wink-nlp');
    const model = gatherCommonJS('wink-eng-lite-web-model');
    const result = await page.evaluate(
      async ({ text, runs, peerRuns, modules }) => {
        const timeRuns = (fn, n, warmup) => {
          if (warmup) fn();
          const ms = [];
          for (let i = 0; i < n; i++) {
            const t0 = performance.now();
            fn();
            ms.push(performance.now() - t0);
          }
          return ms;
        };
        const out = {};
        out.quotelens = timeRuns(() => window.quotelens.analyze(text), runs, true);
        const nlp = (await import('/vendor/compromise/compromise-three.mjs')).default;
        out.quotations = timeRuns(() => nlp(text).quotations().length, peerRuns, false);
        out.sentences = timeRuns(() => nlp(text).sentences().length, peerRuns, false);
        // A small CommonJS require over the gathered files.
        const cache = {};
        const load = (file) => {
          if (cache[file]) return cache[file].exports;
          const module = (cache[file] = { exports: {} });
          const fn = new Function('module', 'exports', 'require', modules[file]);
          fn(module, module.exports, (spec) => load(modules[`${file}\0${spec}`]));
          return module.exports;
        };
        const winkNLP = load(modules.__wink);
        const wink = winkNLP(load(modules.__model));
        out.wink = timeRuns(() => wink.readDoc(text).sentences().out().length, peerRuns, false);
        return out;
      },
      { text, runs: RUNS, peerRuns: PEER_RUNS, modules: { ...wink.files, ...model.files, __wink: wink.entry, __model: model.entry } },
    );
    printTable(`Chromium ${version}`, [
      row('quotelens analyze (wasm)', result.quotelens, bytes),
      row('compromise nlp(t).quotations()', result.quotations, bytes),
      row('compromise nlp(t).sentences()', result.sentences, bytes),
      row('wink-nlp readDoc(t).sentences()', result.wink, bytes),
    ], bytes);
    console.log(`  quotelens init() in the page (fetch + streaming compile + instantiate), median of 3 loads: ${median(inits).toFixed(1)} ms  [${inits.map((x) => x.toFixed(1)).join(', ')}]`);
    if (errors.length) console.log(`  page errors: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`bench: ${err.stack || err.message}`);
    process.exit(1);
  });
}
