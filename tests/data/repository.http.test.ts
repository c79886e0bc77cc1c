/**
 * The PnPjs repository against the local SharePoint over real HTTP (no mocks).
 */
import type { IStatusReport } from '../../src/domain/model';
import type { IEditableReport } from '../../src/data/repository/IStatusReportRepository';
import { loadSeedReport } from '../../tools/seed/seedData';
import { createNodeRepository } from '../../src/data/repository/createNodeSpfi';
import { dropResponse, startTestSite, type ITestSite } from './support/server';
import { ok } from '../support/ok';

const seed = loadSeedReport();
let site: ITestSite;

beforeAll(async () => {
  // Each test works on its own object; the editor is in every one's team.
  site = await startTestSite({ objects: ['SHVO', 'BIG', 'CUT', 'FILLER', 'LIST', 'READ', 'SUBMIT', 'TREND'] });
}, 60000);
afterAll(async () => site && site.close());

function forQuarter(report: IStatusReport, year: number, quarter: 1 | 2 | 3 | 4, objectKey = report.header.objectKey): IStatusReport {
  return { ...report, header: { ...report.header, objectKey, period: { year, quarter } } };
}

async function countRows(list: string, reportId: number): Promise<number> {
  const rows: unknown[] = await site.sp('owner').web.lists.getByTitle(list).items.filter(`ReportId eq ${reportId}`).select('Id').top(5000)();
  return rows.length;
}

