/**
 * axe-core in Chromium: no serious or critical WCAG 2.1 A/AA (or best-practice) violation in the
 * status card, the chart, its table alternative and the portfolio, in the default, dark and
 * high-contrast themes, on a SharePoint page and in a Teams tab.
 */
import * as fs from 'fs';
import * as path from 'path';
import { IAxeReport, runAxe, seriousViolations } from './support/axe';
import { IE2eEnvironment } from './support/environment';
import { CARD, CHART, openWorkbench, PORTFOLIO, useWorkbenchSession } from './support/workbenchPage';
import { createNodeRepository } from '../../src/data/repository/createNodeSpfi';
import { setJudgements } from '../../src/domain/judgement';

/**
 * The SHVO report judged (every status, comments, a carried-over judgement), saved, submitted
 * and approved through the repository, so the card the tests below check leads with it.
 */
async function approveJudgedReport(env: IE2eEnvironment): Promise<void> {
  const editor = createNodeRepository(env.siteUrl, { user: 'editor' });
  const approver = createNodeRepository(env.siteUrl, { user: 'approver' });
  const list = await editor.listReports('SHVO');
  if (list.kind !== 'ok') throw new Error(list.messageKey);
  const latest = list.value[0];
  const loaded = await editor.loadReportForEditing(latest.id, 'SHVO');
  if (loaded.kind !== 'ok') throw new Error(loaded.messageKey);
  const judged = setJudgements(loaded.value.editable.report, {
    overall: { status: 'attention', comment: 'Utvecklingen av SAMSA väntar på dialog med Oracle. Frågor: info.samsa@vgregion.se.' },
    dimensions: {
      delivery: { status: 'good', comment: '' },
      economy: { status: 'good', comment: '', carriedOver: true },
      resources: { status: 'problem', comment: 'Representation saknas från 2 av 6 delregioner.' },
      risks: { status: 'notAssessed', comment: '' }
    }
  });
  const saved = await editor.saveReport(loaded.value.editable, judged);
  if (saved.kind !== 'ok') throw new Error(saved.messageKey);
  const submitted = await editor.submitReport(latest.id);
  if (submitted.kind !== 'ok') throw new Error(submitted.messageKey);
  const approved = await approver.approveReport(latest.id);
  if (approved.kind !== 'ok') throw new Error(approved.messageKey);
}

const THEMES = ['default', 'dark', 'contrast'] as const;
const HOSTS = ['sharepoint', 'teams'] as const;

describe('accessibility (axe-core in Chromium)', () => {
  const session = useWorkbenchSession();
  // Every violation found (also moderate/minor), written to test-results/e2e/axe.json for review.
  const findings: Record<string, IAxeReport['violations']> = {};

  beforeAll(async () => {
    await approveJudgedReport(session.env);
  });

  afterAll(async () => {
    const out = path.join(__dirname, '..', '..', 'test-results', 'e2e');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'axe.json'), JSON.stringify(findings, undefined, 2));
  });

  it('the harness reports serious violations when there are some (self-check)', async () => {
    await session.page.setContent(
      '<main><section id="bad"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#777;background:#888">svag kontrast</p><button></button></section></main>'
    );
    const ids = seriousViolations(await runAxe(session.page, ['#bad'])).map((v) => v.split(':')[0]);
    expect(ids).toEqual(expect.arrayContaining(['critical image-alt', 'serious color-contrast', 'critical button-name']));
  });

  it('report in English has no serious violation (sharepoint, default, en-US)', async () => {
    await session.page.goto(`${session.env.baseUrl}/?lang=en-US`);
    await session.page.locator(CARD).getByText('61,829').first().waitFor();
    await session.page.locator(CHART).getByRole('button', { name: 'Show as table' }).click();
    await session.page.locator(`${CHART} table`).waitFor({ state: 'visible' });
    const report = await runAxe(session.page, [CARD, CHART, '.wb-bar']);
    findings['report sharepoint default en-US'] = report.violations;
    expect(report.checkedNodes).toBeGreaterThan(50);
    expect(seriousViolations(report)).toEqual([]);
  });

  it('report under Windows high contrast (forced colors) has no serious violation', async () => {
    await session.page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await openWorkbench(session.page, session.env, '?theme=contrast');
    expect(await session.page.evaluate(() => window.matchMedia('(forced-colors: active)').matches)).toBe(true);
    await session.page.locator(CHART).getByRole('button', { name: 'Visa som tabell' }).click();
    await session.page.locator(`${CHART} table`).waitFor({ state: 'visible' });
    const report = await runAxe(session.page, [CARD, CHART, '.wb-bar']);
    findings['report sharepoint forced-colors'] = report.violations;
    expect(report.checkedNodes).toBeGreaterThan(50);
    expect(seriousViolations(report)).toEqual([]);
  });

  for (const host of HOSTS) {
    for (const theme of THEMES) {
      it(`report: card, chart and its table alternative have no serious violation (${host}, ${theme})`, async () => {
        await openWorkbench(session.page, session.env, `?host=${host}&theme=${theme}`);
        await session.page.locator(`${CHART} canvas`).waitFor();
        // The card leads with the judgement (icon and words), which axe checks with the rest.
        await session.page.locator(`${CARD} [data-judgement="overall"] [data-assessment="attention"]`).waitFor();
        // Open the table alternative so axe checks it too.
        await session.page.locator(CHART).getByRole('button', { name: 'Visa som tabell' }).click();
        await session.page.locator(`${CHART} table`).waitFor({ state: 'visible' });
        const report = await runAxe(session.page, [CARD, CHART, '.wb-bar']);
        findings[`report ${host} ${theme}`] = report.violations;
        // axe really looked at the content (not an empty page).
        expect(report.checkedNodes).toBeGreaterThan(50);
        expect(seriousViolations(report)).toEqual([]);
      });

      it(`portfolio has no serious violation (${host}, ${theme})`, async () => {
        await session.page.goto(`${session.env.baseUrl}/?view=portfolio&host=${host}&theme=${theme}`);
        await session.page.locator('main tr[data-object="SHVO"]').waitFor();
        const report = await runAxe(session.page, [PORTFOLIO]);
        findings[`portfolio ${host} ${theme}`] = report.violations;
        expect(report.checkedNodes).toBeGreaterThan(10);
        expect(seriousViolations(report)).toEqual([]);
      });
    }
  }
});
