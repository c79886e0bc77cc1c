/**
 * The board's loop in Chromium against the local SharePoint (workbench page, seeded SHVO
 * report): a recorder notes a decision and an assignment on the approved Q4 2025 report; the
 * Q1 2026 draft lists the assignment; the team answers, submits, the approver approves; the
 * board (a reader) sees the answer beside the assignment and in the meeting's pack (print view and
 * Word); a reader can change none of it (SharePoint refuses). Then axe over the new views in both
 * hosts and themes, on the records the first test made (the tests of this file run in order).
 */
import * as fs from 'fs';
import * as os from 'os';
import { strFromU8, unzipSync } from 'fflate';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { createNodeSpfi, type LocalUser } from '../../src/data/repository/createNodeSpfi';
import { PnPBoardRepository } from '../../src/data/repository/board/PnPBoardRepository';
import type { IAssignment } from '../../src/domain/board/model';
import { IAxeReport, runAxe, seriousViolations } from './support/axe';
import type { IE2eEnvironment } from './support/environment';
import { CARD, normalizeSpaces, useWorkbenchSession } from './support/workbenchPage';

const NOTES = 'Ledningsrådet noterade rapporten och diskuterade SAMSA:s framtid.';
const DECISION = 'Ledningsrådet godkänner rapporten.';
const MINUTES = 'Protokoll 2026-02-12 § 7';
const ASSIGNMENT = 'Redovisa en plan för avvecklingen av SAMSA it-tjänst.';
const ANSWER = 'Planen tas fram tillsammans med VVG och är klar i mars.';
const ASSIGNMENT_KEY = 'SHVO-2025Q4-1';
const HANDLING = '[data-testid="board-handling"]';
const REPORTING_BACK = `${CARD} [data-testid="reporting-back"]`;

function board(env: IE2eEnvironment, user: LocalUser): PnPBoardRepository {
  return new PnPBoardRepository(createNodeSpfi(env.siteUrl, { user }));
}

async function openAs(page: Page, env: IE2eEnvironment, user: LocalUser, query: string = ''): Promise<void> {
  await page.goto(`${env.baseUrl}/?user=${user}&host=teams&theme=default&view=report&object=SHVO&lang=sv-SE${query}`);
  await page.locator(CARD).first().waitFor();
}

/** Confirms the comment dialog of a workflow step and waits for the panel's message. */
async function workflow(page: Page, action: string, done: string): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Bekräfta' }).waitFor();
  await dialog.getByRole('button', { name: 'Bekräfta' }).click();
  await page.getByText(done).waitFor();
}

async function assignmentsOf(env: IE2eEnvironment): Promise<readonly IAssignment[]> {
  const records = await board(env, 'owner').loadBoardRecords('SHVO');
  if (records.kind !== 'ok') throw new Error(records.messageKey);
  return records.value.assignments;
}

