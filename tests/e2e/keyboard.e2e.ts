/**
 * Everything is reachable and operable by keyboard: Tab walks through every tabbable control of
 * the page (host bar, card, chart chooser, table toggle, portfolio), each shows a focus
 * indicator, and the controls work with Enter/Space/arrow keys.
 */
import type { Page } from 'playwright-core';
import { IBrowser, launchBrowser } from './support/browser';
import { IE2eEnvironment, startE2eEnvironment } from './support/environment';
import { listTabbables, walkTabOrder } from './support/keyboard';
import { CARD, CHART, openWorkbench } from './support/workbenchPage';

const HOST_BAR_CONTROLS = ['select#wb-user', 'select#wb-host', 'select#wb-theme', 'select#wb-mode', 'select#wb-lang', 'select#wb-view', 'input#wb-object'];

describe('keyboard (Chromium)', () => {
  let env: IE2eEnvironment;
  let browser: IBrowser;
  let page: Page;

  beforeAll(async () => {
    env = await startE2eEnvironment();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    if (browser) await browser.close();
    if (env) await env.close();
  });

  beforeEach(async () => {
    page = await browser.newPage();
  });

  afterEach(async () => {
    await page.close();
  });

  for (const theme of ['default', 'contrast', 'forced-colors'] as const) {
    it(`reaches every control of the report page with Tab, each with a visible focus indicator (${theme})`, async () => {
      // Windows high contrast drops box shadows: focus must still show (outline or Fluent's ring).
      if (theme === 'forced-colors') await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      await openWorkbench(page, env, `?theme=${theme === 'forced-colors' ? 'contrast' : theme}`);
      await page.locator(`${CHART} canvas`).waitFor();
      const expected = await listTabbables(page);
      const inCard = await listTabbables(page, CARD);
      const inChart = await listTabbables(page, CHART);
      // The page really has controls in all three places.
      expect(expected.length).toBeGreaterThanOrEqual(HOST_BAR_CONTROLS.length + 3);
      expect(inCard.length).toBeGreaterThan(0);
      expect(inChart.length).toBeGreaterThan(0);

      const walk = await walkTabOrder(page, expected.length + 20);
      const missed = expected.filter((id) => walk.reached.indexOf(id) < 0);
      expect({ missed, reachedInOrder: walk.descriptions }).toEqual({ missed: [], reachedInOrder: walk.descriptions });
      // Nothing outside the expected list took focus (no hidden or inert element in the tab order).
      expect(walk.reached.filter((id) => expected.indexOf(id) < 0)).toEqual([]);
      // The host bar comes first, in its visual order.
      expect(walk.descriptions.slice(0, HOST_BAR_CONTROLS.length).map((d) => d.split(' ')[0])).toEqual(HOST_BAR_CONTROLS);
      expect(walk.withoutFocusStyle).toEqual([]);
    });
  }

  it('opens the chart table alternative and changes the chart selection from the keyboard', async () => {
    await openWorkbench(page, env, '');
    const toggle = page.locator(CHART).getByRole('button', { name: 'Visa som tabell' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.locator(`${CHART} table`).waitFor({ state: 'visible' });
    expect(await page.locator(CHART).getByRole('button', { name: 'Dölj tabell' }).getAttribute('aria-expanded')).toBe('true');

    // A KPI checkbox toggles with Space and the table's columns follow.
    const columnsBefore = await page.locator(`${CHART} table thead th`).count();
    const checkbox = page.locator(`${CHART} input[type="checkbox"]`).first();
    const wasChecked = await checkbox.isChecked();
    await checkbox.focus();
    await page.keyboard.press('Space');
    expect(await checkbox.isChecked()).toBe(!wasChecked);
    const columnsAfter = await page.locator(`${CHART} table thead th`).count();
    expect(columnsAfter).toBe(wasChecked ? columnsBefore - 1 : columnsBefore + 1);
  });

  it('operates the host bar from the keyboard: arrow keys change the theme, Enter shows another object', async () => {
    await openWorkbench(page, env, '');
    await page.focus('#wb-theme');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/theme=dark/);
    expect(await page.locator('.wb-host').getAttribute('data-theme')).toBe('dark');

    await page.focus('#wb-view');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/view=portfolio/);
    await page.locator('main tr[data-object="SHVO"]').waitFor();

    // From the portfolio, Tab to the object's button and open it with Enter.
    const open = page.locator('main tr[data-object="SHVO"] button');
    await open.focus();
    await page.keyboard.press('Enter');
    await page.locator(CARD).getByText(/61[\s\u00a0\u202f]829/).first().waitFor();
  });

  it('reaches the portfolio rows with Tab', async () => {
    await page.goto(`${env.baseUrl}/?view=portfolio`);
    await page.locator('main tr[data-object="SHVO"]').waitFor();
    const expected = await listTabbables(page);
    const walk = await walkTabOrder(page, expected.length + 20);
    expect(expected.filter((id) => walk.reached.indexOf(id) < 0)).toEqual([]);
    expect(walk.descriptions.some((d) => d.startsWith('button') && d.includes('Samordnad hälsa'))).toBe(true);
  });
});
