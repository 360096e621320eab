// Browser smoke test of the intake page, in the machine's headless Chromium
// (Debian's /usr/bin/chromium; never a downloaded browser): bundles the page
// from the BUILT package, serves it on 127.0.0.1, fills the form key by key
// and checks that the page validates as the user types, then shows the USPS
// warning and the radiology refusal. Saves a screenshot in a temp folder.
//
//   npx tsup && node examples/intake-page/check.mjs
//
// Without /usr/bin/chromium it prints "SKIPPED: …" and exits 0, unless
// REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIntakePage } from './build.mjs';

// CHROMIUM_PATH may point at another local Chromium binary (never a downloaded one).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!existsSync(CHROMIUM)) {
  if (process.env.REQUIRE_BROWSER === '1') {
    console.error(`FAILED: ${CHROMIUM} is missing and REQUIRE_BROWSER=1 (install it with: apt-get install -y chromium)`);
    process.exit(1);
  }
  console.log(`SKIPPED: intake-page browser check (${CHROMIUM} is missing; apt-get install -y chromium, or set REQUIRE_BROWSER=1 to fail instead)`);
  process.exit(0);
}

const { chromium } = await import('playwright-core');

const NAME = 'Qx Jane Marker xQ';
const DOB = '1980-02-29';
const tmp = mkdtempSync(join(tmpdir(), 'intake-page-'));
const site = join(tmp, 'site');
const { bytes } = await buildIntakePage(site);

// Only the two files of the page, nothing else (no directory listing, no traversal).
const FILES = { '/index.html': 'text/html; charset=utf-8', '/bundle.js': 'text/javascript; charset=utf-8' };
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const type = FILES[path];
  if (type === undefined) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(readFileSync(join(site, path)));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;

/** @type {import('playwright-core').BrowserContext | undefined} */
let context;
const problems = [];
let passed = 0;
const step = (name) => {
  passed += 1;
  console.log(`  ✓ ${name}`);
};

try {
  // A fresh profile in the temp folder; no network beyond 127.0.0.1 is needed.
  context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1100, height: 1400 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });

  await page.goto(`http://127.0.0.1:${port}/index.html?asOf=2026-11-25`);
  const verdict = page.locator('#verdict');
  const issue = (path) => page.locator(`#issues li[data-path="${path}"]`);
  const finding = (ruleId) => page.locator(`#findings li[data-rule-id="${ruleId}"]`);

  assert.equal(await verdict.getAttribute('data-verdict'), 'incomplete');
  assert.equal(await issue('patient.name').count(), 1);
  step('an empty form is reported incomplete, with the missing name');

  await page.locator('#patient-name').pressSequentially(NAME);
  await page.locator('#patient-dob').pressSequentially(DOB.slice(0, 7));
  await page.locator('#issues li[data-path="patient.name"]').waitFor({ state: 'detached' });
  assert.equal(await issue('patient.dateOfBirth').getAttribute('data-code'), 'invalid_date');
  assert.equal(await page.locator('#patient-dob').getAttribute('aria-invalid'), 'true');
  step('typing a partial date of birth flags it as you type');

  await page.locator('#patient-dob').pressSequentially(DOB.slice(7));
  await issue('patient.dateOfBirth').waitFor({ state: 'detached' });
  await page.locator('#verdict[data-verdict="accepted-with-warnings"]').waitFor();
  assert.equal(await finding('label.paper-each-page').getAttribute('data-severity'), 'warning');
  step('completing it clears the issue; the unmarked page gets the labeling warning');

  await page.selectOption('#sender', 'external-clinic');
  await page.selectOption('#item-kind', 'media');
  await page.selectOption('#medium', 'cd');
  await page.check('#radiology-mri');
  await page.check('#password-protected');
  for (const box of ['#label-name', '#label-dob', '#label-mrn']) await page.check(box);
  await page.selectOption('#channel', 'mail');
  await page.selectOption('#carrier', 'usps');
  await page.locator('#tracking').pressSequentially('9400111201080805483016');

  await page.locator('#verdict[data-verdict="not-accepted"]').waitFor();
  assert.equal(await finding('carrier.usps-untracked').getAttribute('data-severity'), 'warning');
  assert.match(await finding('carrier.usps-untracked').innerText(), /U\.S\. Postal Service/);
  assert.equal(await finding('channel.radiology-clinic-upload').getAttribute('data-severity'), 'error');
  assert.match(await finding('channel.radiology-clinic-upload').innerText(), /uploaded at a clinic location/);
  assert.equal(await page.locator('#steps li').first().getAttribute('data-step-id'), 'notify-first');
  assert.equal(await finding('tracking.check-digit').count(), 0); // a valid USPS number
  assert.ok(await page.locator('#medium').isVisible());
  assert.ok(!(await page.locator('#pages').isVisible()));
  step('a clinic mailing an MRI CD by USPS: USPS warning and radiology refusal shown, verdict not-accepted');

  const english = await finding('carrier.usps-untracked').innerText();
  await page.selectOption('#locale', 'es');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  const spanish = await finding('carrier.usps-untracked').innerText();
  assert.notEqual(spanish, english);
  assert.equal(await finding('channel.radiology-clinic-upload').getAttribute('data-severity'), 'error');
  step('switching to Spanish re-renders the findings in Spanish');

  const shown = await page.locator('section').innerText();
  for (const secret of [NAME, DOB]) assert.ok(!shown.includes(secret), 'the results repeat patient data');
  step('the results never repeat the patient name or date of birth');

  const screenshot = join(tmp, 'intake-page.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  assert.deepEqual(problems, []);
  step(`no page or console errors; screenshot: ${screenshot}`);
} catch (err) {
  process.exitCode = 1;
  console.error(`  ✗ ${err instanceof Error ? err.stack : String(err)}`);
  if (problems.length > 0) console.error(problems.join('\n'));
} finally {
  await context?.close();
  server.close();
  rmSync(join(tmp, 'profile'), { recursive: true, force: true });
}
console.log(`intake-page: ${passed} browser checks passed (bundle ${(bytes / 1024).toFixed(1)} KB minified)`);
