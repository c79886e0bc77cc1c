/**
 * The board's records over real HTTP on a local site with SharePoint Online's rules: a recorder
 * keeps the calendar, the handling and the assignments; every change is logged with who and
 * when; the next quarter's draft lists the open assignments; the team's answers travel in its
 * report into the approved snapshot; the team and the board cannot change the board's records.
 *
 * SharePoint's answers relied on: an edit the user may see but not make answers 403
 * -2147024891 System.UnauthorizedAccessException, and a write to a list the user cannot open
 * 404 (tests/data/security.http.test.ts names the recordings).
 */
import type { SPFI } from '@pnp/sp';
import type { IRepositoryOptions } from '../../src/data/repository/context';
import { PnPBoardRepository } from '../../src/data/repository/board/PnPBoardRepository';
import { createNodeSpfi, type LocalUser } from '../../src/data/repository/createNodeSpfi';
import { listTitle } from '../../src/data/schema/schema';
import { loadSeedReport } from '../../tools/seed/seedData';
import { grantRoles } from './support/roles';
import { startRealSite, type IRealSite } from './support/realSite';
import { ok } from '../support/ok';

type Who = LocalUser | 'protokoll';
let site: IRealSite;
let clock = Date.parse('2026-02-12T10:00:00Z');
const now = (): Date => new Date((clock += 1000));

function spOf(who: Who): SPFI {
  return createNodeSpfi(site.siteUrl, { retryInterval: 10, headers: { 'X-Local-User': who } });
}
function board(who: Who, options: IRepositoryOptions = {}): PnPBoardRepository {
  return new PnPBoardRepository(spOf(who), { now, ...options });
}

const seed = loadSeedReport();
const q4 = { year: 2025, quarter: 4 } as const;
const q1 = { year: 2026, quarter: 1 } as const;

beforeAll(async () => {
  site = await startRealSite(['SHVO']);
  await grantRoles(createNodeSpfi(site.siteUrl, { user: 'owner' }), { recorders: ['protokoll'] });
}, 120000);
afterAll(async () => site && site.close());

