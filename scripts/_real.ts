import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { launchWithExtension, tabIdOf } from '../tests/e2e/support/chromium';
import { readPaintedMarks } from '../tests/e2e/support/probes';
const dir = process.argv[2]!;
(async () => {
  const server = createServer((req, res) => {
    try { const f = decodeURIComponent(req.url!.slice(1).split('?')[0]!); const body = readFileSync(`${dir}/${f}`); res.writeHead(200, {'content-type': 'text/html; charset=utf-8'}); res.end(body); }
    catch { res.writeHead(404); res.end(); }
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const port = (server.address() as any).port;
  const b = await launchWithExtension();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.html')).sort()) {
    const page = await b.context.newPage();
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
    await page.goto(`http://127.0.0.1:${port}/${f}`, { waitUntil: 'load' }).catch(() => {});
    await page.waitForTimeout(1500);
    const marks = (await page.evaluate(readPaintedMarks).catch(() => [])).map((m: any) => m.text);
    const tab = await tabIdOf(b, page);
    const answer = await b.worker.evaluate((t) => (globalThis as any).chrome.tabs.sendMessage(t, { type: 'getPageMentions' }, { frameId: 0 }).catch(() => null), tab);
    const badge = await b.worker.evaluate((t) => (globalThis as any).chrome.action.getBadgeText({ tabId: t }), tab);
    console.log(f.padEnd(44), 'about=', JSON.stringify(answer?.relevance?.about), 'badge=', JSON.stringify(badge), 'marks=', marks.length, marks.slice(0, 6).join(', '));
    await page.close();
  }
  await b.close(); server.close();
})();
