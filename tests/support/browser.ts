/**
 * Chromium for the browser tests (scripts/kit/chromium.ts). `useSite()` serves dist/ (or another built site) for a test file and hands it the browser,
 * which is launched once per test worker and shared by the files it runs: Vitest keeps this module between a
 * worker's files (vitest.config.ts, isolate: false), and the browser ends with the worker.
 *
 * Each page a test opens is a new page, but in a browser context the worker keeps for every page opened with the
 * same options, in this file and the files the worker runs after it: opening a page in a new context cost Chromium
 * about 1.5 s of CPU on the two-core machine, in a context that has a page open 0.6 s. The site keeps nothing in a
 * context that another page could see (no cookie or storage; nothing is cached either: the test server sends no
 * freshness or validator, so each visit requests, and records, every resource its page names, as a first visit
 * would), and a page's history, focus, media emulation, routes and init scripts are its own. Each file's server
 * listens on a port of its own, so no origin, and nothing kept for one, is shared between files; what a file
 * grants a context (permissions, cookies) is taken back after it, with the pages it opened. Requests outside the
 * site are refused by the browser itself (scripts/kit/chromium.ts) and recorded here like any other.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core';
import { launchBrowser } from '../../scripts/kit/chromium';
import { DIST, startServer, type SiteServer } from '../../scripts/kit/server';

/** How long `idle()` waits for the requests in flight before it fails, naming them. */
const IDLE_LIMIT_MS = 15_000;

let shared: Promise<Browser> | undefined;
/** This worker's contexts, by their options: each is made on first use, and kept while the browser lives. */
const contexts = new Map<string, Promise<BrowserContext>>();

/** This worker's browser, launched on first use (again if it has gone). */
function sharedBrowser(): Promise<Browser> {
  shared ??= launchBrowser().then((browser) => {
    browser.on('disconnected', () => {
      shared = undefined;
      contexts.clear();
    });
    return browser;
  });
  return shared;
}

/** Playwright's own default window, made explicit so that options with and without it share a context. */
const DEFAULT_OPTIONS: BrowserContextOptions = { viewport: { width: 1280, height: 720 } };

