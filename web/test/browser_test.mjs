// Browser test of the web page (issue 12): npm playwright-core drives Debian's
// chromium headless against a real `sitrep serve` on a loopback port over a
// store seeded from seed.json (events of four wars in English, Japanese and
// Arabic, and a document full of markup). Checks: the page loads with no
// console error; markers appear; the timeline brush filters them; a type
// filter; a click shows the record with its claims and the evidence
// highlighted in its document (byte offsets right for Japanese); Arabic is
// laid out right to left; markup in articles stays inert text; the server
// stops cleanly on SIGTERM; the Control toggle (after `sitrep fuse` over the
// seeded reports of a town taken, then handed back) shows who holds the town
// at the end of the brushed range, in the holder's colour, dashed when a
// report denies the take, with the claim sources in its popup. Screenshots go
// to --out on every run.
// Exit codes: 0 pass, 1 fail, 77 skipped (playwright-core or chromium missing,
// outside CI only).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const CHROMIUM = process.env.SITREP_CHROMIUM || '/usr/bin/chromium';
let failures = 0, passes = 0;

const t0 = Date.now();
function check(ok, what) {
  what = `${what} [${((Date.now() - t0) / 1000).toFixed(1)} s]`;
  if (ok) { passes++; console.log(`ok   ${what}`); } else { failures++; console.log(`FAIL ${what}`); }
}

function skip(why) {
  if (process.env.CI) { console.log(`FAIL ${why} (CI must have it: make setup installs it)`); process.exit(1); }
  console.log(`skipped: ${why}`);
  process.exit(77);
}

let chromium;
try { ({ chromium } = await import('playwright-core')); } catch { skip('npm playwright-core is not installed'); }
if (!existsSync(CHROMIUM)) skip(`${CHROMIUM} is not installed`);

const work = mkdtempSync(path.join(tmpdir(), 'sitrep-web-'));
const out = args.out || 'build/web-test';
mkdirSync(out, { recursive: true });
const db = path.join(work, 'web.db');
const seeded = spawnSync(args['seed-tool'], [args.seed, db], { encoding: 'utf8' });
if (seeded.status !== 0) { console.log(`FAIL seeding: ${seeded.stderr}`); process.exit(1); }
const fused = spawnSync(args.sitrep, ['fuse', '--db', db], { encoding: 'utf8' });
if (fused.status !== 0) { console.log(`FAIL sitrep fuse: ${fused.stderr}`); process.exit(1); }
const seed = JSON.parse(readFileSync(args.seed, 'utf8'));
const seedEvents = seed.flatMap((d) => d.events);

