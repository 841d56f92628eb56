#!/usr/bin/env node
// The three journeys of Clearway walked in a real browser (Debian's chromium, driven by
// playwright-core; never a downloaded browser), with two checks on every page reached, at
// 1366x900 and at 390x844 (a phone):
//   - the page is no wider than the window (document.documentElement.scrollWidth);
//   - axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) finds no violation.
// It starts the debug binary (target/debug/clearway, `cargo build`) on a fresh SQLite database
// with `seed --demo`, gives one person of each role a password with `clearway admin create-user`,
// then walks: a member drafts and submits an application; staff put it under review and assign a
// reviewer, who scores it; staff approve it; finance approves and pays the first installment; a
// diplomat with no account fills /coordinate and reaches the status page. Each role then visits
// every page its menu reaches, and the first record each list links to. Last, the same tours in
// French (staff, the member) and Spanish (the reviewer, finance) and the public pages in both,
// chosen with the header's language switch: longer words must still fit a 320 px phone.
//
// Steps find fields by their label's text and buttons by their name, one function per step
// (see journeys.js), so that a changed form needs a change in one place.
//
//   node walk.js                 (from tests/browser, after `npm ci` and `cargo build`)
//   CLEARWAY_BIN=... CHROMIUM=... node walk.js

'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');
const { spawn, spawnSync } = require('node:child_process');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = process.env.CLEARWAY_BIN || path.join(ROOT, 'target', 'debug', 'clearway');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900, axe: true },
  { name: 'phone', width: 390, height: 844, axe: true },
  // The narrowest phones: the width only (forms and fieldsets must fit 320 px).
  { name: 'narrow phone', width: 320, height: 640, axe: false },
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const PASSWORD = 'quiet harbour lantern 2026';

// The people the walk signs in as. The demo's organizations are made in the order of
// src/seed/plans.rs, so on a fresh database the Nepal Campaign to Ban Landmines is number 3.
const NEPAL = 3;
const PEOPLE = {
  member: { email: 'walk.member@example.org', name: 'Maya Gurung', role: 'member', organization: NEPAL },
  staff: { email: 'walk.staff@example.org', name: 'Lena Fischer', role: 'staff' },
  reviewer: { email: 'walk.reviewer@example.org', name: 'Tomas Berg', role: 'reviewer' },
  finance: { email: 'walk.finance@example.org', name: 'Ines Moreau', role: 'finance' },
};

// ---------------------------------------------------------------------------------------------
// The service

