// Browser test of Sitrep's app in Debian's headless Chromium, driven by playwright-core (no browser download).
// Needs a running server over the sample store with a control source (BrowserTest.java starts one):
//   SITREP_URL=http://127.0.0.1:PORT node tests/browser.test.mjs
// Screenshots go to $SITREP_SCREENSHOTS (default ./screenshots).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const base = process.env.SITREP_URL || process.argv[2];
const shots = process.env.SITREP_SCREENSHOTS || 'screenshots';
const executablePath = process.env.SITREP_CHROMIUM || '/usr/bin/chromium';
if (!base) throw new Error('set SITREP_URL to the server under test');
mkdirSync(shots, { recursive: true });

let context;
let profile;
const problems = []; // console errors, page errors, requests that left the server

before(async () => {
  profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1500, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  if (context) await context.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function open() {
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('data:')) return route.continue();
    problems.push(`request outside the server: ${url}`);
    return route.abort();
  });
  await page.goto(base + '/');
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return page;
}

async function shot(page, name) {
  await page.screenshot({ path: join(shots, name) });
}

/** Single markers plus the counts on the clusters: the number of events on the map. */
async function eventsOnMap(page) {
  return page.evaluate(() => {
    const singles = document.querySelectorAll('.leaflet-marker-icon.ev-icon').length;
    let clustered = 0;
    for (const c of document.querySelectorAll('.marker-cluster span')) clustered += parseInt(c.textContent, 10) || 0;
    return singles + clustered;
  });
}

test('the page loads the sample events on the map, in the list and in the chart', async () => {
  const page = await open();
  await page.waitForFunction(() => document.querySelectorAll('#events li[data-id]').length > 0);
  assert.equal(await eventsOnMap(page), 10, 'ten located sample events on the map');
  assert.equal(await page.locator('#events li[data-id]').count(), 10);
  assert.match(await page.locator('#count').textContent(), /10 of 11 matching events/);
  // the offline basemap is drawn (canvas renderer in the basemap pane)
  assert.equal(await page.locator('.leaflet-basemap-pane canvas').count(), 1);
  assert.ok(await page.locator('#chart').evaluate((c) => c.width > 0 && c.height > 0));
  await shot(page, '01-overview.png');
  await page.close();
});

test('a click on a marker shows its evidence with the trigger highlighted', async () => {
  const page = await open();
  await page.fill('#filters input[name=place]', 'Kharkiv');
  await page.click('#filters button[type=submit]');
  await page.waitForFunction(() => document.querySelectorAll('#events li[data-id]').length === 3);
  const marker = page.locator('.leaflet-marker-icon.ev-icon[title*="Kharkiv"]').first();
  await marker.waitFor({ state: 'visible' });
  await marker.click();
  const evidence = page.locator('#detail blockquote.evidence');
  await evidence.first().waitFor();
  assert.match(await evidence.first().textContent(), /Two civilians were killed when a drone hit a bus in Kharkiv/);
  assert.equal(await page.locator('#detail mark.trigger').first().textContent(), 'hit');
  assert.match(await page.locator('#detail .badge').first().textContent(), /reported/);
  assert.match(await page.locator('#detail .claim .source').first().textContent(), /Crossing near Kupiansk/);
  assert.equal(await page.locator('#events li.selected').count(), 1);
  await shot(page, '02-marker-evidence.png');
  await page.close();
});

test('the slider changes the control layer', async () => {
  const page = await open();
  const fills = () => page.$$eval('path.control-area', (ps) => ps.map((p) => p.getAttribute('fill')));
  await page.waitForFunction(() => document.querySelectorAll('path.control-area').length === 2);
  assert.match(await page.locator('#control-note').textContent(), /Syrian rebels/);
  // zoom into Syria as a user would: click the cluster of the seven Syrian events
  await page.locator('.marker-cluster', { hasText: '7' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.leaflet-marker-icon.ev-icon').length >= 2);
  await page.waitForTimeout(500); // the zoom animation
  const last = await fills();
  await shot(page, '03-control-last-day.png');
  await page.focus('#slider');
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.querySelector('#control-note').textContent.includes('Syrian army'));
  assert.equal(await page.locator('#control-date').textContent(), '2024-11-27');
  assert.doesNotMatch(await page.locator('#control-note').textContent(), /Syrian rebels/);
  const first = await fills();
  assert.notDeepEqual(first, last, 'the Saraqib area changes colour with its controller');
  await shot(page, '04-control-first-day.png');
  await page.close();
});

test('search finds a known event', async () => {
  const page = await open();
  await page.fill('#search', 'pontoon');
  await page.press('#search', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('#events li[data-id]').length === 1
    && document.querySelectorAll('#search-results .hit').length === 1);
  assert.match(await page.locator('#events li[data-id]').textContent(), /ASSAULT · Kupiansk/);
  assert.match(await page.locator('#search-results').textContent(), /Crossing near Kupiansk/);
  assert.equal(await page.locator('#search-results mark').first().textContent(), 'pontoon');
  await page.click('#events li[data-id]');
  await page.locator('#detail blockquote.evidence').first().waitFor();
  assert.match(await page.locator('#detail blockquote.evidence').first().textContent(), /destroyed a pontoon crossing/);
  await shot(page, '05-search.png');
  await page.close();
});

test('a script injected in a report is shown as text and does not run', async () => {
  const page = await open();
  await page.fill('#search', 'Maarat');
  await page.press('#search', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('#events li[data-id]').length === 1);
  assert.match(await page.locator('#events li[data-id] .quote').textContent(), /<script>window.__pwned = true;/);
  await page.click('#events li[data-id]');
  await page.locator('#detail blockquote.evidence').first().waitFor();
  await page.click('#detail .claim button');
  await page.locator('#detail .report-text').waitFor();
  const text = await page.locator('#detail .report-text').textContent();
  assert.match(text, /<script>alert\(1\)<\/script>/, 'the title is shown as text');
  assert.match(text, /<img src=x onerror="window.__pwned = true">/, 'the image tag is shown as text');
  assert.equal(await page.locator('#detail script, #detail img, #detail b, #events script, #search-results script').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'the injected script did not run');
  assert.equal(await page.title(), 'Sitrep');
  await page.locator('#detail .report-text').scrollIntoViewIfNeeded();
  await shot(page, '06-script-shown-as-text.png');
  await page.close();
});

test('nothing went wrong in the page and nothing left the server', () => {
  assert.deepEqual(problems, []);
});