// The control layer over the seeded Lashio reports: taken by the MNDAA on
// 2024-08-03 (an English report, denied by the military, and a Japanese one),
// handed back to the army on 2025-04-22.
async function checkControlLayer(page, status) {
  const legend = page.locator('#control-legend');
  const ring = page.locator('path.sitrep-control');
  const colourOf = (id) => page.evaluate(async (a) => (await import('/control.js')).controllerColour({ id: a }), id);
  const [rebels, army] = [await colourOf('actor:mm-mndaa'), await colourOf('actor:mm-military')];
  check(rebels !== army, 'the two holders have different colours');
  check(await ring.count() === 0, 'no control ring before the toggle');
  await page.locator('#show-control').check();
  await page.waitForFunction(() => document.getElementById('control-legend').dataset.places === '1');
  check(await ring.getAttribute('stroke') === army && !(await ring.getAttribute('stroke-dasharray')),
    `unbrushed, the town is the army's again, uncontested (${await legend.textContent()})`);

  // Brushes the days [since, until] by dragging over the timeline.
  const brush = async (since, until) => {
    const [a, b] = await page.evaluate(([s, u]) => [s, u].map((d) => window.sitrepApp.timeline.x(new Date(`${d}T12:00:00Z`))), [since, until]);
    const box = await page.locator('#timeline-chart .overlay').boundingBox();
    const svg = await page.locator('#timeline-chart').boundingBox();
    await page.mouse.move(svg.x + a, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(svg.x + b, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
  };
  await brush('2024-07-01', '2024-09-01');
  await page.waitForFunction(() => { const d = document.getElementById('control-legend').dataset; return d.at && d.at < '2025-04-22'; });
  const at = await legend.getAttribute('data-at');
  check(at >= '2024-08-03' && (await status.textContent()).includes(`to ${at}`), `the control layer follows the brush's end (${at})`);
  check(await ring.getAttribute('stroke') === rebels, `on ${at} the rebels hold it (${await legend.textContent()})`);
  check(Boolean(await ring.getAttribute('stroke-dasharray')), 'the take some report denies is drawn dashed (contested)');

  await page.evaluate(() => { window.sitrepApp.map.map.setView([22.9359, 97.7498], 8, { animate: false }); });
  const edge = await ring.boundingBox();
  await page.mouse.click(edge.x + 2, edge.y + edge.height / 2);
  const popup = page.locator('.leaflet-popup-content .control-popup');
  await popup.waitFor({ timeout: 5000 });
  const text = await popup.textContent();
  check(text.includes('held by MNDAA') && text.includes('since 2024-08-03, until 2025-04-22'),
    'the popup names the holder and the interval');
  check(text.includes('MNDAA asserts') && text.includes('Military Forces of Myanmar denies') && text.includes('現地メディア asserts'),
    `the popup lists the claim sources of both languages' reports (${text})`);
  await page.waitForTimeout(300);  // the popup fades in
  await page.screenshot({ path: path.join(out, 'web-control.png') });
  await page.locator('#show-control').uncheck();
  await page.waitForFunction(() => !document.getElementById('control-legend').dataset.places);
  check(await ring.count() === 0, 'the toggle hides the control layer');
}

// Starts the server and resolves with its URL (it prints it on start).
function startServer() {
  const server = spawn(args.sitrep, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL from sitrep serve: ${output}`)), 15000);
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const m = output.match(/http:\/\/[^\s]+\//);
      if (m) { clearTimeout(timer); resolve(m[0]); }
    });
    server.stderr.on('data', (chunk) => { output += chunk; });
    server.on('exit', (code) => reject(new Error(`sitrep serve exited ${code}: ${output}`)));
  });
  return { server, url, output: () => output };
}

const { server, url: urlPromise, output } = startServer();
let browser;
try {
  const url = await urlPromise;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleErrors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  page.on('dialog', (d) => { consoleErrors.push(`dialog opened: ${d.message()}`); d.dismiss(); });

  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  const status = page.locator('#status');
  const shown = async () => Number(await status.getAttribute('data-shown'));
  check(await shown() === seedEvents.length, `all ${seedEvents.length} seeded events listed (${await status.textContent()})`);
  check(Number(await status.getAttribute('data-located')) === seedEvents.length, 'every seeded event is on the map');
  const icons = await page.locator('.leaflet-marker-icon').count();
  check(icons > 0, `markers or clusters drawn (${icons})`);
  check(await page.locator('.leaflet-overlay-pane canvas').count() > 0, 'the offline basemap is drawn');
  await page.screenshot({ path: path.join(out, 'web-overview.png') });

  // The brush: drag over the left part of the timeline.
  const box = await page.locator('#timeline-chart .overlay').boundingBox();
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(() => document.getElementById('status').textContent.includes(' from '));
  const range = (await status.textContent()).match(/from (\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d)/).slice(1, 3);
  const want = seedEvents.filter((e) => e.date >= range[0] && e.date <= range[1]).length;
  check(await shown() === want && want > 0 && want < seedEvents.length,
    `the brush ${range[0]}..${range[1]} keeps the ${want} events in range (shown ${await shown()})`);
  await page.screenshot({ path: path.join(out, 'web-brushed.png') });

  // A filter reloads from the API.
  await page.selectOption('#filter-type', 'Protests');
  await page.waitForFunction(() => document.getElementById('status').dataset.shown === '2');
  check(true, 'the type filter shows the 2 protests');
  await page.selectOption('#filter-type', '');
  await page.waitForFunction((n) => document.getElementById('status').dataset.shown === String(n), seedEvents.length);

  // Opens the record of the marker titled `title` near lat/lon.
  async function openRecord(lat, lon, title) {
    // markercluster ignores a move while its zoom animation runs (the map
    // pane has .leaflet-cluster-anim then): move only once it has ended, and
    // wait for the markers of the new view, which it adds after a timeout.
    await page.waitForFunction(() => !document.querySelector('.leaflet-map-pane.leaflet-cluster-anim'));
    await page.evaluate(([la, lo]) => { window.sitrepApp.map.map.setView([la, lo], 12, { animate: false }); }, [lat, lon]);
    await page.waitForFunction(() => !document.querySelector('.leaflet-map-pane.leaflet-cluster-anim'));
    const marker = page.locator(`.leaflet-marker-icon[title="${title}"]`);
    await page.waitForFunction((t) => [...document.querySelectorAll('.leaflet-marker-icon')]
      .some((m) => m.title === t || m.classList.contains('marker-cluster')), title, { timeout: 10000 });
    // Events at the very same point stay clustered at the deepest zoom: a
    // click on the cluster spreads them out (markercluster's spiderfy).
    if (!(await marker.isVisible())) await page.locator('.marker-cluster').first().click();
    await marker.waitFor({ timeout: 10000 });
    await marker.click();
    await page.waitForFunction(([t, place]) => !document.getElementById('record').hidden &&
      document.querySelector('#record-body h2')?.textContent.startsWith(t) &&
      document.querySelector('#record-body dl')?.textContent.includes(place), title.split(': '));
    return page.locator('#record-body');
  }

  let record = await openRecord(49.99, 36.23, 'Explosions/Remote violence: Kharkiv');
  let text = await record.textContent();
  check(text.includes('Kharkiv regional governor asserts'), 'a click shows the claim and who makes it');
  check(text.includes('the day is known') && text.includes('the town'), 'date and place precision are shown');
  check(text.includes('Fatalities2'), 'fatalities are shown');
  check(await record.locator('mark').textContent() === seedEvents[0].evidence.sentence, 'the evidence sentence is highlighted in its document');
  check(await record.locator('a[href="https://news.example.org/ukraine-strikes"]').count() === 1, 'a link to the source');

  record = await openRecord(13.63, 25.35, 'Battles: El Fasher');
  record = await openRecord(15.5, 32.56, 'Violence against civilians: Khartoum');
  check(await record.locator('li.denies').textContent() === 'Military Forces of Sudan denies (“denied”)', 'a denial is shown as a denial');

  record = await openRecord(15.64, 32.48, 'Explosions/Remote violence: Omdurman');
  const ja = seed.find((d) => d.lang === 'ja').events[0].evidence.sentence;
  check(await record.locator('mark').textContent() === ja, 'Japanese evidence: byte offsets highlight the right characters');

  record = await openRecord(35.64, 36.67, 'Explosions/Remote violence: Maarat al-Numan');
  const doc = record.locator('.doc-text');
  check(await doc.getAttribute('dir') === 'rtl' && await doc.getAttribute('lang') === 'ar', 'Arabic text is marked rtl');
  check(await doc.evaluate((n) => getComputedStyle(n).direction) === 'rtl', 'Arabic text is laid out right to left');
  check((await record.locator('li.denies').textContent()).startsWith('وزارة الدفاع'), 'an Arabic denial is listed');
  await page.screenshot({ path: path.join(out, 'web-record-arabic.png') });

  record = await openRecord(23.81, 90.41, 'Protests: Dhaka');
  text = await record.textContent();
  check(text.includes('<img src=x onerror="window.__sitrepXss=1">'), 'markup in the evidence shows as text');
  check(text.includes('<script>window.__sitrepXss=2</script>'), 'a script tag in the article shows as text');
  check(text.includes('<b>Rally</b>') && text.includes('<i>Dhaka Tribune</i>'), 'markup in title and source shows as text');
  check(await record.locator('img, script, b, i').count() === 0, 'no element was made from article text');
  check(await record.locator('a[href^="javascript"]').count() === 0, 'a javascript: source URL is not linked');
  record = await openRecord(23.734, 90.393, 'Strategic developments: University of Dhaka');
  await page.waitForTimeout(200);
  check(await page.evaluate(() => window.__sitrepXss) === undefined, 'no injected script ran');
  await page.screenshot({ path: path.join(out, 'web-record.png') });

  await checkControlLayer(page, status);

  check(consoleErrors.length === 0, `no console errors${consoleErrors.length ? `: ${consoleErrors.join(' | ')}` : ''}`);
} catch (err) {
  check(false, `browser test: ${err.stack || err}\nserver output: ${output()}`);
} finally {
  if (browser) await browser.close();
  const stopped = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
  server.kill('SIGTERM');
  const { code } = await stopped;
  check(code === 0 && output().includes('stopped'), `sitrep serve stops cleanly on SIGTERM (exit ${code})`);
  rmSync(work, { recursive: true, force: true });
}
console.log(`screenshots: ${path.resolve(out)}`);
console.log(`${passes} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