describe('the board’s handling, reporting back and pack in the workbench (Chromium)', () => {
  const session = useWorkbenchSession({ acceptDialogs: true });

  it('records, reports back, approves and shows the answer to the board; a reader changes nothing', async () => {
    const { page, env } = session;
    // The governance calendar (kept by the owner): Q4 2025 goes to the meeting of 12 February.
    for (const meeting of [
      { date: '2026-02-12', title: 'GITS ledningsråd 2026-02-12' },
      { date: '2026-05-07', title: 'GITS ledningsråd 2026-05-07' }
    ]) {
      expect((await board(env, 'owner').saveMeeting(meeting)).kind).toBe('ok');
    }

    // 1. The recorder (approvers record by default) notes the handling of the approved Q4 2025 report.
    await openAs(page, env, 'approver', '&host=sharepoint');
    await page.locator(HANDLING).getByText('Ledningsrådet har inte behandlat rapporten ännu.').waitFor();
    await page.getByRole('button', { name: 'Registrera behandling' }).click();
    const form = page.getByRole('form', { name: 'Ledningsrådets behandling av rapporten för Q4 2025' });
    expect(await form.getByLabel('Mötesdatum').inputValue()).toBe('2026-02-12');
    await form.getByLabel('Anteckningar').fill(NOTES);
    await form.getByRole('button', { name: 'Lägg till beslut' }).click();
    await form.getByLabel('Beslut 1', { exact: true }).fill(DECISION);
    await form.getByLabel('Protokollsreferens').fill(MINUTES);
    await form.getByRole('button', { name: 'Lägg till uppdrag' }).click();
    await form.getByLabel('Uppdrag 1', { exact: true }).fill(ASSIGNMENT);
    expect(await form.getByLabel('Ska besvaras senast i rapporten för').inputValue()).toBe('Q1 2026');
    await form.getByRole('button', { name: 'Spara behandlingen' }).click();
    await page.locator(HANDLING).getByText('Behandlingen är sparad.').waitFor();
    expect(normalizeSpaces(await page.locator(`${HANDLING} [data-testid="board-decisions"]`).innerText())).toBe(`${DECISION} (protokoll: ${MINUTES})`);
    const given = await assignmentsOf(env);
    expect(given.map((a) => [a.key, a.text, a.state, a.answerBy, a.meetingDate])).toEqual([
      [ASSIGNMENT_KEY, ASSIGNMENT, 'open', { year: 2026, quarter: 1 }, '2026-02-12']
    ]);
    // Every change is logged with who and when.
    const log = await board(env, 'owner').loadBoardLog({ objectKey: 'SHVO' });
    if (log.kind !== 'ok') throw new Error(log.messageKey);
    expect(log.value.map((e) => [e.action, e.by.displayName])).toEqual(
      expect.arrayContaining([
        ['handlingSaved', 'Anna Approver'],
        ['assignmentGiven', 'Anna Approver']
      ])
    );

    // 2. The team's next quarter lists the assignment; they answer it, save and submit.
    await openAs(page, env, 'editor');
    await page.getByRole('button', { name: 'Ny kvartalsrapport' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redigera statusrapport – SHVO Q1 2026' }).waitFor();
    const answer = page.locator(`fieldset[data-assignment="${ASSIGNMENT_KEY}"]`);
    await answer.getByText(ASSIGNMENT).waitFor();
    await answer.getByRole('radio', { name: 'Pågår' }).check();
    await answer.getByLabel(`Svar på uppdrag ${ASSIGNMENT_KEY}`).fill(ANSWER);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/^Sparad /).waitFor();
    await page.getByText('Inga osparade ändringar.').waitFor();
    await workflow(page, 'Skicka för godkännande', 'Rapporten har skickats för godkännande.');

    // 3. The approver approves it.
    await openAs(page, env, 'approver', '&host=sharepoint');
    await page.getByRole('button', { name: 'Granska rapport' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redigera statusrapport – SHVO Q1 2026' }).waitFor();
    // Frozen: the approver reads the answer and cannot change it.
    expect(await page.locator(`fieldset[data-assignment="${ASSIGNMENT_KEY}"]`).getByLabel(`Svar på uppdrag ${ASSIGNMENT_KEY}`).inputValue()).toBe(ANSWER);
    await workflow(page, 'Godkänn', 'Rapporten har godkänts.');

    // 4. The board sees the answer beside the assignment, with its history.
    await openAs(page, env, 'reader');
    await page.locator(CARD).getByText('Q1 2026, jan–mar').first().waitFor();
    const item = page.locator(`${REPORTING_BACK} li[data-assignment="${ASSIGNMENT_KEY}"]`);
    await item.waitFor();
    const itemText = normalizeSpaces(await item.innerText());
    expect(itemText).toContain(ASSIGNMENT);
    expect(itemText).toContain('Pågår');
    expect(itemText).toContain(ANSWER);
    await item.getByRole('button', { name: `Historik för uppdrag ${ASSIGNMENT_KEY}` }).click();
    // Icons are private-use glyphs beside the words: compare the words.
    const history = await item.getByTestId(`history-${ASSIGNMENT_KEY}`).locator('li').allTextContents();
    expect(history.map((line) => normalizeSpaces(line).replace(/[\ue000-\uf8ff]/g, '').replace(/\s+/g, ' ').trim())).toEqual([
      'Q4 2025: givet vid mötet 12 februari 2026, ska besvaras senast Q1 2026',
      `Q1 2026: Pågår ${ANSWER}`
    ]);
    // A reader is offered nothing to change.
    await page.locator(HANDLING).waitFor();
    expect(await page.getByRole('button', { name: 'Registrera behandling' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Avsluta uppdrag/ }).count()).toBe(0);
    expect(await page.locator(`${CARD} textarea, ${HANDLING} textarea`).count()).toBe(0);

    // 5. The meeting's pack (print view) from the portfolio contains it.
    await page.goto(`${env.baseUrl}/?user=reader&host=sharepoint&theme=default&view=portfolio&object=SHVO&lang=sv-SE`);
    await page.locator('#gits-pack-quarter').selectOption({ label: 'Q1 2026' });
    await page.getByRole('button', { name: 'Visa möteshandlingar' }).click();
    const pack = page.getByTestId('meeting-pack');
    await pack.waitFor();
    const packText = normalizeSpaces(await pack.innerText());
    expect(packText).toContain('Möteshandlingar: rapporterna för Q1 2026 till GITS ledningsråd 2026-05-07');
    expect(packText).toContain(ASSIGNMENT);
    expect(packText).toContain(ANSWER);
    // And the same pack as one Word document.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner möteshandlingar (Word)' }).click()]);
    expect(download.suggestedFilename()).toBe('Ledningsrad-moteshandlingar-2026-Q1.docx');
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gits-pack-')), 'pack.docx');
    await download.saveAs(saved);
    const wordText = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(saved)))['word/document.xml']).replace(/<[^>]+>/g, '');
    expect(wordText).toContain(ASSIGNMENT);
    expect(wordText).toContain(ANSWER);

    // 6. SharePoint refuses a reader's writes to the board's records; nothing changed.
    const reader = board(env, 'reader');
    const handling = await reader.saveHandling({
      objectKey: 'SHVO',
      period: { year: 2025, quarter: 4 },
      meetingDate: '2026-02-12',
      notes: 'Ändrat av en läsare.',
      decisions: [],
      assignmentKeys: []
    });
    expect(handling.kind).toBe('forbidden');
    expect((await reader.closeAssignment(ASSIGNMENT_KEY, 'Stängt av en läsare.')).kind).toBe('forbidden');
    expect(
      (await reader.giveAssignment({ objectKey: 'SHVO', text: 'Nytt uppdrag.', givenFor: { year: 2026, quarter: 1 }, meetingDate: '2026-05-07', answerBy: { year: 2026, quarter: 2 } })).kind
    ).toBe('forbidden');
    expect((await assignmentsOf(env)).map((a) => [a.key, a.state])).toEqual([[ASSIGNMENT_KEY, 'open']]);
    const stored = await board(env, 'owner').loadHandling('SHVO', { year: 2025, quarter: 4 });
    expect(stored.kind === 'ok' ? stored.value?.notes : stored.kind).toBe(NOTES);
    expect(session.errors).toEqual([]);
  });

  describe('axe over the board’s views', () => {
    const findings: Record<string, IAxeReport['violations']> = {};
    afterAll(() => {
      const out = path.join(process.cwd(), 'test-results', 'e2e');
      fs.mkdirSync(out, { recursive: true });
      fs.writeFileSync(path.join(out, 'axe-board.json'), JSON.stringify(findings, undefined, 2));
    });

    for (const host of ['sharepoint', 'teams'] as const) {
      for (const theme of ['default', 'dark', 'contrast'] as const) {
        it(`reporting back, handling and pack have no serious violation (${host}, ${theme})`, async () => {
          const { page, env } = session;
          await page.goto(`${env.baseUrl}/?user=approver&host=${host}&theme=${theme}&view=report&object=SHVO&lang=sv-SE`);
          await page.locator(`${REPORTING_BACK} li[data-assignment="${ASSIGNMENT_KEY}"]`).waitFor();
          await page.locator(HANDLING).waitFor();
          // Per region: the card's reporting back with its history open, the handling, the recorder's form.
          await page.locator(REPORTING_BACK).getByRole('button', { name: `Historik för uppdrag ${ASSIGNMENT_KEY}` }).click();
          const card = await runAxe(page, [REPORTING_BACK, `${CARD} [data-testid="next-report-due"]`]);
          await page.getByRole('button', { name: /^(Registrera|Ändra) behandling$/ }).click();
          await page.getByRole('form').getByLabel('Mötesdatum').waitFor();
          const handling = await runAxe(page, [HANDLING]);
          await page.goto(`${env.baseUrl}/?user=reader&host=${host}&theme=${theme}&view=portfolio&object=SHVO&lang=sv-SE`);
          await page.locator('#gits-pack-quarter').selectOption({ label: 'Q1 2026' });
          await page.getByRole('button', { name: 'Visa möteshandlingar' }).click();
          await page.getByTestId('meeting-pack').waitFor();
          const pack = await runAxe(page, ['[data-testid="meeting-pack"] > section', '[role="group"]']);
          findings[`${host} ${theme}`] = [...card.violations, ...handling.violations, ...pack.violations];
          for (const report of [card, handling, pack]) {
            expect(report.checkedNodes).toBeGreaterThan(10);
            expect(seriousViolations(report)).toEqual([]);
          }
          expect(session.errors).toEqual([]);
        });
      }
    }
  });
});
