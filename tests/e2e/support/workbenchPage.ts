/** Selectors and steps shared by the browser tests of the workbench page. */
import type { Page } from 'playwright-core';
import type { IE2eEnvironment } from './environment';

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
