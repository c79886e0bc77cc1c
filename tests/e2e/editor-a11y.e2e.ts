/**
 * The editor without a mouse and under axe-core, in Chromium against the local SharePoint:
 * an editor edits, saves and submits, and an approver approves, with the keyboard alone; the
 * editor, the workspace actions and every dialog (submit, approve, return, conflict, leave)
 * have no serious or critical axe violation.
 */
import type { Page } from 'playwright-core';
import { createNodeRepository } from '../../src/data/repository/createNodeSpfi';
import type { IStatusReportRepository } from '../../src/data/repository/IStatusReportRepository';
import type { IStatusReport } from '../../src/domain/model';
import { runAxe, seriousViolations } from './support/axe';
import { collectPageErrors, IBrowser, launchBrowser } from './support/browser';
import { describeFocused } from './support/keyboard';
import { IE2eEnvironment, startE2eEnvironment } from './support/environment';
import { CARD } from './support/workbenchPage';

type User = 'reader' | 'editor' | 'approver' | 'owner';
type Theme = 'default' | 'dark' | 'contrast';

const EDITOR_TITLE = /^Redigera statusrapport – SHVO Q\d \d{4}$/;
const APPROVAL = 'section[aria-labelledby="gits-approval-title"]';
const EDITOR_REGION = 'section[aria-label="Redigera statusrapport"]';

async function openAs(page: Page, env: IE2eEnvironment, user: User, host: 'teams' | 'sharepoint' = 'teams', theme: Theme = 'default'): Promise<void> {
  await page.goto(`${env.baseUrl}/?user=${user}&host=${host}&theme=${theme}&view=report&object=SHVO&lang=sv-SE`);
  await page.locator(CARD).first().waitFor();
}

async function editorReady(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: EDITOR_TITLE }).waitFor();
  await page.locator(`${APPROVAL} li[data-action]`).first().waitFor();
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's description starts with `target`
 * (e.g. 'button "Spara"'); fails after `max` presses.
 */
async function tabTo(page: Page, target: RegExp, options: { backwards?: boolean; max?: number; skip?: string } = {}): Promise<void> {
  const max = options.max ?? 400;
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const focused = await describeFocused(page);
    const skipped = options.skip ? await page.evaluate((selector) => !!document.activeElement?.matches(selector), options.skip) : false;
    if (target.test(focused) && !skipped) return;
    seen.push(focused);
  }
  throw new Error(`Tab never reached ${target}; last: ${seen.slice(-8).join(' | ')}`);
}

async function storedReport(repository: IStatusReportRepository): Promise<IStatusReport> {
  const list = await repository.listReports('SHVO');
  if (list.kind !== 'ok') throw new Error(list.messageKey);
  const loaded = await repository.loadReportForEditing(list.value[0].id, 'SHVO');
  if (loaded.kind !== 'ok') throw new Error(loaded.messageKey);
  return loaded.value.editable.report;
}

async function expectNoSeriousViolations(page: Page, include: readonly string[]): Promise<void> {
  const report = await runAxe(page, include);
  // axe looked at real content, not an empty container.
  expect(report.passes).toBeGreaterThan(5);
  expect(seriousViolations(report)).toEqual([]);
}

