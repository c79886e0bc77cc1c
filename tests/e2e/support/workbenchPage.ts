/** Selectors and steps shared by the browser tests of the workbench page. */
import type { Page } from 'playwright-core';
import { createNodeRepository } from '../../../src/data/repository/createNodeSpfi';
import type { IStatusReportRepository } from '../../../src/data/repository/IStatusReportRepository';
import { collectPageErrors, IBrowser, launchBrowser } from './browser';
import { IE2eEnvironment, startE2eEnvironment } from './environment';

/** The status card (an article labelled by the report title). */
export const CARD = 'main article';
/** The KPI trend chart with its chooser, canvas and table alternative. */
export const CHART = 'main [data-testid="kpi-trend-chart"]';
/** The portfolio table. */
export const PORTFOLIO = 'main table:has(tr[data-object])';

/** sv-SE groups digits with a no-break (U+00A0) or narrow space; tests compare plain spaces. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ');
}

/** Opens the workbench with a query string and waits until the seeded report's figures show. */
export async function openWorkbench(page: Page, env: IE2eEnvironment, query: string): Promise<void> {
  await page.goto(`${env.baseUrl}/${query}`);
  await page.locator(CARD).getByText(/61[\s\u00a0\u202f,]829/).first().waitFor();
}

/** What a browser test file works with: one environment and browser per file, a fresh page per test. */
export interface IWorkbenchSession {
  readonly env: IE2eEnvironment;
  readonly browser: IBrowser;
  /** The current test's page. */
  readonly page: Page;
  /** Page and console errors of the current test's page. */
  readonly errors: string[];
  /** The site owner's repository (to set up or check what the page did, outside the browser). */
  readonly owner: IStatusReportRepository;
}

export interface IWorkbenchSessionOptions {
  /** Accept every dialog (leaving a page with unsaved edits asks first; the tests mean to leave). */
  readonly acceptDialogs?: boolean;
}

/**
 * Registers the hooks of a browser test file: starts the local SharePoint with the workbench
 * and Chromium before all tests, opens a page before each test and closes them all again.
 */
export function useWorkbenchSession(options: IWorkbenchSessionOptions = {}): IWorkbenchSession {
  let env: IE2eEnvironment | undefined;
  let browser: IBrowser | undefined;
  let page: Page | undefined;
  let errors: string[] = [];
  let owner: IStatusReportRepository | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The browser test session has no ${what} (used outside a test?)`);
    return value;
  };

  beforeAll(async () => {
    env = await startE2eEnvironment();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    if (browser) await browser.close();
    if (env) await env.close();
  });

  beforeEach(async () => {
    page = await started(browser, 'browser').newPage();
    if (options.acceptDialogs) page.on('dialog', (dialog) => void dialog.accept());
    errors = collectPageErrors(page);
  });

  afterEach(async () => {
    if (page) await page.close();
    page = undefined;
  });

  return {
    get env() {
      return started(env, 'environment');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get page() {
      return started(page, 'page');
    },
    get errors() {
      return errors;
    },
    get owner() {
      owner = owner ?? createNodeRepository(started(env, 'environment').siteUrl, { user: 'owner' });
      return owner;
    }
  };
}
