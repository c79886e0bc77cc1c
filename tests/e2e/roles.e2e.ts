/**
 * The user chosen in the host bar is who the local SharePoint sees (cookie), so the web part
 * offers each role its own actions from the real list permissions: nothing for a reader,
 * editing for an editor where the host allows it, review for an approver.
 */
import { CARD, openWorkbench, useWorkbenchSession } from './support/workbenchPage';

const EDIT = 'Redigera rapport';
const NEW_QUARTER = 'Ny kvartalsrapport';
const REVIEW = 'Granska rapport';

describe('roles in the workbench (Chromium)', () => {
  const session = useWorkbenchSession();

  /** Names of the report action buttons once the permissions have been read. */
  async function actions(): Promise<string[]> {
    // The action bar appears after the permissions arrive; a reader never gets one.
    await session.page.waitForLoadState('networkidle');
    // Fluent icons are private-use glyphs inside the button text: keep the words only.
    return (await session.page.locator('main [role="toolbar"] button').allInnerTexts()).map((name) => name.replace(/[\ue000-\uf8ff]/g, '').trim());
  }

  it('offers a reader no editing or review', async () => {
    await openWorkbench(session.page, session.env, '?user=reader&host=teams');
    const names = await actions();
    expect(names).not.toContain(EDIT);
    expect(names).not.toContain(REVIEW);
    expect(session.errors).toEqual([]);
  });

  it('offers an editor editing in a Teams tab and on a page in edit mode, not on a page being read', async () => {
    await openWorkbench(session.page, session.env, '?user=editor&host=teams');
    await session.page.locator('main').getByRole('button', { name: EDIT }).waitFor();
    expect(await actions()).toEqual(expect.arrayContaining([EDIT, NEW_QUARTER]));

    await session.page.selectOption('#wb-host', 'sharepoint');
    await session.page.waitForURL(/host=sharepoint/);
    await session.page.locator(CARD).getByText(/61[\s\u00a0\u202f]829/).first().waitFor();
    expect(await actions()).not.toContain(EDIT);

    await session.page.selectOption('#wb-mode', 'edit');
    await session.page.waitForURL(/mode=edit/);
    await session.page.locator('main').getByRole('button', { name: EDIT }).waitFor();
    expect(session.errors).toEqual([]);
  });

  it('switching the user in the bar changes what SharePoint allows, without a reload', async () => {
    await openWorkbench(session.page, session.env, '?user=reader&host=teams');
    expect(await actions()).not.toContain(EDIT);
    await session.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await session.page.selectOption('#wb-user', 'editor');
    await session.page.locator('main').getByRole('button', { name: EDIT }).waitFor();
    // Same document: the bar re-rendered the web part with a new repository, it did not navigate.
    expect(await session.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await session.page.selectOption('#wb-user', 'reader');
    await session.page.locator(CARD).getByText(/61[\s\u00a0\u202f]829/).first().waitFor();
    expect(await actions()).not.toContain(EDIT);
    expect(session.errors).toEqual([]);
  });

  it('offers an approver the review of the report on a page being read', async () => {
    await openWorkbench(session.page, session.env, '?user=approver&host=sharepoint&mode=read');
    await session.page.locator('main').getByRole('button', { name: REVIEW }).waitFor();
    expect(await actions()).not.toContain(EDIT);
    expect(session.errors).toEqual([]);
  });

  it('opens the editor (its own lazily loaded code) for an editor', async () => {
    await openWorkbench(session.page, session.env, '?user=editor&host=teams');
    await session.page.locator('main').getByRole('button', { name: EDIT }).click();
    // The editor region gets focus and shows the report's fields, e.g. the coordinator.
    const region = session.page.locator('main section[aria-label]').filter({ has: session.page.locator('input, textarea') }).first();
    await region.waitFor({ timeout: 20000 });
    expect(await region.locator('input, textarea').count()).toBeGreaterThan(5);
    expect(session.errors).toEqual([]);
  });
});