describe('PnPStatusReportRepository over HTTP', () => {
  it('writes the full seed report and reads it back deep-equal, in one $batch plus the digest', async () => {
    const editor = site.repo('editor');
    const created = ok(await editor.createReport(seed));
    expect(created.report).toEqual(seed);
    const reader = site.repo('editor');
    site.server.resetRequestCount();
    const loaded = ok(await reader.loadReportForEditing(created.id, 'SHVO'));
    expect(site.server.requestCount()).toBeLessThanOrEqual(2);
    expect(loaded.editable.report).toEqual(seed);
    expect(loaded.editable.version).not.toBe('');
    // Without the object key the trend needs one more round trip, but the report is the same.
    const again = ok(await site.repo('editor').loadReportForEditing(created.id));
    expect(again.editable.report).toEqual(seed);
  });

  it('refuses a second report for the same object and quarter', async () => {
    const r = await site.repo('editor').createReport(forQuarter(seed, 2025, 4));
    expect(r.kind).toBe('alreadyExists');
  });

  it('returns a conflict with both versions when someone saved in between, and writes nothing', async () => {
    const a = site.repo('editor');
    const b = site.repo('editor');
    const created = ok(await a.createReport(forQuarter(seed, 2023, 1)));
    const loadedA = ok(await a.loadReportForEditing(created.id)).editable;
    const loadedB = ok(await b.loadReportForEditing(created.id)).editable;
    const editA: IStatusReport = { ...loadedA.report, header: { ...loadedA.report.header, mission: 'A skrev detta' } };
    const savedA = ok(await a.saveReport(loadedA, editA));
    expect(savedA.version).not.toBe(loadedA.version);
    const editB: IStatusReport = { ...loadedB.report, events: [{ text: 'B:s händelse', subItems: [] }] };
    const result = await b.saveReport(loadedB, editB);
    expect(result.kind).toBe('conflict');
    if (result.kind !== 'conflict') return;
    expect(result.mine).toEqual(editB);
    expect(result.theirs.report.header.mission).toBe('A skrev detta');
    expect(result.theirs.report.events).toEqual(seed.events);
    const stored = ok(await site.repo('editor').loadReportForEditing(created.id)).editable.report;
    expect(stored).toEqual(editA);
  });

  it('saves a fully edited report in at most two requests and reads the edit back', async () => {
    const repo = site.repo('editor');
    const created = ok(await repo.createReport(forQuarter(seed, 2023, 2)));
    const loaded = ok(await repo.loadReportForEditing(created.id)).editable;
    const edited = editEverything(loaded.report);
    site.server.resetRequestCount();
    const saved = ok(await repo.saveReport(loaded, edited));
    expect(site.server.requestCount()).toBeLessThanOrEqual(2);
    expect(ok(await site.repo('editor').loadReportForEditing(created.id)).editable.report).toEqual(edited);
    // The new coordinator's e-mail also went into the Person column, resolved to a site user.
    const header: Record<string, unknown> = await site.sp('owner').web.lists.getByTitle('GitsReports').items.getById(created.id).select('CoordinatorId')();
    expect(typeof header.CoordinatorId).toBe('number');
    // Saving again from the returned version works (the version moved on, Person write included).
    const shorter: IStatusReport = { ...edited, events: edited.events.slice(0, 2) };
    ok(await repo.saveReport(saved, shorter));
    expect(ok(await site.repo('editor').loadReportForEditing(created.id)).editable.report).toEqual(shorter);
    expect(await countRows('GitsEvents', created.id)).toBe(2);
    // An unchanged save writes only the header (no row batch).
    const fresh = ok(await repo.loadReportForEditing(created.id)).editable;
    site.server.resetRequestCount();
    ok(await repo.saveReport(fresh, fresh.report));
    expect(site.server.requestCount()).toBe(1);
  });

  it('refuses writes by a reader with a typed forbidden error', async () => {
    const reader = site.repo('reader');
    expect((await reader.createReport(forQuarter(seed, 2022, 1))).kind).toBe('forbidden');
    const editor = site.repo('editor');
    const created = ok(await editor.createReport(forQuarter(seed, 2022, 2)));
    // The board cannot even open a draft (the working lists are closed to it) ...
    expect((await reader.loadReportForEditing(created.id)).kind).toBe('forbidden');
    // ... nor save over one loaded by someone else.
    const loaded = ok(await editor.loadReportForEditing(created.id)).editable;
    const r = await reader.saveReport(loaded, { ...loaded.report, header: { ...loaded.report.header, mission: 'läsare' } });
    expect(r.kind).toBe('forbidden');
    expect(r.kind !== 'ok' && r.messageKey).toBe('data.error.forbidden');
    expect((await reader.submitReport(created.id)).kind).toBe('forbidden');
  });

  it('shows readers only approved snapshots: pending invisible, approved visible, a newer pending revision changes nothing', async () => {
    const editor = site.repo('editor');
    const approver = site.repo('approver');
    const reader = site.repo('reader');
    const key = 'READ';
    const created = ok(await editor.createReport(forQuarter(seed, 2025, 4, key)));
    const r1 = ok(await editor.submitReport(created.id));
    expect(r1.revision).toBe(1);
    expect(r1.approval).toBe('pending');
    expect(ok(await reader.loadApprovedReport(key)).snapshot).toBeUndefined();
    // The reader cannot approve.
    expect((await reader.approveReport(created.id)).kind).not.toBe('ok');
    const approved = ok(await approver.approveReport(created.id, 'Bra'));
    expect(approved.approval).toBe('approved');
    const seen = ok(await reader.loadApprovedReport(key)).snapshot;
    expect(seen?.revision).toBe(1);
    expect(seen?.approval).toBe('approved');
    expect(seen?.report.events).toEqual(seed.events);
    // Revision 2: edited and submitted, pending: the reader still sees revision 1.
    const loaded = ok(await editor.loadReportForEditing(created.id)).editable;
    ok(await editor.saveReport(loaded, { ...loaded.report, events: [{ text: 'Ny händelse', subItems: [] }] }));
    expect(ok(await editor.submitReport(created.id)).revision).toBe(2);
    const still = ok(await reader.loadApprovedReport(key)).snapshot;
    expect(still?.revision).toBe(1);
    expect(still?.report.events).toEqual(seed.events);
    // Returned with a comment: still revision 1 for readers; the log records every step.
    ok(await approver.returnReport(created.id, 'Komplettera'));
    expect(ok(await reader.loadApprovedReport(key)).snapshot?.revision).toBe(1);
    const log = ok(await editor.loadApprovalLog(created.id));
    expect(log.map((e) => `${e.action}:${e.revision}`)).toEqual(['submitted:1', 'approved:1', 'submitted:2', 'returned:2']);
    expect(log[3].comment).toBe('Komplettera');
    expect((await approver.approveReport(created.id)).kind).toBe('invalidState');
  });

  it('builds the approved KPI trend and the next quarter draft from history', async () => {
    const editor = site.repo('editor');
    const approver = site.repo('approver');
    const key = 'TREND';
    const lastYear: IStatusReport = {
      ...forQuarter(seed, 2024, 4, key),
      kpis: seed.kpis.filter((k) => k.previous).map((k) => ({ definitionKey: k.definitionKey, current: k.previous, comment: '' }))
    };
    for (const r of [lastYear, forQuarter(seed, 2025, 4, key)]) {
      const c = ok(await editor.createReport(r));
      ok(await editor.submitReport(c.id));
      ok(await approver.approveReport(c.id));
    }
    const history = ok(await site.repo('reader').loadKpiHistory(key));
    const registered = history.find((s) => s.definition.key === 'registered-users');
    expect(registered?.points).toEqual([
      { period: { year: 2024, quarter: 4 }, value: 52796 },
      { period: { year: 2025, quarter: 4 }, value: 61829 }
    ]);
    const read = ok(await site.repo('reader').loadApprovedReport(key));
    expect(read.snapshot?.report.header.period).toEqual({ year: 2025, quarter: 4 });
    expect(read.history.length).toBe(history.length);

    // An edit after approval does not move the trend until it is approved.
    const registeredOf = async (): Promise<unknown> =>
      ok(await site.repo('reader').loadKpiHistory(key)).find((s) => s.definition.key === 'registered-users')?.points.map((p) => p.value);
    const reports = ok(await editor.listReports(key));
    const latest = ok(await editor.loadReportForEditing(reports[0].id, key)).editable;
    const bumped: IStatusReport = {
      ...latest.report,
      kpis: latest.report.kpis.map((k) => (k.definitionKey === 'registered-users' ? { ...k, current: { text: '70 000', number: 70000 } } : k))
    };
    ok(await editor.saveReport(latest, bumped));
    expect(await registeredOf()).toEqual([52796, 61829]);
    ok(await editor.submitReport(latest.id));
    expect(await registeredOf()).toEqual([52796, 61829]);
    ok(await approver.approveReport(latest.id));
    expect(await registeredOf()).toEqual([52796, 70000]);

    const draft = ok(await editor.createNextQuarterDraft(key));
    expect(draft.report.header.period).toEqual({ year: 2026, quarter: 1 });
    expect(draft.report.header.approval).toBe('draft');
    expect(draft.report.meetings).toEqual(seed.meetings);
    expect(draft.report.problems).toEqual(seed.problems.filter((p) => p.status === 'open'));
    expect(draft.report.kpiDefinitions).toEqual(seed.kpiDefinitions);
    expect(draft.report.kpis.every((k) => k.current === undefined)).toBe(true);
    expect(draft.report.events).toEqual([]);
    expect(ok(await editor.loadReportForEditing(draft.id)).editable.report).toEqual(draft.report);
  });

  it('retries after 429 and still succeeds; the request count shows the retries', async () => {
    // Enough retries that a run of throttled answers cannot outlast them (0.25^9 per call).
    const repo = createNodeRepository(site.siteUrl, { user: 'reader', retries: 8, retryInterval: 5 });
    site.server.setFaults({ throttleRate: 0.25, retryAfterSeconds: 0, seed: 5 });
    site.server.resetRequestCount();
    const calls = 30;
    try {
      for (let i = 0; i < calls; i++) {
        const r = await repo.listObjects();
        expect(r.kind).toBe('ok');
      }
    } finally {
      site.server.setFaults({});
    }
    expect(site.server.requestCount()).toBeGreaterThan(calls);
  });

  it('repeats a save whose row batch was cut off without duplicating rows', async () => {
    const drop = dropResponse((body, url) => url.indexOf('$batch') >= 0 && body.indexOf('GitsEvents') >= 0 && /\nPOST /.test(body));
    const repo = site.repo('editor', drop.pipe);
    const created = ok(await repo.createReport(forQuarter(seed, 2021, 3)));
    const loaded = ok(await repo.loadReportForEditing(created.id)).editable;
    const edited = editEverything(loaded.report);
    drop.armed.value = true;
    const failed = await repo.saveReport(loaded, edited);
    expect(failed.kind).toBe('network');
    expect(drop.armed.value).toBe(false);
    // Readers are unaffected: nothing of this report is approved.
    expect(ok(await site.repo('reader').loadApprovedReport(created.report.header.objectKey, { year: 2021, quarter: 3 })).snapshot).toBeUndefined();
    // The same save, repeated, completes: no conflict with our own header write, no duplicate rows.
    const repeated = ok(await repo.saveReport(loaded, edited));
    expect(ok(await site.repo('editor').loadReportForEditing(created.id)).editable.report).toEqual(edited);
    expect(await countRows('GitsEvents', created.id)).toBe(edited.events.length);
    expect(await countRows('GitsKpiValues', created.id)).toBe(edited.kpis.length);
    // A fresh repository repeating the old save sees the newer version: conflict, not a duplicate.
    const stale = await site.repo('editor').saveReport(loaded, edited);
    expect(stale.kind).toBe('conflict');
    expect(repeated.version).not.toBe(loaded.version);
  });

  it('reports each user\'s permissions from the lists', async () => {
    const perms = async (u: 'reader' | 'editor' | 'approver' | 'owner'): Promise<unknown> => ok(await site.repo(u).getPermissions());
    expect(await perms('reader')).toEqual({ canRead: true, canEdit: false, canApprove: false, canManageLists: false });
    expect(await perms('editor')).toMatchObject({ canRead: true, canEdit: true, canApprove: false, canManageLists: false, editableObjects: expect.arrayContaining(['SHVO']) });
    // Approvers set the approval state but write no object's reports: no editable objects.
    expect(await perms('approver')).toMatchObject({ canRead: true, canApprove: true, editableObjects: [] });
    expect(await perms('owner')).toMatchObject({ canEdit: true, canApprove: true, canManageLists: true });
  });

  it('lists objects and an object\'s reports newest first; only owners create objects; the board sees approved quarters only', async () => {
    expect((await site.repo('editor').ensureObject({ key: 'LIST', title: 'Första namnet' })).kind).toBe('forbidden');
    const owner = site.repo('owner');
    ok(await owner.ensureObject({ key: 'LIST', title: 'Första namnet' }));
    ok(await owner.ensureObject({ key: 'LIST', title: 'Andra namnet' }));
    const objects = ok(await site.repo('reader').listObjects());
    expect(objects.filter((o) => o.key === 'LIST')).toEqual([{ key: 'LIST', title: 'Andra namnet' }]);
    const editor = site.repo('editor');
    const ids: number[] = [];
    for (const [y, q] of [[2024, 2], [2025, 1], [2024, 4]] as [number, 1 | 2 | 3 | 4][]) {
      ids.push(ok(await editor.createReport(forQuarter(seed, y, q, 'LIST'))).id);
    }
    const reports = ok(await editor.listReports('LIST'));
    expect(reports.map((r) => `${r.period.year}Q${r.period.quarter}:${r.approval}`)).toEqual(['2025Q1:draft', '2024Q4:draft', '2024Q2:draft']);
    expect(reports[0].coordinator).toEqual(seed.header.coordinator);
    // The board cannot open GitsReports: its list is the approved quarters, from the snapshots.
    expect(ok(await site.repo('reader').listReports('LIST'))).toEqual([]);
    ok(await editor.submitReport(ids[2]));
    ok(await site.repo('approver').approveReport(ids[2]));
    const approved = ok(await site.repo('reader').listReports('LIST'));
    expect(approved.map((r) => `${r.id}:${r.period.year}Q${r.period.quarter}:${r.approval}:${r.revision}`)).toEqual([`${ids[2]}:2024Q4:approved:1`]);
    expect(approved[0].coordinator).toEqual(seed.header.coordinator);
  });

  it('repeats a createReport cut off after the header or in the row batch, without duplicates', async () => {
    for (const [label, when] of [
      ['row batch', (body: string, url: string) => url.indexOf('$batch') >= 0 && body.indexOf('GitsEvents') >= 0],
      ['header add', (_body: string, url: string) => /getByTitle\('GitsReports'\)\/AddValidateUpdateItemUsingPath\(\)$/.test(url)]
    ] as [string, (b: string, u: string) => boolean][]) {
      const drop = dropResponse(when);
      const repo = site.repo('editor', drop.pipe);
      const report = forQuarter(seed, 2020, label === 'row batch' ? 1 : 2, 'CUT');
      drop.armed.value = true;
      const first = await repo.createReport(report);
      expect(drop.armed.value).toBe(false);
      expect(first.kind).toBe('network');
      const again = ok(await repo.createReport(report));
      expect(ok(await site.repo('editor').loadReportForEditing(again.id)).editable.report).toEqual({ ...report, header: { ...report.header, approval: 'draft' } });
      expect(await countRows('GitsEvents', again.id)).toBe(seed.events.length);
      expect(await countRows('GitsKpiValues', again.id)).toBe(seed.kpis.length);
      // Another repository does not take over someone's unfinished report.
      expect((await site.repo('editor').createReport(report)).kind).toBe('alreadyExists');
    }
  });

  it('repeats a submit that stopped after freezing its snapshot without a second snapshot', async () => {
    const editor = site.repo('editor');
    const created = ok(await editor.createReport(forQuarter(seed, 2020, 3, 'SUBMIT')));
    site.server.setFaults({ batchPartFailAfter: 1, retryAfterSeconds: 0 });
    let first;
    try {
      first = await editor.submitReport(created.id, 'Första försöket');
    } finally {
      site.server.setFaults({});
    }
    expect(first.kind).not.toBe('ok');
    const again = ok(await editor.submitReport(created.id, 'Första försöket'));
    expect(again.revision).toBe(1);
    const snaps: unknown[] = await site.sp('owner').web.lists.getByTitle('GitsSnapshots').items.filter(`ReportId eq ${created.id}`).select('Id')();
    expect(snaps).toHaveLength(1);
    expect(ok(await editor.loadApprovalLog(created.id)).map((e) => `${e.action}:${e.revision}`)).toEqual(['submitted:1']);
    expect(ok(await site.repo('approver').approveReport(created.id)).revision).toBe(1);
    // The next submit is revision 2.
    expect(ok(await editor.submitReport(created.id)).revision).toBe(2);
  });

  it('repeats a save whose batch failed half-way (parts after the 10th refused) without duplicates', async () => {
    const repo = site.repo('editor');
    const created = ok(await repo.createReport(forQuarter(seed, 2021, 4)));
    const loaded = ok(await repo.loadReportForEditing(created.id)).editable;
    const edited = editEverything(loaded.report);
    site.server.setFaults({ batchPartFailAfter: 10, retryAfterSeconds: 0 });
    let failed;
    try {
      failed = await repo.saveReport(loaded, edited);
    } finally {
      site.server.setFaults({});
    }
    expect(failed.kind).toBe('partialSave');
    expect(failed.kind !== 'ok' && failed.messageKey).toBe('data.error.partialSave');
    // Half of it is stored: neither the old nor the new report.
    const half = ok(await site.repo('editor').loadReportForEditing(created.id)).editable.report;
    expect(half).not.toEqual(edited);
    expect(half).not.toEqual(loaded.report);
    const repeated = await repo.saveReport(loaded, edited);
    expect(repeated.kind).toBe('ok');
    expect(ok(await site.repo('editor').loadReportForEditing(created.id)).editable.report).toEqual(edited);
    expect(await countRows('GitsEvents', created.id)).toBe(edited.events.length);
    expect(await countRows('GitsKpiValues', created.id)).toBe(edited.kpis.length);
    expect(await countRows('GitsCommunication', created.id)).toBe(edited.communication.length);
  });

  it('keeps the list view threshold with more than 5,000 items: indexed repository queries work, an unindexed query fails', async () => {
    const editor = site.repo('editor');
    const approver = site.repo('approver');
    const created = ok(await editor.createReport(forQuarter(seed, 2019, 4, 'BIG')));
    ok(await editor.submitReport(created.id));
    ok(await approver.approveReport(created.id));
    // 5,100 more values of another object, written straight into the store (bench/test helper).
    const rows = Array.from({ length: 5100 }, (_, i) => ({
      Title: `v${i}`,
      ReportId: 999999,
      RowKey: `filler/${i}`,
      SortOrder: i,
      ObjectKey: 'FILLER',
      PeriodYear: 2000,
      PeriodQuarter: 1,
      DefinitionKey: 'filler',
      CurrentText: String(i),
      CurrentNumber: i,
      ApprovedNumber: i,
      KpiComment: 'x',
      IsApproved: true
    }));
    site.server.bulkInsert('GitsKpiValues', rows, { site: 'gits', user: 'owner' });
    const reader = site.repo('reader');
    const history = ok(await reader.loadKpiHistory('BIG'));
    expect(history.find((s) => s.definition.key === 'registered-users')?.points).toEqual([{ period: { year: 2019, quarter: 4 }, value: 61829 }]);
    expect(ok(await reader.loadApprovedReport('BIG')).snapshot?.revision).toBe(1);
    expect(ok(await editor.loadReportForEditing(created.id)).editable.report.kpis).toEqual(seed.kpis);
    const raw = site.sp('editor').web.lists.getByTitle('GitsKpiValues').items.filter("KpiComment eq 'x'").top(10)();
    await expect(raw).rejects.toMatchObject({ status: 500 });
    await expect(raw.catch((e: Error) => e.message)).resolves.toMatch(/SPQueryThrottledException/);
  });
});

function editEverything(r: IStatusReport): IStatusReport {
  return {
    ...r,
    header: { ...r.header, mission: r.header.mission + ' (redigerad)', coordinator: { displayName: 'Ny Koordinator', email: 'ny@example.org' } },
    events: [...r.events.map((e) => ({ ...e, text: e.text + '!' })), { text: 'Extra', subItems: ['a', 'b'], date: '2025-11-30' }],
    kpis: r.kpis.map((k) => ({ ...k, comment: k.comment + ' ändrad', current: k.current ? { ...k.current, text: k.current.text + ' ' } : { text: '1', number: 1 } })),
    meetings: r.meetings.slice(1),
    chartCaption: 'Ny bildtext',
    problems: r.problems.map((p, i) => ({ ...p, status: i === 0 ? 'closed' : p.status })),
    activities: r.activities.map((a) => ({ ...a, status: 'ongoing' })),
    economy: { items: [{ text: 'Ny ekonomi', subItems: [] }], assessment: 'attention' },
    staffing: { fteStart: 4.5, fteEnd: 3, items: [{ text: 'Bemanning', subItems: ['x'] }] },
    communication: [...r.communication, { text: 'Mer kommunikation', subItems: [] }]
  };
}

export type { IEditableReport };