function run(args, input, env) {
  const done = spawnSync(BIN, args, { cwd: ROOT, env, input, encoding: 'utf8' });
  if (done.status !== 0) {
    throw new Error(`clearway ${args.join(' ')} failed:\n${done.stdout}\n${done.stderr}`);
  }
  return done.stdout;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function startService() {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} is missing: run \`cargo build\` first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearway-walk-'));
  const port = await freePort();
  const env = {
    ...process.env,
    // config/test.toml: a fixed cookie key, and staff sign in with a password alone (the
    // second factor has tests of its own).
    CLEARWAY_ENV: 'test',
    DATABASE_URL: `sqlite://${path.join(dir, 'clearway.db')}?mode=rwc`,
    CLEARWAY__MAIL__OUTBOX_DIR: path.join(dir, 'outbox'),
    CLEARWAY__SERVER__ADDRESS: `127.0.0.1:${port}`,
    CLEARWAY__SERVER__PUBLIC_URL: `http://127.0.0.1:${port}`,
    CLEARWAY__LOG__FILTER: 'warn',
  };
  delete env.RUST_LOG;
  run(['migrate'], '', env);
  run(['seed', '--demo'], '', env);
  for (const p of Object.values(PEOPLE)) {
    const args = ['admin', 'create-user', '--email', p.email, '--role', p.role, '--name', p.name,
      '--password-stdin'];
    if (p.organization) args.push('--organization', String(p.organization));
    run(args, `${PASSWORD}\n`, env);
  }
  const child = spawn(BIN, ['serve'], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return { base, child, dir };
    } catch (_) { /* not yet */ }
    if (child.exitCode !== null) throw new Error(`clearway serve exited (${child.exitCode})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('clearway serve did not answer /healthz within 10 s');
}

// ---------------------------------------------------------------------------------------------
// The checks on every page

const report = {
  pages: 0, checks: 0, problems: [], visited: new Set(), heaviest: { bytes: 0 },
  // The markup of the main content of each page checked (less CSRF tokens): a page seen again
  // as it was (the same list, or the public States page by another person; the header of each
  // person is checked on their other pages) is not checked twice.
  seen: new Set(), skipped: 0, slowest: [],
};

function describeViolation(v) {
  const nodes = v.nodes.slice(0, 6).map((n) => {
    const why = (n.any[0] || n.all[0] || n.none[0] || {}).message || n.failureSummary || '';
    return `      ${n.target.join(' ')}\n        ${why.replace(/\s+/g, ' ')}`;
  });
  const more = v.nodes.length > 6 ? `\n      ... and ${v.nodes.length - 6} more` : '';
  return `    [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length})\n${nodes.join('\n')}${more}`;
}

/** Checks the page as it is, at both sizes, then puts the window back to the desktop size. */
async function check(page, label) {
  const url = new URL(page.url());
  const where = `${label} ${url.pathname}${url.search}`;
  report.pages += 1;
  report.visited.add(`${url.pathname}${url.search}`);
  const [html, mainHtml] = await page.evaluate(() => [document.documentElement.outerHTML,
    (document.querySelector('main') || document.body).outerHTML]);
  const bytes = Buffer.byteLength(html);
  if (bytes > report.heaviest.bytes) report.heaviest = { bytes, where };
  const digest = require('node:crypto').createHash('sha256')
    .update(mainHtml.replace(/name="csrf_token" value="[^"]*"/g, '')).digest('hex');
  if (report.seen.has(digest)) {
    report.skipped += 1;
    return;
  }
  report.seen.add(digest);
  // Names, not codes: no stored code (`joint_approach_agreed`, `requested_minor`) in the text a
  // person reads (examples in <code>, <pre> and <kbd> are meant to be typed, and are left out).
  const codes = await page.evaluate(() => {
    const main = (document.querySelector('main') || document.body).cloneNode(true);
    for (const e of main.querySelectorAll('code, pre, kbd, script, style')) e.remove();
    return [...new Set(main.textContent.match(/\b[a-z]+(?:_[a-z0-9]+)+\b/g) || [])];
  });
  if (codes.length) {
    report.problems.push({ where, problems: [`    codes instead of words: ${codes.join(', ')}`], violations: 0 });
  }
  const t0 = Date.now();
  for (const vp of VIEWPORTS) {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    report.checks += 1;
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
    }));
    const problems = [];
    if (widths.scroll > widths.inner) {
      const wide = await page.evaluate((inner) => [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > inner + 1)
        .filter((e) => !e.closest('.table-scroll'))
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''} (right edge ${Math.round(e.getBoundingClientRect().right)})`),
      widths.inner);
      problems.push(`    wider than the window: ${widths.scroll} px > ${widths.inner} px\n      ${wide.join('\n      ')}`);
    }
    if (!vp.axe) {
      if (problems.length) report.problems.push({ where: `${where} at ${vp.width}x${vp.height}`, problems, violations: 0 });
      continue;
    }
    if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
      // Evaluated through the DevTools protocol: the page's Content-Security-Policy stays as
      // it is (it forbids inline scripts).
      await page.evaluate(AXE);
    }
    // WCAG 2.0, 2.1 and 2.2 A and AA, and axe-core's best practices (AXE_ALL=0: WCAG alone).
    const tags = process.env.AXE_ALL === '0' ? AXE_TAGS : [...AXE_TAGS, 'best-practice'];
    const result = await page.evaluate(
      (values) => window.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }),
      tags,
    );
    for (const v of result.violations) problems.push(describeViolation(v));
    if (problems.length) {
      report.problems.push({ where: `${where} at ${vp.width}x${vp.height}`, problems,
        violations: result.violations.reduce((n, v) => n + v.nodes.length, 0) });
    }
  }
  await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
  report.slowest.push({ where, ms: Date.now() - t0 });
}

// ---------------------------------------------------------------------------------------------
// Actions that count: every click a person makes (links, buttons, options they pick count as
// one click each; typing into a field does not).

class Walker {
  constructor(page, base, journey) {
    this.page = page;
    this.base = base;
    this.journey = journey;
    this.clicks = 0;
    this.pages = 0;
    // Off while a person looks round their menu's pages: those are not part of the journey.
    this.counting = true;
  }

  async arrived(label) {
    await this.page.waitForLoadState('load');
    const status = this.lastStatus;
    if (this.counting) this.pages += 1;
    await check(this.page, `[${this.journey}] ${label}`);
    return status;
  }

  /** Opens an address typed or bookmarked (not a click). */
  async open(pathname, label = pathname) {
    const res = await this.page.goto(this.base + pathname);
    this.lastStatus = res && res.status();
    return this.arrived(label);
  }

  /** Follows a link found by its text (in the main content unless `within` says otherwise). */
  async follow(name, { within = 'main', exact = false } = {}) {
    const link = this.page.locator(within).getByRole('link', { name, exact }).first();
    return this.navigating(() => link.click(), `link "${name}"`);
  }

  /** Presses a button found by its name; it submits a form and a page comes back. */
  async press(name, { within = 'main', exact = true } = {}) {
    const button = this.page.locator(within).getByRole('button', { name, exact }).first();
    return this.navigating(() => button.click(), `button "${name}"`);
  }

  async navigating(act, label) {
    this.count();
    const [res] = await Promise.all([this.page.waitForNavigation(), act()]);
    this.lastStatus = res && res.status();
    return this.arrived(label);
  }

  /** One click of the journey. */
  count() {
    if (this.counting) this.clicks += 1;
  }

  /** Types into the field labelled `label`. */
  async type(label, value, { within = 'main' } = {}) {
    await this.field(label, within).fill(value);
  }

