/**
 * The portfolio in the browser: what each role reads (only the board's lists), filters and sort
 * kept in the URL (a bookmarked view opens as it was), the status-per-quarter view, the Excel
 * export of what is shown, and axe on both views in both hosts and all themes.
 */
import * as fs from 'fs';
import { readXlsx } from '../support/xlsx';
import { runAxe, type IAxeReport } from './support/axe';
import { useWorkbenchSession } from './support/workbenchPage';
import { SECURITY } from '../../src/data/schema/security';
import { listTitle } from '../../src/data/schema/schema';

const ROW = (key: string): string => `main tr[data-object="${key}"]`;
/** Lists a site visitor (the board) may read (docs/security.md): the objects, the approved snapshots, the board's own records. */
const BOARD_LISTS = SECURITY.filter((l) => l.listScope.visitors === 'read').map((l) => listTitle(l.list).toLowerCase());

function serious(report: IAxeReport): string[] {
  return report.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('portfolio in the workbench (Chromium)', () => {
  const session = useWorkbenchSession();

  beforeAll(async () => {
    // A second object that has no approved report yet.
    const r = await session.owner.ensureObject({ key: 'NYTT', title: 'Nytt förvaltningsobjekt' });
    if (r.kind !== 'ok') throw new Error(`ensureObject: ${r.kind}`);
  });

  /**
   * Titles of the lists whose items the page read (request URLs and the GET parts of $batch
   * bodies). The workspace's permission probe (EffectiveBasePermissions of folders, which a
   * visitor is refused) is not a read of content and is left out.
   */
  function recordItemReads(): string[] {
    const lists: string[] = [];
    session.page.on('request', (request) => {
      const parts = [request.url(), ...(request.postData() ?? '').split('\n').filter((line) => /^GET /.test(line))];
      parts.forEach((part) => {
        const url = decodeURIComponent(part);
        if (url.indexOf('EffectiveBasePermissions') >= 0) return;
        const m = /getbytitle\(['"]?([^'")]+)['"]?\)\/items/i.exec(url);
        if (m) lists.push(m[1].toLowerCase());
      });
    });
    return lists;
  }

  for (const user of ['reader', 'editor', 'approver'] as const) {
    it(`shows every object to the ${user}, reading only the lists the board may read`, async () => {
      const reads = recordItemReads();
      await session.page.goto(`${session.env.baseUrl}/?view=portfolio&user=${user}`);
      await session.page.locator(ROW('SHVO')).waitFor();
      await session.page.locator(ROW('NYTT')).waitFor();
      await session.page.waitForLoadState('networkidle');
      expect(reads.length).toBeGreaterThan(0);
      expect(reads.filter((list) => BOARD_LISTS.indexOf(list) < 0)).toEqual([]);
      expect(await session.page.locator(`${ROW('SHVO')} [data-column="status"] [data-assessment]`).count()).toBe(1);
      expect(await session.page.locator(`${ROW('NYTT')} [data-state="neverApproved"]`).count()).toBe(1);
      expect(session.errors).toEqual([]);
    });
  }

  it('keeps filters and sort in the URL, so a bookmarked view opens as it was', async () => {
    await session.page.goto(`${session.env.baseUrl}/?view=portfolio`);
    await session.page.locator(ROW('NYTT')).waitFor();
    await session.page.getByRole('checkbox', { name: 'Ingen godkänd rapport' }).check();
    await session.page.waitForURL(/status=none/);
    expect(await session.page.locator(ROW('SHVO')).count()).toBe(0);
    await session.page.locator('th[data-column="title"] button').click();
    await session.page.waitForURL(/sort=title-desc/);
    expect(await session.page.locator('th[data-column="title"]').getAttribute('aria-sort')).toBe('descending');

    const bookmarked = session.page.url();
    expect(new URL(bookmarked).searchParams.get('view')).toBe('portfolio');
    await session.page.goto(bookmarked);
    await session.page.locator(ROW('NYTT')).waitFor();
    expect(await session.page.locator(ROW('SHVO')).count()).toBe(0);
    expect(await session.page.getByRole('checkbox', { name: 'Ingen godkänd rapport' }).isChecked()).toBe(true);
    expect(await session.page.locator('th[data-column="title"]').getAttribute('aria-sort')).toBe('descending');
    expect(session.errors).toEqual([]);
  });

  it('opens a linked view with free text and the quarter view', async () => {
    await session.page.goto(`${session.env.baseUrl}/?view=portfolio&tab=quarters&q=${encodeURIComponent('hälsa')}`);
    await session.page.locator('main table[data-view="quarters"] tr[data-object="SHVO"]').waitFor();
    expect(await session.page.locator(ROW('NYTT')).count()).toBe(0);
    const cells = await session.page.locator(`${ROW('SHVO')} td[data-quarter]`).allInnerTexts();
    expect(cells).toHaveLength(4);
    // Every cell says something in words: a status or that there is no approved report.
    cells.forEach((text) => expect(text.trim().length).toBeGreaterThan(3));
  });

  it('exports what is shown to an .xlsx file with Swedish headers and typed cells', async () => {
    await session.page.goto(`${session.env.baseUrl}/?view=portfolio&sort=title-desc`);
    await session.page.locator(ROW('SHVO')).waitFor();
    const [download] = await Promise.all([session.page.waitForEvent('download'), session.page.getByRole('button', { name: 'Exportera till Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^portfolj-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = await download.path();
    const book = readXlsx(new Uint8Array(fs.readFileSync(file)));
    expect(book.cells.get('A1')?.value).toBe('Förvaltningsobjekt');
    expect(book.cells.get('B1')?.value).toBe('Samlad bedömning');
    // Sorted by name, descending, as on screen.
    const names = [String(book.cells.get('A2')?.value), String(book.cells.get('A3')?.value)];
    expect(names[0]).toMatch(/^Samordnad hälsa, vård och omsorg \(SHVO\)/);
    expect(names[1]).toBe('Nytt förvaltningsobjekt');
    const shvoRow = 2;
    expect(book.cells.get(`H${shvoRow}`)?.type).toBe('n');
    expect(book.cells.get(`K${shvoRow}`)).toEqual(expect.objectContaining({ type: 'n', value: 61829 }));
    await session.page.getByText('Excelfilen med 2 objekt är skapad.').waitFor();
    expect(session.errors).toEqual([]);
  });

  for (const host of ['sharepoint', 'teams'] as const) {
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      it(`has no serious axe violation in either view (${host}, ${theme})`, async () => {
        await session.page.goto(`${session.env.baseUrl}/?view=portfolio&host=${host}&theme=${theme}`);
        await session.page.locator(ROW('SHVO')).waitFor();
        const latest = await runAxe(session.page, ['main [data-portfolio-tab]']);
        expect(latest.checkedNodes).toBeGreaterThan(30);
        expect(serious(latest)).toEqual([]);
        await session.page.getByRole('tab', { name: 'Status per kvartal' }).click();
        await session.page.locator('table[data-view="quarters"]').waitFor();
        const quarters = await runAxe(session.page, ['main [data-portfolio-tab]']);
        expect(quarters.checkedNodes).toBeGreaterThan(20);
        expect(serious(quarters)).toEqual([]);
      });
    }
  }
});
