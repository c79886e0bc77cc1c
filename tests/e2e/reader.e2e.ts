/**
 * A reader opens the workbench without parameters: the seeded SHVO Q4 2025 report with its
 * figures, the KPI trend chart and its table alternative; the portfolio lists SHVO.
 */
import type { Page } from 'playwright-core';
import { collectPageErrors, IBrowser, launchBrowser } from './support/browser';
import { IE2eEnvironment, startE2eEnvironment } from './support/environment';

function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ');
}

describe('workbench as reader (Chromium)', () => {
  let env: IE2eEnvironment;
  let browser: IBrowser;
  let page: Page;
  let errors: string[];

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
    errors = collectPageErrors(page);
  });

  afterEach(async () => {
    await page.close();
  });

  it('opens the seeded SHVO report with its figures, written the Swedish way', async () => {
    await page.goto(`${env.baseUrl}/`);
    const main = page.locator('main');
    await main.getByText('61 829', { exact: false }).first().waitFor({ timeout: 20000 });
    // sv-SE groups digits with a no-break space (U+00A0) or a narrow one; compare as plain spaces.
    const text = normalizeSpaces(await main.innerText());
    expect(text).toContain('61 829');
    expect(text).toContain('46,6 %');
    expect(text).toContain('Samordnad hälsa, vård och omsorg');
    expect(text).toMatch(/2025/);
    // The page put every parameter in the URL and signed in the reader.
    expect(new URL(page.url()).search).toBe('?user=reader&host=sharepoint&theme=default&view=report&object=SHVO&lang=sv-SE');
    const cookies = await browser.context.cookies(env.baseUrl);
    expect(cookies.find((c) => c.name === 'localsp-user')?.value).toBe('reader');
    expect(errors).toEqual([]);
  });
});