describe('editor with the keyboard and axe (Chromium)', () => {
  let env: IE2eEnvironment;
  let browser: IBrowser;
  let page: Page;
  let errors: string[];
  let owner: IStatusReportRepository;

  beforeAll(async () => {
    env = await startE2eEnvironment();
    browser = await launchBrowser();
    owner = createNodeRepository(env.siteUrl, { user: 'owner' });
  });

  afterAll(async () => {
    if (browser) await browser.close();
    if (env) await env.close();
  });

  beforeEach(async () => {
    page = await browser.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    errors = collectPageErrors(page);
  });

  afterEach(async () => {
    await page.close();
  });

  it('edits, saves and submits, then approves, with the keyboard alone', async () => {
    await openAs(page, env, 'editor');
    await page.getByRole('button', { name: 'Redigera rapport' }).waitFor();
    await tabTo(page, /^button.*Redigera rapport"$/);
    await page.keyboard.press('Enter');
    await editorReady(page);
    // Focus moved into the editor when it opened.
    expect(await page.evaluate((selector) => document.activeElement === document.querySelector(selector), EDITOR_REGION)).toBe(true);

    await tabTo(page, /^input.*"Ansvarig funktionskoordinator/);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Gisella Koutsiou och Per Persson');
    // Enter in a one-line field submits the form: the report is saved.
    await page.keyboard.press('Enter');
    await page.getByText(/^Sparad /).waitFor();
    await page.getByText('Inga osparade ändringar.').waitFor();

    await tabTo(page, /^button.*"Skicka för godkännande"/, { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).waitFor();
    await tabTo(page, /^button.*"Bekräfta"/, { max: 10 });
    await page.keyboard.press('Enter');
    await page.getByText('Rapporten har skickats för godkännande.').waitFor();

    // The approver, on a SharePoint page in read mode.
    await openAs(page, env, 'approver', 'sharepoint');
    await page.getByRole('button', { name: 'Granska rapport' }).waitFor();
    await tabTo(page, /^button.*Granska rapport"$/);
    await page.keyboard.press('Enter');
    await editorReady(page);
    await tabTo(page, /^button.*"Godkänn"/);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).waitFor();
    await tabTo(page, /^button.*"Bekräfta"/, { max: 10 });
    await page.keyboard.press('Enter');
    await page.getByText('Rapporten har godkänts.').waitFor();

    // Closing returns focus to the action that opened the editor.
    // (A message bar's dismiss icon has the same name; the Close button is the one with text.)
    await tabTo(page, /^button.*"Stäng redigeringen"$/, { skip: '.ms-MessageBar-dismissal' });
    await page.keyboard.press('Enter');
    await page.locator(CARD).first().waitFor();
    await page.waitForFunction(() => (document.activeElement?.textContent ?? '').includes('Granska rapport'));

    const stored = await storedReport(owner);
    expect(stored.header.coordinator.displayName).toBe('Gisella Koutsiou och Per Persson');
    expect(stored.header.approval).toBe('approved');
    await openAs(page, env, 'reader');
    expect(await page.locator(CARD).first().innerText()).toContain('Gisella Koutsiou och Per Persson');
    expect(errors).toEqual([]);
  });

  // The team edits in the Teams tab; on a SharePoint page an approver opens the same editor to review.
  for (const [host, user, action] of [
    ['teams', 'editor', 'Redigera rapport'],
    ['sharepoint', 'approver', 'Granska rapport']
  ] as const) {
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      it(`has no serious or critical axe violation in the actions and the editor (${host}, ${theme})`, async () => {
        await openAs(page, env, user, host, theme);
        await page.getByRole('button', { name: action }).waitFor();
        await expectNoSeriousViolations(page, ['main [role="toolbar"]']);
        await page.getByRole('button', { name: action }).click();
        await editorReady(page);
        await expectNoSeriousViolations(page, [EDITOR_REGION]);
        const judgements = 'section[aria-labelledby="gits-ed-section-judgements"]';
        await page.locator(`${judgements} fieldset[data-judgement="overall"]`).waitFor();
        if (user === 'editor') {
          // The judgement section with a status that needs a comment and its error shown.
          await page.locator('fieldset[data-judgement="overall"]').getByRole('radio', { name: 'Avvikelse', exact: true }).check();
          await page.getByRole('button', { name: 'Spara', exact: true }).click();
          await page.getByText('Skriv en kommentar. Den krävs när statusen är Risk för avvikelse eller Avvikelse.').first().waitFor();
        }
        await expectNoSeriousViolations(page, [judgements]);
        // An unsaved judgement stays in this browser's draft store; later tests start clean.
        await page.evaluate(() => window.localStorage.clear());
        expect(errors).toEqual([]);
      });
    }
  }

  it('has no serious or critical axe violation in the submit, approve, return, conflict and leave dialogs', async () => {
    await openAs(page, env, 'editor');
    await page.getByRole('button', { name: 'Redigera rapport' }).click();
    await editorReady(page);

    // Submit dialog (opened, checked, cancelled).
    await page.getByRole('button', { name: 'Skicka för godkännande', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).waitFor();
    await expectNoSeriousViolations(page, ['[role="dialog"]']);
    await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // Conflict dialog: someone saves over REST after this editor loaded the report.
    const list = await owner.listReports('SHVO');
    if (list.kind !== 'ok') throw new Error(list.messageKey);
    const loaded = await owner.loadReportForEditing(list.value[0].id, 'SHVO');
    if (loaded.kind !== 'ok') throw new Error(loaded.messageKey);
    const editable = loaded.value.editable;
    const saved = await owner.saveReport(editable, { ...editable.report, header: { ...editable.report.header, mission: 'Ändrat av någon annan.' } });
    expect(saved.kind).toBe('ok');
    await page.getByLabel('Beskrivning av uppdraget', { exact: true }).fill('Ändrat här.');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    const conflict = page.getByRole('dialog', { name: 'Rapporten har ändrats av någon annan' });
    await conflict.getByRole('button', { name: 'Spara mina val' }).waitFor();
    await expectNoSeriousViolations(page, ['[role="dialog"]']);
    await conflict.getByRole('button', { name: 'Ta deras' }).click();
    await conflict.waitFor({ state: 'detached' });

    // Leave dialog: unsaved changes, then Close.
    await page.getByLabel('Beskrivning av uppdraget', { exact: true }).fill('Osparad ändring.');
    await page.getByRole('button', { name: 'Stäng redigeringen' }).filter({ hasText: 'Stäng redigeringen' }).click();
    const leave = page.getByRole('dialog', { name: 'Lämna utan att spara?' });
    await leave.getByRole('button', { name: 'Fortsätt redigera' }).waitFor();
    await expectNoSeriousViolations(page, ['[role="dialog"]']);
    await leave.getByRole('button', { name: 'Fortsätt redigera' }).click();
    await leave.waitFor({ state: 'detached' });

    // Put the saved version back (discard), submit it, then the approver's dialogs.
    await page.getByLabel('Beskrivning av uppdraget', { exact: true }).fill('Ändrat av någon annan.');
    await page.getByText('Inga osparade ändringar.').waitFor();
    await page.getByRole('button', { name: 'Skicka för godkännande', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).click();
    await page.getByText('Rapporten har skickats för godkännande.').waitFor();

    await openAs(page, env, 'approver', 'sharepoint');
    await page.getByRole('button', { name: 'Granska rapport' }).click();
    await editorReady(page);
    await page.getByRole('button', { name: 'Godkänn', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).waitFor();
    await expectNoSeriousViolations(page, ['[role="dialog"]']);
    await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Skicka tillbaka', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).waitFor();
    // The required comment missing: the dialog shows its error, which must be accessible too.
    await page.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).click();
    await expectNoSeriousViolations(page, ['[role="dialog"]']);
    // The browser logs the conflict's 412 (If-Match failed) as a failed resource; nothing else.
    expect(errors.filter((e) => !/status of 412/.test(e))).toEqual([]);
  });
});
