import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framelens, tempDir } from '../e2e/cli.js';

/*
 * The report of a corpus and a lexicon whose every shown field is markup,
 * script or template syntax (test/fixtures/hostile), opened in a real
 * browser: nothing may run, nothing may load from the network or from
 * anywhere but the report's own stylesheet, and the hostile strings must be
 * on the page as text. .ci/run installs Debian's chromium; playwright-core
 * drives it.
 */

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const FIXTURE = 'test/fixtures/hostile';

interface Expected {
  /** Per page: strings the reader must see, exactly as written in the fixture. */
  visibleText: Record<string, string[]>;
  /** What a web page holds inside scripts, styles, iframes, forms and the like: in no file of the report. */
  neverInReport: string[];
}
const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as Expected;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

interface PageVisit {
  /** console messages, dialogs and uncaught errors: any of them means something ran or was refused. */
  events: string[];
  requests: string[];
  title: string;
  pwned: boolean;
  scripts: number;
  handlerAttributes: string[];
  activeElements: string[];
  hrefs: string[];
  text: string;
  /** The page's background colour: report.css's, when the stylesheet was allowed and applied. */
  background: string;
}

async function visit(browser: Browser, file: string): Promise<PageVisit> {
  const context = await browser.newContext();
  const events: string[] = [];
  const requests: string[] = [];
  // Only the report's own files may load: anything else is cut off before it leaves the machine (and recorded below).
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => events.push(`console.${message.type()}: ${message.text()}`));
  page.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => events.push(`error: ${error.message}`));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  // Hover and focus every highlighted phrase and cell: an injected event handler would fire now.
  for (const element of await page.locator('mark, th, td, a').all()) await element.hover({ force: true, timeout: 2_000 }).catch(() => undefined);
  await page.waitForTimeout(150);
  const found = await page.evaluate(() => ({
    title: document.title,
    // The payloads set the title to exactly 'PWNED' or '1' (the page title itself quotes them as text), or mark the body.
    pwned: document.title === 'PWNED' || document.title === '1' || document.body.dataset.pwned !== undefined,
    scripts: document.scripts.length,
    handlerAttributes: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
    // A <link> is named with what it links, so the one allowed (the report's stylesheet, in the head) is told apart from any other.
    activeElements: [...document.querySelectorAll('script, iframe, object, embed, img, link, base, meta[http-equiv="refresh"], form, style')].map((el) =>
      el instanceof HTMLLinkElement ? `${el.parentElement?.tagName} LINK ${el.rel} ${el.href}` : el.tagName,
    ),
    hrefs: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
    text: document.body.innerText,
    background: getComputedStyle(document.body).backgroundColor,
  }));
  await context.close();
  return { events, requests, ...found };
}

let browser: Browser;
let out: string;

beforeAll(async () => {
  out = tempDir();
  const run = framelens(['report', FIXTURE, '--lexicon', join(FIXTURE, 'lexicon.json'), '--out', out], { SOURCE_DATE_EPOCH: '0' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('a report of hostile input, in headless Chromium', () => {
  it('has the pages the fixture expects', () => {
    expect(htmlFiles(out).map((f) => relative(out, f)).sort()).toEqual(Object.keys(expected.visibleText).sort());
  });

  it("keeps a web page's scripts, styles, iframes, forms, objects and drawings out of every file of the report", () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(out, name)).isFile());
    expect(files).toContain('results.json');
    for (const name of files) {
      const text = readFileSync(join(out, name), 'utf8');
      for (const marker of expected.neverInReport) expect(text.includes(marker), `${name} holds ${marker}`).toBe(false);
    }
  });

  it.each(Object.keys(expected.visibleText))('%s runs nothing, loads nothing from the network, and shows the hostile strings as text', async (name) => {
    const page = await visit(browser, join(out, name));
    const stylesheet = pathToFileURL(join(out, 'report.css')).href;
    // A stylesheet refused by the Content-Security-Policy would show here as a console error.
    expect(page.events).toEqual([]);
    expect(page.requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    // The page itself and the report's one stylesheet: nothing else is requested, not even another local file.
    expect(page.requests).toEqual([pathToFileURL(join(out, name)).href, stylesheet]);
    expect(page.background).toBe('rgb(251, 251, 249)');
    expect(page.pwned).toBe(false);
    expect(page.scripts).toBe(0);
    expect(page.handlerAttributes).toEqual([]);
    expect(page.activeElements).toEqual([`HEAD LINK stylesheet ${stylesheet}`]);
    // Only http(s) addresses become links; everything else is a page of the report.
    for (const href of page.hrefs) expect(href).toMatch(/^(https?:\/\/|file:\/\/)/);
    for (const text of expected.visibleText[name] ?? []) expect(page.text).toContain(text);
  });
});
