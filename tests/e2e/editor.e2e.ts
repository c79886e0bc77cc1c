/**
 * Editing, approval and the reader's view of it in Chromium against the local SharePoint
 * (workbench page, seeded SHVO report): an editor edits, saves and submits; readers keep seeing
 * the approved version until an approver approves; a return's comment reaches the editor;
 * concurrent edits in two browsers are merged without losing either; a reload keeps the draft;
 * a write without the right is refused with a localized message and nothing changes.
 */
import type { Page } from 'playwright-core';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { createNodeSpfi } from '../../src/data/repository/createNodeSpfi';
import { teamGroupName } from '../../src/data/schema/security';
import { launchBrowser } from './support/browser';
import { IE2eEnvironment } from './support/environment';
import { storedReport } from './support/storedReport';
import { CARD, normalizeSpaces, useWorkbenchSession } from './support/workbenchPage';

type User = 'reader' | 'editor' | 'approver' | 'owner';

const EDITOR_TITLE = /^Redigera statusrapport – SHVO Q\d \d{4}$/;
const MISSION = 'Beskrivning av uppdraget';
const COORDINATOR = 'Ansvarig funktionskoordinator';
/** The editor's approval panel (a section labelled by its heading). */
const APPROVAL = 'section[aria-labelledby="gits-approval-title"]';

/** Opens the workbench as `user` (the page signs that user in) and waits for the approved report. */
async function openAs(page: Page, env: IE2eEnvironment, user: User, host: 'teams' | 'sharepoint' = 'teams'): Promise<void> {
  await page.goto(`${env.baseUrl}/?user=${user}&host=${host}&theme=default&view=report&object=SHVO&lang=sv-SE`);
  await page.locator(CARD).first().waitFor();
}

/** Clicks the action and waits until the lazily loaded editor shows the report. */
async function openEditor(page: Page, action: 'Redigera rapport' | 'Granska rapport' = 'Redigera rapport'): Promise<void> {
  await page.getByRole('button', { name: action }).click();
  await page.getByRole('heading', { level: 1, name: EDITOR_TITLE }).waitFor();
  // The approval panel has read the log from SharePoint once its history lists an entry.
  // (A new quarter's draft has no history yet: the panel says so instead.)
  await page.locator(`${APPROVAL} li[data-action]`).or(page.locator(APPROVAL).getByText('Inga händelser ännu.')).first().waitFor();
}

async function fill(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(value);
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByText(/^Sparad /).waitFor();
  await page.getByText('Inga osparade ändringar.').waitFor();
}

/** Confirms the comment dialog of submit/approve/return and waits for the panel's message. */
async function workflow(page: Page, action: string, done: string, comment?: string): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  // Fluent's modal root has no box of its own: wait for its content.
  await dialog.getByRole('button', { name: 'Bekräfta' }).waitFor();
  if (comment !== undefined) await dialog.getByRole('textbox').fill(comment);
  await dialog.getByRole('button', { name: 'Bekräfta' }).click();
  await page.getByText(done).waitFor();
}

/** The editor's Close button (message bars' dismiss icons share its name but have no text). */
async function closeEditor(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Stäng redigeringen' }).filter({ hasText: 'Stäng redigeringen' }).click();
}

async function cardText(page: Page): Promise<string> {
  return normalizeSpaces(await page.locator(CARD).first().innerText());
}