describe("the board's records over HTTP", () => {
  let assignmentKey = '';

  it('lets a recorder keep the calendar, the handling and an assignment, and logs each change with who and when', async () => {
    const recorder = board('protokoll');
    expect(ok(await recorder.getBoardPermissions())).toEqual({ canRead: true, canRecord: true });
    ok(await recorder.saveMeeting({ date: '2026-02-12', title: 'GITS ledningsråd 2026-02-12' }));
    ok(await recorder.saveMeeting({ date: '2026-04-23', title: '' }));
    ok(await recorder.saveMeeting({ date: '2026-04-23', title: 'GITS ledningsråd april' }));
    ok(
      await recorder.saveHandling({
        objectKey: 'SHVO',
        period: q4,
        meetingDate: '2026-02-12',
        notes: 'Rapporten noterades. Ställningstagande från VVG inväntas.',
        decisions: [{ text: 'Ledningsrådet godkänner rapporten.', minutesReference: 'Protokoll 2026-02-12 § 7' }],
        assignmentKeys: []
      })
    );
    const given = ok(
      await recorder.giveAssignment({ objectKey: 'SHVO', text: 'Redovisa en plan för beroendet till Oracle.', givenFor: q4, meetingDate: '2026-02-12', answerBy: q1 })
    );
    expect(given).toMatchObject({ key: 'SHVO-2025Q4-1', state: 'open' });
    const second = ok(await recorder.giveAssignment({ objectKey: 'SHVO', text: 'Följ upp SAMSA-avtalet.', givenFor: q4, meetingDate: '2026-02-12', answerBy: { year: 2026, quarter: 2 } }));
    expect(second.key).toBe('SHVO-2025Q4-2');
    assignmentKey = given.key;

    const records = ok(await board('reader').loadBoardRecords('SHVO'));
    expect(records.meetings).toEqual([
      { date: '2026-02-12', title: 'GITS ledningsråd 2026-02-12' },
      { date: '2026-04-23', title: 'GITS ledningsråd april' }
    ]);
    expect(records.handlings).toEqual([
      {
        objectKey: 'SHVO',
        period: q4,
        meetingDate: '2026-02-12',
        notes: 'Rapporten noterades. Ställningstagande från VVG inväntas.',
        decisions: [{ text: 'Ledningsrådet godkänner rapporten.', minutesReference: 'Protokoll 2026-02-12 § 7' }],
        assignmentKeys: ['SHVO-2025Q4-1', 'SHVO-2025Q4-2']
      }
    ]);
    expect(records.assignments.map((a) => [a.key, a.state, a.meetingDate])).toEqual([
      ['SHVO-2025Q4-1', 'open', '2026-02-12'],
      ['SHVO-2025Q4-2', 'open', '2026-02-12']
    ]);
    expect(records.settings).toEqual({ dueDaysBeforeMeeting: 14 });

    const log = ok(await board('editor').loadBoardLog({ objectKey: 'SHVO' }));
    expect(log.map((e) => [e.action, e.subject, e.by.displayName])).toEqual([
      ['handlingSaved', '2025Q4', expect.any(String)],
      ['assignmentGiven', 'SHVO-2025Q4-1', expect.any(String)],
      ['assignmentGiven', 'SHVO-2025Q4-2', expect.any(String)]
    ]);
    expect(new Set(log.map((e) => e.by.displayName)).size).toBe(1);
    expect(log[0].by.displayName).not.toBe('');
    log.forEach((e) => expect(Date.parse(e.at)).toBeGreaterThan(Date.parse('2026-02-12T10:00:00Z')));
    expect(JSON.parse(log[1].detail)).toMatchObject({ text: 'Redovisa en plan för beroendet till Oracle.', answerBy: q1 });
    const calendarLog = ok(await board('reader').loadBoardLog({ subject: '2026-04-23' }));
    expect(calendarLog.map((e) => e.action)).toEqual(['meetingSaved', 'meetingSaved']);
  });

  it('reads calendar, settings, handlings and assignments of every object in one request', async () => {
    const reader = board('reader');
    ok(await reader.loadMeetings()); // the site's time zone, read once per repository
    site.server.resetRequestCount();
    const all = ok(await reader.loadBoardRecords());
    expect(site.server.requestCount()).toBe(1);
    expect(all.assignments).toHaveLength(2);
    // Pages of one row: every further page is read through odata.nextLink, nothing is cut off.
    const paged = ok(await board('reader', { pageSize: 1 }).loadBoardRecords());
    expect(paged).toEqual(all);
    expect(ok(await board('reader', { pageSize: 1 }).loadBoardLog()).length).toBe(ok(await board('reader').loadBoardLog()).length);
  });

  it('refuses the team and the board every change, and logs nothing for what was refused', async () => {
    const before = ok(await board('owner').loadBoardLog()).length;
    for (const who of ['editor', 'reader'] as const) {
      const repo = board(who);
      expect(ok(await repo.getBoardPermissions())).toEqual({ canRead: true, canRecord: false });
      expect((await repo.closeAssignment(assignmentKey, 'Klart enligt teamet')).kind).toBe('forbidden');
      expect((await repo.changeAssignment(assignmentKey, { text: 'Annan lydelse', answerBy: q1 })).kind).toBe('forbidden');
      expect((await repo.giveAssignment({ objectKey: 'SHVO', text: 'Eget uppdrag', givenFor: q4, meetingDate: '', answerBy: q1 })).kind).toBe('forbidden');
      expect((await repo.saveHandling({ objectKey: 'SHVO', period: q4, meetingDate: '2026-02-12', notes: 'ändrat', decisions: [], assignmentKeys: [] })).kind).toBe('forbidden');
      expect((await repo.saveMeeting({ date: '2026-03-01', title: 'Extra' })).kind).toBe('forbidden');
      expect((await repo.removeMeeting('2026-02-12')).kind).toBe('forbidden');
      expect((await repo.saveSettings({ dueDaysBeforeMeeting: 30 })).kind).toBe('forbidden');
    }
    // Straight at the log list: append-only for everyone but owners, closed to the team.
    const logList = spOf('editor').web.lists.getByTitle(listTitle('boardLog'));
    await expect(logList.items.add({ Title: 'falsk', Action: 'assignmentClosed', Subject: assignmentKey })).rejects.toMatchObject({ status: 403 });
    const records = ok(await board('owner').loadBoardRecords('SHVO'));
    expect(records.assignments.find((a) => a.key === assignmentKey)).toMatchObject({ state: 'open', text: 'Redovisa en plan för beroendet till Oracle.' });
    expect(records.handlings[0].notes).toBe('Rapporten noterades. Ställningstagande från VVG inväntas.');
    expect(records.meetings.map((m) => m.date)).toEqual(['2026-02-12', '2026-04-23']);
    expect(ok(await board('owner').loadBoardLog()).length).toBe(before);
  });

  it('does not let a recorder change or delete a log entry', async () => {
    const owner = spOf('owner').web.lists.getByTitle(listTitle('boardLog'));
    const [first] = (await owner.items.select('Id').top(1)()) as { Id: number }[];
    const asRecorder = spOf('protokoll').web.lists.getByTitle(listTitle('boardLog'));
    await expect(asRecorder.items.getById(first.Id).update({ Detail: 'ändrad' })).rejects.toMatchObject({ status: 403 });
    await expect(asRecorder.items.getById(first.Id).delete()).rejects.toMatchObject({ status: 403 });
  });

  it('carries the open assignments into the next draft; the answers go with the report into the approved snapshot the board reads', async () => {
    const editor = site.repo('editor');
    const approver = site.repo('approver');
    const report = ok(await editor.createReport(seed));
    ok(await editor.submitReport(report.id));
    ok(await approver.approveReport(report.id));

    const draft = ok(await editor.createNextQuarterDraft('SHVO'));
    expect(draft.report.header.period).toEqual(q1);
    expect(draft.report.reportingBack).toEqual([
      { assignmentKey: 'SHVO-2025Q4-1', assignment: 'Redovisa en plan för beroendet till Oracle.', givenFor: q4, answerBy: q1, answer: '' },
      { assignmentKey: 'SHVO-2025Q4-2', assignment: 'Följ upp SAMSA-avtalet.', givenFor: q4, answerBy: { year: 2026, quarter: 2 }, answer: '' }
    ]);
    const answered = {
      ...draft.report,
      reportingBack: [
        { ...(draft.report.reportingBack ?? [])[0], status: 'ongoing' as const, answer: 'Planen tas fram tillsammans med VVG och är klar i mars.' },
        { ...(draft.report.reportingBack ?? [])[1], status: 'notStarted' as const }
      ]
    };
    // Submitting with an assignment not answered is refused, and nothing is frozen.
    const unanswered = ok(await editor.saveReport(draft, draft.report));
    expect((await editor.submitReport(unanswered.id)).kind).toBe('invalidState');
    const saved = ok(await editor.saveReport(unanswered, answered));
    expect(ok(await site.repo('editor').loadReportForEditing(saved.id, 'SHVO')).editable.report.reportingBack).toEqual(answered.reportingBack);
    // The refused submit froze nothing: this is the report's first revision.
    expect(ok(await editor.submitReport(saved.id)).revision).toBe(1);
    ok(await approver.approveReport(saved.id));

    const seen = ok(await site.repo('reader').loadApprovedReport('SHVO', q1));
    expect(seen.snapshot?.report.reportingBack).toEqual(answered.reportingBack);

    // An approver holds the recorder's rights by default and closes the assignment; the next draft no longer lists it.
    const closed = ok(await board('approver').closeAssignment('SHVO-2025Q4-1', 'Planen redovisad i Q1.'));
    expect(closed).toMatchObject({ state: 'closed', closingNote: 'Planen redovisad i Q1.', closedAt: expect.any(String) });
    expect(closed.closedBy?.displayName).toBeTruthy();
    expect((await board('approver').closeAssignment('SHVO-2025Q4-1', 'igen')).kind).toBe('invalidState');
    const next = ok(await editor.createNextQuarterDraft('SHVO'));
    expect(next.report.reportingBack?.map((i) => i.assignmentKey)).toEqual(['SHVO-2025Q4-2']);
    const log = ok(await board('reader').loadBoardLog({ subject: 'SHVO-2025Q4-1' }));
    expect(log.map((e) => e.action)).toEqual(['assignmentGiven', 'assignmentClosed']);
  });

  it('keeps the settings an owner sets, and refuses a value that is not a number of days', async () => {
    const owner = board('owner');
    expect(ok(await owner.saveSettings({ dueDaysBeforeMeeting: 21 }))).toEqual({ dueDaysBeforeMeeting: 21 });
    expect(ok(await board('reader').loadSettings())).toEqual({ dueDaysBeforeMeeting: 21 });
    expect((await owner.saveSettings({ dueDaysBeforeMeeting: -1 })).kind).toBe('invalidState');
    expect((await board('protokoll').saveSettings({ dueDaysBeforeMeeting: 7 })).kind).toBe('forbidden');
    expect(ok(await board('reader').loadSettings())).toEqual({ dueDaysBeforeMeeting: 21 });
  });
});
