/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
import * as React from 'react';
import '../support/quietIcons';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ApprovalPanel, type IApprovalPanelProps } from '../../../src/components/Approval';
import { ALVA, editorRepository, MemoryStatusReportRepository, GRETA } from '../support/memoryRepository';
import { findMessageBar } from '../support/messageBar';

function stateText(): string | null | undefined {
  return document.querySelector('[data-state]')?.textContent;
}

function setup(repo: MemoryStatusReportRepository, overrides: Partial<IApprovalPanelProps> = {}): ReturnType<typeof render> {
  return render(
    <ApprovalPanel
      repository={repo}
      reportId={7}
      objectKey="SHVO"
      period={{ year: 2025, quarter: 4 }}
      headerState={repo.stored.report.header.approval}
      revision={repo.stored.revision}
      permissions={repo.permissions}
      currentUser={repo.user}
      dirty={false}
      hasErrors={false}
      locale="sv-SE"
      {...overrides}
    />
  );
}

describe('ApprovalPanel', () => {
  it('submits after confirming, then shows the pending state and the log entry', async () => {
    const repo = editorRepository();
    setup(repo);
    expect(stateText()).toBe('Status: Utkast');
    fireEvent.click(screen.getByRole('button', { name: 'Skicka för godkännande' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Kommentar (valfri)'), { target: { value: 'Klar för granskning' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bekräfta' }));
    await screen.findByText('Rapporten har skickats för godkännande.');
    expect(repo.log).toEqual([expect.objectContaining({ action: 'submitted', comment: 'Klar för granskning', revision: 1 })]);
    await waitFor(() => expect(stateText()).toBe('Status: Väntar på godkännande'));
    expect(screen.getByText('Klar för granskning').tagName).toBe('BLOCKQUOTE');
    expect(screen.getByText(/Skickad för godkännande av Greta Exempel/)).toBeTruthy();
  });

  it('disables submit with unsaved changes and explains why', () => {
    setup(editorRepository(), { dirty: true });
    const button = screen.getByRole('button', { name: 'Skicka för godkännande' }) as HTMLButtonElement;
    expect(button.getAttribute('aria-disabled') === 'true' || button.disabled).toBe(true);
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Spara dina ändringar innan du skickar för godkännande.'
    );
  });

  it('does not let the submitter approve their own report', async () => {
    const repo = editorRepository();
    await repo.submitReport(7);
    setup(repo, { headerState: 'pending', revision: 1 });
    await screen.findByText(/Skickad för godkännande av Greta Exempel/);
    const approve = screen.getByRole('button', { name: 'Godkänn' }) as HTMLButtonElement;
    expect(approve.getAttribute('aria-disabled') === 'true' || approve.disabled).toBe(true);
    expect(screen.getByText(/Du skickade in rapporten och kan därför inte själv godkänna/)).toBeTruthy();
  });

  it('requires a comment to return, then shows the returned state with the comment', async () => {
    const repo = editorRepository();
    repo.user = ALVA;
    await repo.submitReport(7);
    repo.user = GRETA;
    setup(repo, { headerState: 'pending', revision: 1 });
    await screen.findByText(/Skickad för godkännande av Alva Prov/);
    fireEvent.click(screen.getByRole('button', { name: 'Skicka tillbaka' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bekräfta' }));
    expect(await within(dialog).findByText('Skriv vad som behöver ändras innan du skickar tillbaka rapporten.')).toBeTruthy();
    expect(repo.log).toHaveLength(1);
    fireEvent.change(within(dialog).getByLabelText(/Vad behöver ändras/), { target: { value: 'Nyckeltalen saknar källa.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bekräfta' }));
    await waitFor(() => expect(stateText()).toBe('Status: Återskickad för ändringar'));
    expect(repo.log[1]).toMatchObject({ action: 'returned', comment: 'Nyckeltalen saknar källa.', by: GRETA });
    expect((await findMessageBar('returned-notice')).textContent).toMatch(/Återskickad av Greta Exempel den .*: Nyckeltalen saknar källa\./);
  });

  it('shows a localized message when SharePoint refuses (403)', async () => {
    const repo = editorRepository();
    repo.user = ALVA;
    await repo.submitReport(7);
    repo.user = GRETA;
    repo.nextWorkflowError = { kind: 'forbidden', messageKey: 'data.error.forbidden' };
    setup(repo, { headerState: 'pending', revision: 1 });
    await screen.findByText(/Skickad för godkännande av Alva Prov/);
    fireEvent.click(screen.getByRole('button', { name: 'Godkänn' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Bekräfta' }));
    await screen.findByText('Du saknar behörighet för detta. Be webbplatsens ägare om åtkomst.');
    expect(stateText()).toBe('Status: Väntar på godkännande');
  });

  it('shows an approval made outside the web part (flow) after a refresh', async () => {
    const repo = editorRepository();
    repo.user = ALVA;
    const submitted = await repo.submitReport(7);
    setup(repo, { headerState: 'pending', revision: 1, permissions: { ...repo.permissions, canApprove: false } });
    await screen.findByText(/Skickad för godkännande av Alva Prov/);
    expect(screen.queryByRole('button', { name: 'Godkänn' })).toBeNull();
    if (submitted.kind !== 'ok') throw new Error('submit failed');
    repo.approvedSnapshot = { ...submitted.value, approval: 'approved' };
    fireEvent.click(screen.getByRole('button', { name: 'Uppdatera status' }));
    await waitFor(() => expect(stateText()).toBe('Status: Godkänd'));
  });
});