describe('editing and approval in the workbench (Chromium)', () => {
  const session = useWorkbenchSession({ acceptDialogs: true });

  it('offers a reader no editing, even in a Teams tab', async () => {
    await openAs(session.page, session.env, 'reader');
    await session.page.waitForLoadState('networkidle');
    expect(await session.page.getByRole('button', { name: 'Redigera rapport' }).count()).toBe(0);
    expect(await session.page.getByRole('button', { name: 'Ny kvartalsrapport' }).count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it('grows every multiline field with its text, sized by Chromium itself (no height set by script)', async () => {
    await openAs(session.page, session.env, 'editor');
    await openEditor(session.page);
    const fields = (): Promise<{ count: number; inlineHeights: number; sizing: string; clipped: number }> =>
      session.page.evaluate(`(() => {
        const all = Array.from(document.querySelectorAll('form textarea'));
        return {
          count: all.length,
          inlineHeights: all.filter((t) => t.style.height !== '').length,
          sizing: all.length ? getComputedStyle(all[0]).getPropertyValue('field-sizing') : '',
          clipped: all.filter((t) => t.scrollHeight > t.clientHeight + 1).length
        };
      })()`);
    const before = await fields();
    expect(before.count).toBeGreaterThan(10);
    expect(before).toMatchObject({ inlineHeights: 0, sizing: 'content', clipped: 0 });
    const mission = session.page.getByLabel('Beskrivning av uppdraget', { exact: true });
    const height = async (): Promise<number> => (await mission.boundingBox())!.height;
    const oneText = await height();
    await mission.fill(Array.from({ length: 12 }, (_, i) => `Rad ${i + 1} av uppdraget`).join('\n'));
    expect(await height()).toBeGreaterThan(oneText * 1.5);
    expect((await fields()).clipped).toBe(0);
    await closeEditor(session.page);
    expect(session.errors).toEqual([]);
  });

  it('editor saves and submits; readers see the old approved report until the approver approves', async () => {
    const before = await storedReport(session.owner);
    const mission = `${before.header.mission} Uppdraget utökas med e-hälsa från 2026.`;

    await openAs(session.page, session.env, 'editor');
    await openEditor(session.page);
    await fill(session.page, MISSION, mission);
    await save(session.page);
    await workflow(session.page, 'Skicka för godkännande', 'Rapporten har skickats för godkännande.');
    expect(await session.page.locator(`${APPROVAL} [role="status"]`).first().innerText()).toBe('Status: Väntar på godkännande');

    // A reader still sees the approved version.
    await openAs(session.page, session.env, 'reader');
    expect(await cardText(session.page)).toContain(normalizeSpaces(before.header.mission));
    expect(await cardText(session.page)).not.toContain('Uppdraget utökas med e-hälsa');

    // The approver reviews from a SharePoint page in read mode and approves.
    await openAs(session.page, session.env, 'approver', 'sharepoint');
    await openEditor(session.page, 'Granska rapport');
    await workflow(session.page, 'Godkänn', 'Rapporten har godkänts.');
    await closeEditor(session.page);
    // Back in the reader view of the same page, the new snapshot shows at once.
    await session.page.getByText('Uppdraget utökas med e-hälsa från 2026.').first().waitFor();

    await openAs(session.page, session.env, 'reader');
    expect(await cardText(session.page)).toContain('Uppdraget utökas med e-hälsa från 2026.');
    expect(session.errors).toEqual([]);
  });

  it('a returned report shows the approver’s comment to the editor', async () => {
    await openAs(session.page, session.env, 'editor');
    await openEditor(session.page);
    await fill(session.page, COORDINATOR, 'Gisella Koutsiou (t.f. Per Persson)');
    await save(session.page);
    await workflow(session.page, 'Skicka för godkännande', 'Rapporten har skickats för godkännande.');

    await openAs(session.page, session.env, 'approver', 'sharepoint');
    await openEditor(session.page, 'Granska rapport');
    await workflow(session.page, 'Skicka tillbaka', 'Rapporten har skickats tillbaka för ändringar.', 'Ange vem som är ersättare och till när.');

    await openAs(session.page, session.env, 'editor');
    await openEditor(session.page);
    const notice = session.page.getByTestId('returned-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Ange vem som är ersättare och till när.');
    expect(await notice.innerText()).toContain('Anna');
    expect(await session.page.locator(`${APPROVAL} [role="status"]`).first().innerText()).toBe('Status: Återskickad för ändringar');
    // Readers are unaffected by the returned revision.
    await openAs(session.page, session.env, 'reader');
    expect(await cardText(session.page)).not.toContain('t.f. Per Persson');
    expect(session.errors).toEqual([]);
  });

  it('merges a conflict between two browsers without losing either edit', async () => {
    const other = await launchBrowser();
    try {
      const second = await other.newPage();
      await openAs(session.page, session.env, 'editor');
      await openAs(second, session.env, 'editor');
      await openEditor(session.page);
      await openEditor(second);

      await fill(session.page, MISSION, 'Uppdraget enligt förvaltningsplan 2026.');
      await save(session.page);

      await fill(second, COORDINATOR, 'Per Persson');
      await second.getByRole('button', { name: 'Spara', exact: true }).click();
      const dialog = second.getByRole('dialog', { name: 'Rapporten har ändrats av någon annan' });
      await dialog.getByRole('button', { name: 'Spara mina val' }).waitFor();
      // Each field that differs gets a choice: their mission, my coordinator.
      const missionChoice = dialog.locator('fieldset', { hasText: MISSION });
      await missionChoice.getByRole('radio', { name: 'Sparad version' }).check();
      const coordinatorChoice = dialog.locator('fieldset', { hasText: COORDINATOR });
      expect(await coordinatorChoice.getByRole('radio', { name: 'Min version' }).isChecked()).toBe(true);
      await dialog.getByRole('button', { name: 'Spara mina val' }).click();
      await dialog.waitFor({ state: 'detached' });
      await second.getByText(/^Sparad /).waitFor();

      const stored = await storedReport(session.owner);
      expect(stored.header.mission).toBe('Uppdraget enligt förvaltningsplan 2026.');
      expect(stored.header.coordinator.displayName).toBe('Per Persson');
      expect(await second.getByLabel(MISSION, { exact: true }).inputValue()).toBe('Uppdraget enligt förvaltningsplan 2026.');
      await second.close();
    } finally {
      await other.close();
    }
    expect(session.errors).toEqual([]);
  });

  it('creates next quarter’s draft from the latest report, once', async () => {
    await openAs(session.page, session.env, 'editor');
    await session.page.getByRole('button', { name: 'Ny kvartalsrapport' }).click();
    await session.page.getByRole('heading', { level: 1, name: 'Redigera statusrapport – SHVO Q1 2026' }).waitFor();
    // Created after Q4 2025 (returned in the test above), carrying over its mission.
    const previous = (await session.owner.listReports('SHVO'));
    expect(previous.kind === 'ok' && previous.value.map((r) => `${r.period.year}Q${r.period.quarter}:${r.approval}`).slice(0, 2)).toEqual(['2026Q1:draft', '2025Q4:returned']);
    expect(await session.page.getByLabel(MISSION, { exact: true }).inputValue()).toBe('Uppdraget enligt förvaltningsplan 2026.');
    await closeEditor(session.page);
    await session.page.getByRole('button', { name: 'Ny kvartalsrapport' }).click();
    await session.page.getByText(/^Det finns redan ett utkast för Q1 2026/).waitFor();
    const after = await session.owner.listReports('SHVO');
    expect(after.kind === 'ok' && after.value.length).toBe(previous.kind === 'ok' && previous.value.length);
    expect(session.errors).toEqual([]);
  });

  it('keeps the draft through a reload in the middle of editing', async () => {
    await openAs(session.page, session.env, 'editor');
    await openEditor(session.page);
    await fill(session.page, MISSION, 'Halvfärdig text som inte är sparad.');
    // The draft is written half a second after the last keystroke.
    await session.page.waitForTimeout(900);
    await session.page.reload();
    await session.page.locator(CARD).first().waitFor();
    await openEditor(session.page);
    await session.page.getByText(/^Osparade ändringar från .* har återställts/).waitFor();
    expect(await session.page.getByLabel(MISSION, { exact: true }).inputValue()).toBe('Halvfärdig text som inte är sparad.');
    expect(await session.page.getByText('Du har osparade ändringar.').count()).toBe(1);
    // Nothing reached SharePoint.
    expect((await storedReport(session.owner)).header.mission).not.toBe('Halvfärdig text som inte är sparad.');
    await session.page.getByRole('button', { name: 'Släng de återställda ändringarna' }).click();
    await session.page.getByText('Inga osparade ändringar.').waitFor();
  });

  it('refuses a write from a user who has become a reader, with a Swedish message, and changes nothing', async () => {
    const before = await storedReport(session.owner);
    await openAs(session.page, session.env, 'editor');
    await openEditor(session.page);
    await fill(session.page, MISSION, 'Den här ändringen får inte sparas.');

    // Meanwhile the site owner moves the editor from team SHVO to Visitors (read only).
    const sp = createNodeSpfi(session.env.siteUrl, { user: 'owner' });
    const login = 'i:0#.f|membership|editor@example.org';
    const team = sp.web.siteGroups.getByName(teamGroupName('SHVO'));
    await sp.web.associatedVisitorGroup.users.add(login);
    await team.users.removeByLoginName(login);
    try {
      await session.page.getByRole('button', { name: 'Spara', exact: true }).click();
      await session.page.getByText('Du saknar behörighet för detta. Be webbplatsens ägare om åtkomst.').waitFor();
      expect(await session.page.getByText('Du har osparade ändringar.').count()).toBe(1);
      const after = await storedReport(session.owner);
      expect(after).toEqual(before);
    } finally {
      await team.users.add(login);
      await sp.web.associatedVisitorGroup.users.removeByLoginName(login);
    }
  });
});
