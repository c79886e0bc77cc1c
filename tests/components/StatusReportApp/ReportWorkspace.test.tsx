/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
jest.mock('../../../src/components/KpiTrendChart/chartSetup', () => ({
  createLineChart: jest.fn(() => ({ destroy: jest.fn() }))
}));

import * as React from 'react';
import '../support/quietIcons';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StatusReportApp } from '../../../src/components/StatusReportApp/StatusReportApp';
import type { IStatusReportAppProps } from '../../../src/components/StatusReportApp/IStatusReportAppProps';
import { newestUnsubmittedDraft, reportToOpen, workspaceActions } from '../../../src/components/StatusReportApp/ReportWorkspace';
import type { IReportSummary, IUserPermissions } from '../../../src/data/repository/IStatusReportRepository';
import type { IProvisioningService, ProvisioningOutcome } from '../../../src/services/IProvisioningService';
import type { IQuarter } from '../../../src/domain/model';
import { editorRepository, type MemoryStatusReportRepository } from '../support/memoryRepository';
import { renderStatusReportApp } from '../support/renderApp';
import { FakeReader, snapshotFor } from '../support/fakeReader';

jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

const EDITOR: IUserPermissions = { canRead: true, canEdit: true, canApprove: false, canManageLists: false };
const APPROVER: IUserPermissions = { canRead: true, canEdit: false, canApprove: true, canManageLists: false };
const READER: IUserPermissions = { canRead: true, canEdit: false, canApprove: false, canManageLists: false };

function summary(id: number, period: IQuarter, approval: IReportSummary['approval'], revision: number = 1): IReportSummary {
  return {
    id,
    objectKey: 'SHVO',
    objectTitle: 'Samordnad hälsa, vård och omsorg (SHVO)',
    period,
    approval,
    coordinator: { displayName: 'Gisella Koutsiou' },
    revision,
    modified: '2025-12-01T08:00:00Z'
  };
}

type WorkspaceRepository = MemoryStatusReportRepository;

/** The editor's repository (one report, id 7, Q4 2025) with the object's two reports listed. */
function workspaceRepository(permissions: IUserPermissions): WorkspaceRepository {
  const repo = editorRepository();
  repo.permissions = permissions;
  repo.summaries = [summary(5, { year: 2025, quarter: 3 }, 'approved'), summary(7, { year: 2025, quarter: 4 }, 'draft')];
  return repo;
}

class FakeProvisioning implements IProvisioningService {
  public runs = 0;
  public constructor(
    public owner: boolean,
    public outcome: ProvisioningOutcome,
    private readonly _onRun: () => void = () => undefined
  ) {}
  public async canManageLists(): Promise<boolean> {
    return this.owner;
  }
  public async provision(): Promise<ProvisioningOutcome> {
    this.runs += 1;
    this._onRun();
    return this.outcome;
  }
}

function reader(): FakeReader {
  return new FakeReader([snapshotFor({ year: 2025, quarter: 3 }), snapshotFor({ year: 2025, quarter: 4 })]);
}

function renderApp(repo: WorkspaceRepository, overrides: Partial<IStatusReportAppProps> = {}, fake: FakeReader = reader()): ReturnType<typeof render> {
  return renderStatusReportApp({ repository: repo, reportReader: fake, userDisplayName: 'Gisella Koutsiou', userEmail: 'greta.exempel@example.org', ...overrides });
}

const reportShown = (): Promise<HTMLElement> => screen.findByRole('heading', { level: 2, name: /Q4 2025/ });
const actionNames = (): string[] =>
  Array.from(document.querySelectorAll('[role="toolbar"] button')).map((b) => (b.textContent ?? '').trim());