/** What happened while a page was open: every request, console error and uncaught error. */
export interface PageRecord {
  page: Page;
  /** Every request the page made, with Playwright's resource type ("document", "stylesheet", "script" ...). */
  requests: { url: string; type: string }[];
  /** Requests that failed or came back 400 or above, with why. */
  failedRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** The HTTP status of the page's own document. */
  status: number | undefined;
  /**
   * Resolves once no request the page has made is still in flight (at once if none is): where a visit must see
   * what the page fetches after its load event (the icon) before going on. Unlike Playwright's 'networkidle',
   * it waits for no half second of quiet.
   */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** What one visit of a tab did: its page's status, and what was requested and logged since it began. */
type Visit = Omit<PageRecord, 'page' | 'close' | 'idle'>;

/**
 * One page that opens paths one after another. Every path in a fresh context costs a fresh renderer, in
 * which axe's script is compiled cold: on the browser sample that doubled the time of the whole pass.
 */
export interface Tab {
  page: Page;
  /** Go to `path` and wait for its load event; what the returned visit lists grows until the next visit. */
  visit(path: string): Promise<Visit>;
  /** See PageRecord.idle. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface Site {
  readonly server: SiteServer;
  readonly browser: Browser;
  /** Open `path` in a new page (with the given options) and record what it does. */
  open(path: string, options?: BrowserContextOptions): Promise<PageRecord>;
  /** A new page (with the given options) for visiting many paths in turn, each visit recorded apart. */
  tab(options?: BrowserContextOptions): Promise<Tab>;
  /** `fn` on `path` opened in a new page (as `open`), which is closed after it, whether it passed or threw. */
  withPage<T>(path: string, fn: (record: PageRecord) => Promise<T>): Promise<T>;
  withPage<T>(path: string, options: BrowserContextOptions, fn: (record: PageRecord) => Promise<T>): Promise<T>;
}

/** The same options, whatever order their keys were written in. */
const optionsKey = (options: BrowserContextOptions) =>
  JSON.stringify(options, (_, value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value));

/**
 * Start the server before this file's tests and stop it after, with the worker's browser; the pages the file
 * opened are closed after it, and what it granted the worker's contexts taken back. Call at the top level of a
 * test file (it registers beforeAll/afterAll); `root` names the site to serve, once the hooks registered before
 * this one have run.
 */
export function useSite(root: () => string = () => DIST): Site {
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  /** The pages this file opened, and the contexts they are in. */
  const opened = new Set<Page>();
  const used = new Set<BrowserContext>();
  beforeAll(async () => {
    server = await startServer({ root: root() });
    browser = await sharedBrowser();
  });
  afterAll(async () => {
    await Promise.all([...opened].map((page) => page.close()));
    await Promise.all([...used].map((context) => Promise.all([context.clearPermissions(), context.clearCookies()])));
    await server?.stop();
  });
  const site: Site = {
    get server() {
      if (!server) throw new Error('useSite(): the server is not started (used outside a test?)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('useSite(): the browser is not launched (used outside a test?)');
      return browser;
    },
    async open(path, options) {
      const record = await recorded(options);
      const response = await record.page.goto(site.server.url(path), { waitUntil: 'load' });
      record.status = response?.status();
      return record;
    },
    async withPage<T>(path: string, ...args: [(record: PageRecord) => Promise<T>] | [BrowserContextOptions, (record: PageRecord) => Promise<T>]) {
      const [options, fn] = args.length === 1 ? [undefined, args[0]] : args;
      const record = await site.open(path, options);
      try {
        return await fn(record);
      } finally {
        await record.close();
      }
    },
    async tab(options) {
      const record = await recorded(options);
      return {
        page: record.page,
        async visit(path) {
          const { requests, failedRequests, consoleErrors, pageErrors } = record;
          const [r, f, c, e] = [requests.length, failedRequests.length, consoleErrors.length, pageErrors.length];
          const response = await record.page.goto(site.server.url(path), { waitUntil: 'load' });
          return {
            status: response?.status(),
            get requests() {
              return requests.slice(r);
            },
            get failedRequests() {
              return failedRequests.slice(f);
            },
            get consoleErrors() {
              return consoleErrors.slice(c);
            },
            get pageErrors() {
              return pageErrors.slice(e);
            },
          };
        },
        idle: record.idle,
        close: record.close,
      };
    },
  };

  /** The worker's context for these options. */
  function contextFor(options: BrowserContextOptions = {}): Promise<BrowserContext> {
    const all = { ...DEFAULT_OPTIONS, ...options };
    const key = optionsKey(all);
    let context = contexts.get(key);
    if (!context) {
      context = newContext(all);
      contexts.set(key, context);
      // A context that could not be made is made again on the next use.
      context.catch(() => contexts.delete(key));
    }
    return context;
  }

  async function newContext(options: BrowserContextOptions): Promise<BrowserContext> {
    const context = await site.browser.newContext(options);
    // A blank page kept open while the context lives: a context with no page left would start its next page cold
    // (on the two-core machine, a page opened into a context with one open cost 0.6 s of CPU, with none 1 s).
    await context.newPage();
    return context;
  }

  /** A new page, every request, failure and error recorded. */
  async function recorded(options?: BrowserContextOptions): Promise<PageRecord> {
    const context = await contextFor(options);
    used.add(context);
    const page = await context.newPage();
    opened.add(page);
    page.on('close', () => opened.delete(page));
    /** Requests made and not yet finished or failed; and who waits for there to be none. */
    const inFlight = new Set<Request>();
    let waiting: (() => void)[] = [];
    const settle = (request: Request) => {
      inFlight.delete(request);
      if (inFlight.size) return;
      for (const done of waiting) done();
      waiting = [];
    };
    const record: PageRecord = {
      page,
      requests: [],
      failedRequests: [],
      consoleErrors: [],
      pageErrors: [],
      status: undefined,
      async idle() {
        // A round trip to the page first, so that every request it has started by now has been reported.
        await page.evaluate(() => 0);
        if (!inFlight.size) return;
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((done) => waiting.push(done)),
          new Promise<never>((_, fail) => {
            timer = setTimeout(() => fail(new Error(`requests still in flight after ${IDLE_LIMIT_MS} ms: ${[...inFlight].map((r) => r.url()).join(', ')}`)), IDLE_LIMIT_MS);
          }),
        ]).finally(() => clearTimeout(timer));
      },
      close: () => page.close(),
    };
    page.on('request', (request) => {
      inFlight.add(request);
      record.requests.push({ url: request.url(), type: request.resourceType() });
    });
    page.on('requestfinished', settle);
    page.on('requestfailed', (request) => {
      record.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
      settle(request);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) record.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const where = message.location();
        record.consoleErrors.push(`${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
      }
    });
    page.on('pageerror', (error) => record.pageErrors.push(String(error.stack ?? error)));
    return record;
  }
  return site;
}
