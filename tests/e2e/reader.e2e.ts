/**
 * A reader opens the workbench without parameters: the seeded SHVO Q4 2025 report with its
 * figures, the KPI trend chart and its table alternative; the portfolio lists SHVO; the host
 * bar switches user, host, theme and language.
 */
import { normalizeSpaces, openWorkbench, CARD, CHART, useWorkbenchSession } from './support/workbenchPage';

describe('workbench as reader (Chromium)', () => {
  const session = useWorkbenchSession();

  it('opens the seeded SHVO report with its figures, written the Swedish way', async () => {
    await session.page.goto(`${session.env.baseUrl}/`);
    await session.page.locator(CARD).getByText('61 829').first().waitFor();
    // sv-SE groups digits with a no-break space; compare as plain spaces.
    const text = normalizeSpaces(await session.page.locator(CARD).innerText());
    expect(text).toContain('61 829');
    expect(text).toContain('52 796');
    expect(text).toContain('46,6 %');
    expect(text).toContain('Samordnad hälsa, vård och omsorg');
    expect(await session.page.locator(`${CARD} h2`).first().innerText()).toMatch(/2025/);
    // The page put every parameter in the URL and signed the reader in.
    expect(new URL(session.page.url()).search).toBe('?user=reader&host=sharepoint&theme=default&view=report&object=SHVO&lang=sv-SE&mode=read');
    const cookies = await session.browser.context.cookies(session.env.baseUrl);
    expect(cookies.find((c) => c.name === 'localsp-user')?.value).toBe('reader');
    expect(await session.page.locator('html').getAttribute('lang')).toBe('sv-SE');
    expect(session.errors).toEqual([]);
  });

  it('draws the KPI trend chart and opens its table alternative with the approved history', async () => {
    await openWorkbench(session.page, session.env, '');
    const chart = session.page.locator(CHART);
    const canvas = chart.locator('canvas[role="img"]');
    await canvas.waitFor();
    // chart.js took the canvas over and painted something.
    await session.page.waitForFunction((selector) => {
      const c = document.querySelector(selector) as (HTMLCanvasElement & { $chartjs?: unknown }) | null;
      if (!c || !c.$chartjs || !c.width) return false;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
      return false;
    }, `${CHART} canvas`);
    // The canvas' accessible name summarises the trend in words and figures.
    const summary = normalizeSpaces((await canvas.getAttribute('aria-label')) || '');
    expect(summary).toMatch(/\d/);

    const toggle = chart.getByRole('button', { name: 'Visa som tabell' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const table = chart.locator('table');
    expect(await table.isVisible()).toBe(false);
    await toggle.click();
    await table.waitFor({ state: 'visible' });
    expect(await chart.getByRole('button', { name: 'Dölj tabell' }).getAttribute('aria-expanded')).toBe('true');
    expect(await table.locator('caption').innerText()).toBe('Godkända värden per kvartal');
    const tableText = normalizeSpaces(await table.innerText());
    // History of the seed: 2024 Q4 (52 796 registered users) to 2025 Q4 (61 829).
    expect(tableText).toContain('61 829');
    expect(tableText).toContain('52 796');
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(session.errors).toEqual([]);
  });

  it('lists SHVO in the portfolio and opens its report from there', async () => {
    await session.page.goto(`${session.env.baseUrl}/?view=portfolio`);
    const row = session.page.locator('main tr[data-object="SHVO"]');
    await row.waitFor();
    const rowText = normalizeSpaces(await row.innerText());
    expect(rowText).toContain('Samordnad hälsa, vård och omsorg');
    expect(rowText).toMatch(/2025/);
    await row.getByRole('button').click();
    await session.page.locator(CARD).getByText('61 829').first().waitFor();
    expect(session.errors).toEqual([]);
  });

  it('switches language by reloading with the English strings and number format', async () => {
    await openWorkbench(session.page, session.env, '');
    await session.page.selectOption('#wb-lang', 'en-US');
    await session.page.waitForURL(/lang=en-US/);
    await session.page.locator(CARD).getByText('61,829').first().waitFor();
    expect(await session.page.locator('html').getAttribute('lang')).toBe('en-US');
    expect(await session.page.locator(CHART).getByRole('button', { name: 'Show as table' }).count()).toBe(1);
    expect(normalizeSpaces(await session.page.locator(CARD).innerText())).toContain('46.6');
    expect(session.errors).toEqual([]);
  });

  it('switches the user: sets the cookie, updates the URL and reloads the data as that user', async () => {
    await openWorkbench(session.page, session.env, '');
    await session.env.resetRequestCount();
    await session.page.selectOption('#wb-user', 'editor');
    await session.page.waitForURL(/user=editor/);
    await session.page.locator(CARD).getByText('61 829').first().waitFor();
    const cookies = await session.browser.context.cookies(session.env.baseUrl);
    expect(cookies.find((c) => c.name === 'localsp-user')?.value).toBe('editor');
    // The report was read again (by the editor) after the switch.
    expect(await session.env.requestCount()).toBeGreaterThan(0);
    expect(session.errors).toEqual([]);
  });

  it('frames the web part as a Teams tab or a SharePoint page, with the chosen theme', async () => {
    await openWorkbench(session.page, session.env, '?host=teams&theme=dark');
    const frame = session.page.locator('.wb-host');
    expect(await frame.getAttribute('data-host')).toBe('teams');
    expect(await session.page.locator('[data-host="teams"][data-theme-variant="dark"]').count()).toBe(1);
    expect(await frame.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 31, 31)');

    await session.page.selectOption('#wb-host', 'sharepoint');
    await session.page.selectOption('#wb-theme', 'contrast');
    await session.page.waitForURL(/host=sharepoint&theme=contrast/);
    await session.page.locator(CARD).getByText('61 829').first().waitFor();
    expect(await session.page.locator('.wb-host').getAttribute('data-host')).toBe('sharepoint');
    expect(await session.page.locator('[data-host="sharepoint"][data-theme-variant="contrast"]').count()).toBe(1);
    expect(await session.page.locator('.wb-host').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    expect(session.errors).toEqual([]);
  });
});