/** The one button with this text; getByRole is slow on a form the editor's size. */
function buttonNamed(name: string): HTMLButtonElement {
  const found = Array.from(document.querySelectorAll('button')).filter((b) => (b.textContent ?? '').trim() === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons named ${name}`);
  return found[0];
}

beforeEach(() => window.localStorage.clear());

describe('workspace rules', () => {
  it('offers editing only where the host allows it, and review to approvers', () => {
    expect(workspaceActions(EDITOR, true)).toEqual({ edit: true, newQuarter: true, review: false });
    expect(workspaceActions(EDITOR, false)).toEqual({ edit: false, newQuarter: false, review: false });
    expect(workspaceActions(APPROVER, false)).toEqual({ edit: false, newQuarter: false, review: true });
    expect(workspaceActions(READER, true)).toEqual({ edit: false, newQuarter: false, review: false });
  });

  it('opens the newest report, or for review the newest pending one', () => {
    const list = [summary(3, { year: 2025, quarter: 2 }, 'pending'), summary(9, { year: 2026, quarter: 1 }, 'draft'), summary(5, { year: 2025, quarter: 4 }, 'approved')];
    expect(reportToOpen(list, false)?.id).toBe(9);
    expect(reportToOpen(list, true)?.id).toBe(3);
    expect(reportToOpen([summary(5, { year: 2025, quarter: 4 }, 'approved')], true)?.id).toBe(5);
    expect(reportToOpen([], false)).toBeUndefined();
  });

  it('holds a new quarter back only while the newest report is a draft never submitted', () => {
    expect(newestUnsubmittedDraft([summary(5, { year: 2025, quarter: 4 }, 'approved'), summary(9, { year: 2026, quarter: 1 }, 'draft', 0)])?.id).toBe(9);
    expect(newestUnsubmittedDraft([summary(9, { year: 2026, quarter: 1 }, 'draft', 1)])).toBeUndefined();
    expect(newestUnsubmittedDraft([summary(9, { year: 2026, quarter: 1 }, 'returned', 1)])).toBeUndefined();
    expect(newestUnsubmittedDraft([summary(5, { year: 2025, quarter: 4 }, 'approved')])).toBeUndefined();
    expect(newestUnsubmittedDraft([])).toBeUndefined();
  });
});

describe('ReportWorkspace in the app', () => {
  it('shows a reader the report and no actions, even in a Teams tab', async () => {
    const repo = workspaceRepository(READER);
    renderApp(repo, { host: 'teams' });
    await reportShown();
    await waitFor(() => expect(repo.calls).toContain('permissions'));
    expect(document.querySelector('[role="toolbar"]')).toBeNull();
  });

  it('hides editing on a SharePoint page in read mode and offers it in edit mode', async () => {
    const repo = workspaceRepository(EDITOR);
    const { rerender } = renderApp(repo, { displayMode: 'read' });
    await reportShown();
    await waitFor(() => expect(repo.calls).toContain('permissions'));
    expect(document.querySelector('[role="toolbar"]')).toBeNull();
    rerender(
      <StatusReportApp
        repository={repo}
        reportReader={reader()}
        host="sharepoint"
        theme={{ variant: 'default' }}
        view="report"
        objectKey="SHVO"
        locale="sv-SE"
        userDisplayName="Gisella Koutsiou"
        displayMode="edit"
      />
    );
    await waitFor(() => expect(actionNames()).toEqual(['Redigera rapport', 'Ny kvartalsrapport', 'Importera från Word']));
  });

  it('opens the Word import for editors, loaded on demand', async () => {
    const user = userEvent.setup();
    const repo = workspaceRepository(EDITOR);
    renderApp(repo, { host: 'teams' });
    await user.click(await screen.findByRole('button', { name: 'Importera från Word' }));
    expect(await screen.findByText('Importera en rapport från Word')).toBeTruthy();
  });

  it('opens the newest report in the lazily loaded editor and, on closing, reloads the reader view and returns focus', async () => {
    const user = userEvent.setup();
    const repo = workspaceRepository(EDITOR);
    const fake = reader();
    renderApp(repo, { host: 'teams' }, fake);
    await reportShown();
    const edit = await screen.findByRole('button', { name: 'Redigera rapport' });
    const readsBefore = fake.calls.filter((c) => c === 'report:SHVO:latest').length;
    await user.click(edit);
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 10000 });
    expect(heading.textContent).toBe('Redigera statusrapport – SHVO Q4 2025');
    expect(repo.calls).toContain('list:SHVO');
    // The editor region took focus so keyboard users start there.
    expect(document.activeElement).toBe(document.querySelector('section[aria-label="Redigera statusrapport"]'));
    await user.click(buttonNamed('Stäng redigeringen'));
    await reportShown();
    expect(fake.calls.filter((c) => c === 'report:SHVO:latest').length).toBeGreaterThan(readsBefore);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Redigera rapport' })));
  }, 30000);

  it('opens the newest report the page listed without asking SharePoint for the list again', async () => {
    const user = userEvent.setup();
    const repo = workspaceRepository(EDITOR);
    const fake = Object.assign(reader(), { knownReports: (objectKey: string) => (objectKey === 'SHVO' ? repo.summaries : undefined) });
    renderApp(repo, { host: 'teams' }, fake);
    await reportShown();
    await user.click(await screen.findByRole('button', { name: 'Redigera rapport' }, { timeout: 10000 }));
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 10000 });
    expect(heading.textContent).toBe('Redigera statusrapport – SHVO Q4 2025');
    expect(repo.calls).not.toContain('list:SHVO');
  }, 30000);

  it('creates next quarter’s draft and opens it', async () => {
    const user = userEvent.setup();
    const repo = workspaceRepository(EDITOR);
    renderApp(repo, { host: 'teams' });
    await user.click(await screen.findByRole('button', { name: 'Ny kvartalsrapport' }));
    await screen.findByRole('heading', { level: 1 }, { timeout: 10000 });
    expect(repo.calls).toContain('next:SHVO');
  }, 30000);

  it('says so, in Swedish, when next quarter already has a report', async () => {
    const user = userEvent.setup();
    const repo = workspaceRepository(EDITOR);
    repo.nextQuarterResult = { kind: 'alreadyExists', messageKey: 'data.error.alreadyExists' };
    renderApp(repo, { host: 'teams' });
    await user.click(await screen.findByRole('button', { name: 'Ny kvartalsrapport' }));
    expect(await screen.findByText('Det finns redan en rapport för det här kvartalet.')).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });

  it('does not create another quarter on top of an unsubmitted draft', async () => {
    const user = userEvent.setup();
    const repo = workspaceRepository(EDITOR);
    repo.summaries = [summary(7, { year: 2025, quarter: 4 }, 'approved'), summary(8, { year: 2026, quarter: 1 }, 'draft', 0)];
    renderApp(repo, { host: 'teams' });
    await user.click(await screen.findByRole('button', { name: 'Ny kvartalsrapport' }));
    expect(await screen.findByText(/^Det finns redan ett utkast för Q1 2026/)).toBeTruthy();
    expect(repo.calls).not.toContain('next:SHVO');
  });

  it('tells an editor of an object without reports to create one', async () => {
    const user = userEvent.setup();
    const repo = workspaceRepository(EDITOR);
    repo.summaries = [];
    renderApp(repo, { host: 'teams' });
    await user.click(await screen.findByRole('button', { name: 'Redigera rapport' }));
    expect(await screen.findByText('SHVO har ingen rapport att redigera ännu. Skapa en ny kvartalsrapport.')).toBeTruthy();
  });

  it('lets an approver review the pending report from a page in read mode', async () => {
    const user = userEvent.setup();
    const repo = workspaceRepository(APPROVER);
    repo.summaries = [summary(7, { year: 2025, quarter: 4 }, 'pending'), summary(8, { year: 2026, quarter: 1 }, 'draft')];
    renderApp(repo, { displayMode: 'read' });
    await reportShown();
    await user.click(await screen.findByRole('button', { name: 'Granska rapport' }));
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 10000 });
    expect(heading.textContent).toContain('SHVO Q4 2025');
  }, 30000);

  it('lets a site owner create missing lists, then shows the actions', async () => {
    const user = userEvent.setup();
    const repo = workspaceRepository(EDITOR);
    repo.permissionsResult = { kind: 'notProvisioned', messageKey: 'data.error.notProvisioned' };
    const provisioning = new FakeProvisioning(true, { kind: 'ok', changes: 12, warnings: 0 }, () => {
      repo.permissionsResult = undefined;
    });
    renderApp(repo, { host: 'teams', provisioning });
    expect(await screen.findByText(/Som webbplatsens ägare kan du skapa dem nu/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Skapa listor' }));
    expect(await screen.findByText('Rapportlistorna är skapade.')).toBeTruthy();
    expect(provisioning.runs).toBe(1);
    await waitFor(() => expect(actionNames()).toEqual(['Redigera rapport', 'Ny kvartalsrapport', 'Importera från Word']));
  });

  it('shows a localized refusal when provisioning is forbidden', async () => {
    const user = userEvent.setup();
    const repo = workspaceRepository(EDITOR);
    repo.permissionsResult = { kind: 'notProvisioned', messageKey: 'data.error.notProvisioned' };
    renderApp(repo, { host: 'teams', provisioning: new FakeProvisioning(true, { kind: 'forbidden' }) });
    await user.click(await screen.findByRole('button', { name: 'Skapa listor' }));
    expect(await screen.findByText('Du har inte behörighet att skapa listor på den här webbplatsen.')).toBeTruthy();
  });

  it('tells everyone else to contact the site owner', async () => {
    const repo = workspaceRepository(READER);
    repo.permissionsResult = { kind: 'notProvisioned', messageKey: 'data.error.notProvisioned' };
    renderApp(repo, { host: 'teams', provisioning: new FakeProvisioning(false, { kind: 'ok', changes: 0, warnings: 0 }) });
    expect(await screen.findByText('Rapportlistorna finns inte på den här webbplatsen ännu. Kontakta webbplatsens ägare så att de skapas.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Skapa listor' })).toBeNull();
  });

  it('offers a site owner the lists from the portfolio too, then shows it', async () => {
    const user = userEvent.setup();
    const repo = workspaceRepository(EDITOR);
    repo.permissionsResult = { kind: 'notProvisioned', messageKey: 'data.error.notProvisioned' };
    const fake = new FakeReader([snapshotFor({ year: 2025, quarter: 4 })], undefined, [
      { object: { key: 'SHVO', title: 'Samordnad hälsa, vård och omsorg (SHVO)' }, latestApprovedPeriod: { year: 2025, quarter: 4 } }
    ]);
    const provisioning = new FakeProvisioning(true, { kind: 'ok', changes: 12, warnings: 0 }, () => {
      repo.permissionsResult = undefined;
    });
    renderApp(repo, { view: 'portfolio', objectKey: undefined, provisioning }, fake);
    await user.click(await screen.findByRole('button', { name: 'Skapa listor' }));
    expect(await screen.findByRole('button', { name: 'Samordnad hälsa, vård och omsorg (SHVO)' })).toBeTruthy();
    expect(provisioning.runs).toBe(1);
  });
});
