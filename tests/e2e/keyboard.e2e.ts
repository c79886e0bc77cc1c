/**
 * Everything is reachable and operable by keyboard: Tab walks through every tabbable control of
 * the page (host bar, card, chart chooser, table toggle, portfolio), each shows a focus
 * indicator, and the controls work with Enter/Space/arrow keys.
 */
import { listTabbables, walkTabOrder } from './support/keyboard';
import { CARD, CHART, openWorkbench, useWorkbenchSession } from './support/workbenchPage';

const HOST_BAR_CONTROLS = ['select#wb-user', 'select#wb-host', 'select#wb-theme', 'select#wb-mode', 'select#wb-lang', 'select#wb-view', 'input#wb-object'];

describe('keyboard (Chromium)', () => {
  const session = useWorkbenchSession();

  for (const theme of ['default', 'contrast', 'forced-colors'] as const) {
    it(`reaches every control of the report page with Tab, each with a visible focus indicator (${theme})`, async () => {
      // Windows high contrast drops box shadows: focus must still show (outline or Fluent's ring).
      if (theme === 'forced-colors') await session.page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      await openWorkbench(session.page, session.env, `?theme=${theme === 'forced-colors' ? 'contrast' : theme}`);
      await session.page.locator(`${CHART} canvas`).waitFor();
      const expected = await listTabbables(session.page);
      const inCard = await listTabbables(session.page, CARD);
      const inChart = await listTabbables(session.page, CHART);
      // The page really has controls in all three places.
      expect(expected.length).toBeGreaterThanOrEqual(HOST_BAR_CONTROLS.length + 3);
      expect(inCard.length).toBeGreaterThan(0);
      expect(inChart.length).toBeGreaterThan(0);

      const walk = await walkTabOrder(session.page, expected.length + 20);
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
    await openWorkbench(session.page, session.env, '');
    const toggle = session.page.locator(CHART).getByRole('button', { name: 'Visa som tabell' });
    await toggle.focus();
    await session.page.keyboard.press('Enter');
    await session.page.locator(`${CHART} table`).waitFor({ state: 'visible' });
    expect(await session.page.locator(CHART).getByRole('button', { name: 'Dölj tabell' }).getAttribute('aria-expanded')).toBe('true');

    // A KPI checkbox toggles with Space and the table's columns follow.
    const columnsBefore = await session.page.locator(`${CHART} table thead th`).count();
    const checkbox = session.page.locator(`${CHART} input[type="checkbox"]`).first();
    const wasChecked = await checkbox.isChecked();
    await checkbox.focus();
    await session.page.keyboard.press('Space');
    expect(await checkbox.isChecked()).toBe(!wasChecked);
    const columnsAfter = await session.page.locator(`${CHART} table thead th`).count();
    expect(columnsAfter).toBe(wasChecked ? columnsBefore - 1 : columnsBefore + 1);
  });

  it('operates the host bar from the keyboard: arrow keys change the theme, Enter shows another object', async () => {
    await openWorkbench(session.page, session.env, '');
    await session.page.focus('#wb-theme');
    await session.page.keyboard.press('ArrowDown');
    await session.page.waitForURL(/theme=dark/);
    expect(await session.page.locator('.wb-host').getAttribute('data-theme')).toBe('dark');

    await session.page.focus('#wb-view');
    await session.page.keyboard.press('ArrowDown');
    await session.page.waitForURL(/view=portfolio/);
    await session.page.locator('main tr[data-object="SHVO"]').waitFor();

    // From the portfolio, Tab to the object's button and open it with Enter.
    const open = session.page.locator('main tr[data-object="SHVO"] button');
    await open.focus();
    await session.page.keyboard.press('Enter');
    await session.page.locator(CARD).getByText(/61[\s\u00a0\u202f]829/).first().waitFor();
  });

  it('reaches the portfolio rows with Tab', async () => {
    await session.page.goto(`${session.env.baseUrl}/?view=portfolio`);
    await session.page.locator('main tr[data-object="SHVO"]').waitFor();
    const expected = await listTabbables(session.page);
    const walk = await walkTabOrder(session.page, expected.length + 20);
    expect(expected.filter((id) => walk.reached.indexOf(id) < 0)).toEqual([]);
    expect(walk.descriptions.some((d) => d.startsWith('button') && d.includes('Samordnad hälsa'))).toBe(true);
  });
});
