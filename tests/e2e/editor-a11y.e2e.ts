/**
 * The editor without a mouse and under axe-core, in Chromium against the local SharePoint:
 * an editor edits, saves and submits, and an approver approves, with the keyboard alone; the
 * editor, the workspace actions and every dialog (submit, approve, return, conflict, leave)
 * have no serious or critical axe violation.
 */
import type { Page } from 'playwright-core';
import { runAxe, seriousViolations } from './support/axe';
import { describeFocused } from './support/keyboard';
import { IE2eEnvironment } from './support/environment';
import { storedReport } from './support/storedReport';
import { CARD, useWorkbenchSession } from './support/workbenchPage';

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

async function expectNoSeriousViolations(page: Page, include: readonly string[]): Promise<void> {
  const report = await runAxe(page, include);
  // axe looked at real content, not an empty container.
  expect(report.passes).toBeGreaterThan(5);
  expect(seriousViolations(report)).toEqual([]);
}

describe('editor with the keyboard and axe (Chromium)', () => {
  const session = useWorkbenchSession({ acceptDialogs: true });

  it('edits, saves and submits, then approves, with the keyboard alone', async () => {
    await openAs(session.page, session.env, 'editor');
    await session.page.getByRole('button', { name: 'Redigera rapport' }).waitFor();
    await tabTo(session.page, /^button.*Redigera rapport"$/);
    await session.page.keyboard.press('Enter');
    await editorReady(session.page);
    // Focus moved into the editor when it opened.
    expect(await session.page.evaluate((selector) => document.activeElement === document.querySelector(selector), EDITOR_REGION)).toBe(true);

    await tabTo(session.page, /^input.*"Ansvarig funktionskoordinator/);
    await session.page.keyboard.press('ControlOrMeta+A');
    await session.page.keyboard.type('Gisella Koutsiou och Per Persson');
    // Enter in a one-line field submits the form: the report is saved.
    await session.page.keyboard.press('Enter');
    await session.page.getByText(/^Sparad /).waitFor();
    await session.page.getByText('Inga osparade ändringar.').waitFor();

    await tabTo(session.page, /^button.*"Skicka för godkännande"/, { backwards: true });
    await session.page.keyboard.press('Enter');
    await session.page.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).waitFor();
    await tabTo(session.page, /^button.*"Bekräfta"/, { max: 10 });
    await session.page.keyboard.press('Enter');
    await session.page.getByText('Rapporten har skickats för godkännande.').waitFor();

    // The approver, on a SharePoint page in read mode.
    await openAs(session.page, session.env, 'approver', 'sharepoint');
    await session.page.getByRole('button', { name: 'Granska rapport' }).waitFor();
    await tabTo(session.page, /^button.*Granska rapport"$/);
    await session.page.keyboard.press('Enter');
    await editorReady(session.page);
    await tabTo(session.page, /^button.*"Godkänn"/);
    await session.page.keyboard.press('Enter');
    await session.page.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).waitFor();
    await tabTo(session.page, /^button.*"Bekräfta"/, { max: 10 });
    await session.page.keyboard.press('Enter');
    await session.page.getByText('Rapporten har godkänts.').waitFor();

    // Closing returns focus to the action that opened the editor.
    // (A message bar's dismiss icon has the same name; the Close button is the one with text.)
    await tabTo(session.page, /^button.*"Stäng redigeringen"$/, { skip: '.ms-MessageBar-dismissal' });
    await session.page.keyboard.press('Enter');
    await session.page.locator(CARD).first().waitFor();
    await session.page.waitForFunction(() => (document.activeElement?.textContent ?? '').includes('Granska rapport'));

    const stored = await storedReport(session.owner);
    expect(stored.header.coordinator.displayName).toBe('Gisella Koutsiou och Per Persson');
    expect(stored.header.approval).toBe('approved');
    await openAs(session.page, session.env, 'reader');
    expect(await session.page.locator(CARD).first().innerText()).toContain('Gisella Koutsiou och Per Persson');
    expect(session.errors).toEqual([]);
  });

  // The team edits in the Teams tab; on a SharePoint page an approver opens the same editor to review.
  for (const [host, user, action] of [
    ['teams', 'editor', 'Redigera rapport'],
    ['sharepoint', 'approver', 'Granska rapport']
  ] as const) {
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      it(`has no serious or critical axe violation in the actions and the editor (${host}, ${theme})`, async () => {
        await openAs(session.page, session.env, user, host, theme);
        await session.page.getByRole('button', { name: action }).waitFor();
        await expectNoSeriousViolations(session.page, ['main [role="toolbar"]']);
        await session.page.getByRole('button', { name: action }).click();
        await editorReady(session.page);
        await expectNoSeriousViolations(session.page, [EDITOR_REGION]);
        const judgements = 'section[aria-labelledby="gits-ed-section-judgements"]';
        await session.page.locator(`${judgements} fieldset[data-judgement="overall"]`).waitFor();
        if (user === 'editor') {
          // The judgement section with a status that needs a comment and its error shown.
          await session.page.locator('fieldset[data-judgement="overall"]').getByRole('radio', { name: 'Avvikelse', exact: true }).check();
          await session.page.getByRole('button', { name: 'Spara', exact: true }).click();
          await session.page.getByText('Skriv en kommentar. Den krävs när statusen är Risk för avvikelse eller Avvikelse.').first().waitFor();
        }
        await expectNoSeriousViolations(session.page, [judgements]);
        // An unsaved judgement stays in this browser's draft store; later tests start clean.
        await session.page.evaluate(() => window.localStorage.clear());
        expect(session.errors).toEqual([]);
      });
    }
  }

  it('has no serious or critical axe violation in the submit, approve, return, conflict and leave dialogs', async () => {
    await openAs(session.page, session.env, 'editor');
    await session.page.getByRole('button', { name: 'Redigera rapport' }).click();
    await editorReady(session.page);

    // Submit dialog (opened, checked, cancelled).
    await session.page.getByRole('button', { name: 'Skicka för godkännande', exact: true }).click();
    await session.page.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).waitFor();
    await expectNoSeriousViolations(session.page, ['[role="dialog"]']);
    await session.page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();
    await session.page.getByRole('dialog').waitFor({ state: 'detached' });

    // Conflict dialog: someone saves over REST after this editor loaded the report.
    const list = await session.owner.listReports('SHVO');
    if (list.kind !== 'ok') throw new Error(list.messageKey);
    const loaded = await session.owner.loadReportForEditing(list.value[0].id, 'SHVO');
    if (loaded.kind !== 'ok') throw new Error(loaded.messageKey);
    const editable = loaded.value.editable;
    const saved = await session.owner.saveReport(editable, { ...editable.report, header: { ...editable.report.header, mission: 'Ändrat av någon annan.' } });
    expect(saved.kind).toBe('ok');
    await session.page.getByLabel('Beskrivning av uppdraget', { exact: true }).fill('Ändrat här.');
    await session.page.getByRole('button', { name: 'Spara', exact: true }).click();
    const conflict = session.page.getByRole('dialog', { name: 'Rapporten har ändrats av någon annan' });
    await conflict.getByRole('button', { name: 'Spara mina val' }).waitFor();
    await expectNoSeriousViolations(session.page, ['[role="dialog"]']);
    await conflict.getByRole('button', { name: 'Ta deras' }).click();
    await conflict.waitFor({ state: 'detached' });

    // Leave dialog: unsaved changes, then Close.
    await session.page.getByLabel('Beskrivning av uppdraget', { exact: true }).fill('Osparad ändring.');
    await session.page.getByRole('button', { name: 'Stäng redigeringen' }).filter({ hasText: 'Stäng redigeringen' }).click();
    const leave = session.page.getByRole('dialog', { name: 'Lämna utan att spara?' });
    await leave.getByRole('button', { name: 'Fortsätt redigera' }).waitFor();
    await expectNoSeriousViolations(session.page, ['[role="dialog"]']);
    await leave.getByRole('button', { name: 'Fortsätt redigera' }).click();
    await leave.waitFor({ state: 'detached' });

    // Put the saved version back (discard), submit it, then the approver's dialogs.
    await session.page.getByLabel('Beskrivning av uppdraget', { exact: true }).fill('Ändrat av någon annan.');
    await session.page.getByText('Inga osparade ändringar.').waitFor();
    await session.page.getByRole('button', { name: 'Skicka för godkännande', exact: true }).click();
    await session.page.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).click();
    await session.page.getByText('Rapporten har skickats för godkännande.').waitFor();

    await openAs(session.page, session.env, 'approver', 'sharepoint');
    await session.page.getByRole('button', { name: 'Granska rapport' }).click();
    await editorReady(session.page);
    await session.page.getByRole('button', { name: 'Godkänn', exact: true }).click();
    await session.page.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).waitFor();
    await expectNoSeriousViolations(session.page, ['[role="dialog"]']);
    await session.page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();
    await session.page.getByRole('dialog').waitFor({ state: 'detached' });
    await session.page.getByRole('button', { name: 'Skicka tillbaka', exact: true }).click();
    await session.page.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).waitFor();
    // The required comment missing: the dialog shows its error, which must be accessible too.
    await session.page.getByRole('dialog').getByRole('button', { name: 'Bekräfta' }).click();
    await expectNoSeriousViolations(session.page, ['[role="dialog"]']);
    // The browser logs the conflict's 412 (If-Match failed) as a failed resource; nothing else.
    expect(session.errors.filter((e) => !/status of 412/.test(e))).toEqual([]);
  });
});
