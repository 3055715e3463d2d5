import { setup, openPage, paste, waitForOutput, root } from './helpers.mjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
const AXE = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const env = await setup();
try {
  const { page } = await openPage(env);
  await page.click('#example');
  await page.waitForSelector('#output mark.attr');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
  const html = readFileSync(await download.path(), 'utf8');
  const ctx = await env.browser.newContext({ bypassCSP: true });
  const p = await ctx.newPage();
  await p.setContent(html);
  await p.addScriptTag({ content: AXE });
  const v = await p.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`));
  console.log(v);
} finally { await env.teardown(); }