  /** Picks an option of the select labelled `label` (one click): the nth option with a value
   *  when `option` is a number, else the first whose text contains `option` (text or RegExp). */
  async choose(label, option, { within = 'main' } = {}) {
    this.count();
    const select = this.field(label, within);
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, text: o.textContent.trim() })));
    const usable = options.filter((o) => o.value);
    const found = typeof option === 'number' ? usable[option]
      : usable.find((o) => (option instanceof RegExp ? option.test(o.text) : o.text.includes(option)));
    if (!found) throw new Error(`[${this.journey}] no option ${option} in "${label}": ${options.map((o) => o.text).join(', ')}`);
    await select.selectOption(found.value);
  }

  /** The field labelled `label`: the exact text, or a RegExp. */
  field(label, within = 'main') {
    return this.page.locator(within).getByLabel(label, { exact: typeof label === 'string' }).first();
  }

  /** Ticks a checkbox or a radio button found by its label (one click). */
  async tick(label, { within = 'main' } = {}) {
    this.count();
    await this.field(label, within).check();
  }

  /** Fails unless the main content says `text`. */
  async expectText(text) {
    const main = await this.page.locator('main').innerText();
    if (!main.includes(text)) {
      const errors = await this.page.locator('main .error, main .form-summary, main [role=alert]').evaluateAll((es) => es.map((e) => `${e.id || e.className}: ${e.textContent.trim()}`));
      const found = errors.length ? `the messages:\n  ${errors.join('\n  ')}` : main.slice(0, 1500);
      throw new Error(`[${this.journey}] expected "${text}" on ${this.page.url()}, found ${found}`);
    }
  }

  /** Fails unless the element `selector` (e.g. 'header') says `text`. */
  async expectTextIn(selector, text) {
    const found = await this.page.locator(selector).first().innerText();
    if (!found.includes(text)) {
      throw new Error(`[${this.journey}] expected "${text}" in ${selector} on ${this.page.url()}, found:\n${found.slice(0, 600)}`);
    }
  }

  expectStatus(expected) {
    if (this.lastStatus !== expected) {
      throw new Error(`[${this.journey}] expected ${expected} on ${this.page.url()}, got ${this.lastStatus}`);
    }
  }
}

module.exports = { Walker, check, report, PASSWORD };

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const service = await startService();
  console.log(`The service started on a fresh demo database in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (process.env.WALK_SERVE_ONLY) {
    // For working on the steps: the service as the walk starts it, until Ctrl-C.
    console.log(`Serving ${service.base} (database in ${service.dir}); people's password: ${PASSWORD}`);
    return;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const journeys = [];
  let failed = null;
  try {
    for (const journey of require('./journeys')) {
      const context = await browser.newContext({ viewport: VIEWPORTS[0] });
      const page = await context.newPage();
      page.setDefaultTimeout(10000);
      const w = new Walker(page, service.base, journey.name);
      const t0 = Date.now();
      try {
        await journey.walk(w, PEOPLE);
      } catch (e) {
        failed = e;
        console.error(`\nThe walk stopped in "${journey.name}" on ${page.url()}:\n${e.stack}`);
      }
      journeys.push({ name: journey.name, clicks: w.clicks, pages: w.pages, secs: (Date.now() - t0) / 1000 });
      await context.close();
      if (failed) break;
    }
  } finally {
    await browser.close();
    service.child.kill('SIGTERM');
    fs.rmSync(service.dir, { recursive: true, force: true });
  }

  console.log('\nJourney                                   clicks  pages  seconds');
  for (const j of journeys) {
    console.log(`${j.name.padEnd(42)}${String(j.clicks).padStart(6)}${String(j.pages).padStart(7)}${j.secs.toFixed(1).padStart(9)}`);
  }
  console.log('(clicks and pages of the journey itself, signing in and out included; the seconds include\n' +
    'each role\'s tour of its menu, whose pages count below)');
  const violations = report.problems.reduce((n, p) => n + p.violations, 0);
  console.log(`\nPages reached: ${report.pages} (${report.visited.size} distinct addresses), each checked at ` +
    `${VIEWPORTS.filter((v) => v.axe).map((v) => `${v.width}x${v.height}`).join(' and ')} (axe-core and width) and at ` +
    `${VIEWPORTS.filter((v) => !v.axe).map((v) => `${v.width}x${v.height}`).join(', ')} (width): ${report.checks} checks.`);
  console.log(`Pages seen again unchanged, not checked twice: ${report.skipped}.`);
  const slow = report.slowest.sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`Slowest checks: ${slow.map((s) => `${s.where.replace(/^\[[^\]]*\] /, '')} ${s.ms} ms`).join('; ')}.`);
  console.log(`Heaviest page: ${report.heaviest.bytes} bytes of HTML (${report.heaviest.where}).`);
  console.log(`Problems: ${report.problems.length} page checks, ${violations} axe-core elements.`);
  for (const p of report.problems) console.log(`\n  ${p.where}\n${p.problems.join('\n')}`);
  console.log(`\nThe walk took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (failed || report.problems.length) process.exit(1);
}

if (require.main === module) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
