/**
 * Approval checked end to end, over real HTTP against the local SharePoint: every point where
 * an approval can stop is injected, and each leaves a state the next attempt completes, never
 * "approved" on the header over a snapshot SharePoint still holds pending.
 *
 * SharePoint Online behaviours relied on:
 * - ValidateUpdateListItem answers 200 with per-field HasException, and has been reported to
 *   answer without error and without changing `_ModerationStatus` (pnp/cli-microsoft365#1043);
 * - `$batch` is not transactional: parts fail one by one (sp-dev-docs
 *   make-batch-requests-with-the-rest-apis.md; pnp/pnpcore BatchClientTests
 *   HandleBatchErrorsForLargeBatch-0-00008.response.json, a 404 part among 200s);
 * - a value already present in an EnforceUniqueValues column is refused with
 *   SPDuplicateValuesFoundException.
 */
import type { IStatusReport } from '../../src/domain/model';
import type { RepositoryResult } from '../../src/data/repository/IStatusReportRepository';
import { loadSeedReport } from '../../tools/seed/seedData';
import { intercept, spErrorResponse, startTestSite, type Interception, type ITestSite } from './support/server';
import { ok } from '../support/ok';

type Row = Record<string, unknown>;

const seed = loadSeedReport();
let site: ITestSite;

beforeAll(async () => {
  // Each test approves a report of its own object; the editor is in every one's team.
  site = await startTestSite({ objects: ['SHVO', ...Array.from({ length: 12 }, (_, i) => `APPR${i + 1}`)] });
}, 120000);
afterAll(async () => site && site.close());

let quarter = 0;
/** A submitted report of its own object, pending approval. */
async function pendingReport(): Promise<{ id: number; objectKey: string }> {
  quarter++;
  const objectKey = `APPR${quarter}`;
  const report: IStatusReport = { ...seed, header: { ...seed.header, objectKey, period: { year: 2025, quarter: 4 } } };
  const editor = site.repo('editor');
  const created = ok(await editor.createReport(report));
  ok(await editor.submitReport(created.id));
  return { id: created.id, objectKey };
}

/** What SharePoint holds, read as the owner: header state, the snapshot's moderation status, the log. */
async function stateOf(reportId: number): Promise<{ header: string; moderation: number; log: string[] }> {
  const sp = site.sp('owner');
  const header: Row = await sp.web.lists.getByTitle('GitsReports').items.getById(reportId).select('ApprovalState')();
  const snaps: Row[] = await sp.web.lists.getByTitle('GitsSnapshots').items.filter(`ReportId eq ${reportId}`).select('OData__ModerationStatus', 'Revision').orderBy('Revision', false)();
  const log: Row[] = await sp.web.lists.getByTitle('GitsApprovalLog').items.filter(`ReportId eq ${reportId}`).select('Action', 'Revision').orderBy('Id')();
  return { header: String(header.ApprovalState), moderation: Number(snaps[0].OData__ModerationStatus), log: log.map((e) => `${String(e.Action)}:${String(e.Revision)}`) };
}

/** The header never says approved or returned unless the snapshot holds that decision. */
function expectConsistent(s: { header: string; moderation: number }): void {
  if (s.header === 'approved') expect(s.moderation).toBe(0);
  if (s.header === 'returned') expect(s.moderation).toBe(1);
}

const isModeration = (url: string, method: string): boolean => method === 'POST' && /GitsSnapshots'\)\/items\(\d+\)\/validateupdatelistitem$/i.test(url);
const isReadBack = (url: string, method: string): boolean => method === 'GET' && /GitsSnapshots'\)\/items\(\d+\)\?/.test(url);
/** The batch that completes a decision: header MERGE and/or log add. */
const isCompletion = (url: string, body: string): boolean => url.indexOf('$batch') >= 0 && /GitsApprovalLog'\)\/items/.test(body) && !/\nGET /.test(body);

/** The same batch with one part sent to a list that does not exist, so SharePoint fails that part only. */
function breakPart(body: string, list: 'GitsReports' | 'GitsApprovalLog'): { body: string } {
  const method = list === 'GitsReports' ? 'MERGE|PATCH|POST' : 'POST';
  const line = new RegExp(`\\n(${method}) ([^\\n]*getByTitle\\('${list}'\\)[^\\n]*)`);
  expect(line.test(body)).toBe(true);
  return { body: body.replace(line, (_m, verb: string, rest: string) => `\n${verb} ${rest.replace(`'${list}'`, "'GitsNoSuchList'")}`) };
}

async function approveOnceWith(reportId: number, decide: (url: string, method: string, body: string) => Interception): Promise<RepositoryResult<unknown>> {
  const probe = intercept(decide);
  const approver = site.repo('approver', probe.pipe);
  probe.armed.value = true;
  const first = await approver.approveReport(reportId, 'Godkänd');
  expect(probe.armed.value).toBe(false);
  return first;
}

/** The next attempt, from a fresh repository (as after a page refresh), completes the approval exactly once. */
async function expectCompletedByNextAttempt(reportId: number, objectKey: string): Promise<void> {
  const again = ok(await site.repo('approver').approveReport(reportId, 'Godkänd'));
  expect(again.approval).toBe('approved');
  expect(again.revision).toBe(1);
  expect(await stateOf(reportId)).toEqual({ header: 'approved', moderation: 0, log: ['submitted:1', 'approved:1'] });
  expect(ok(await site.repo('reader').loadApprovedReport(objectKey)).snapshot?.revision).toBe(1);
  // Once complete, approving again is answered as done and logs nothing; returning is refused.
  expect(ok(await site.repo('approver').approveReport(reportId)).approval).toBe('approved');
  expect((await site.repo('approver').returnReport(reportId, 'För sent')).kind).toBe('invalidState');
  expect((await stateOf(reportId)).log).toEqual(['submitted:1', 'approved:1']);
}

describe('approval checked end to end', () => {
  it('approves in four requests: state, moderation, read-back, header and log; the approver and time are on the snapshot', async () => {
    const { id, objectKey } = await pendingReport();
    const approver = site.repo('approver');
    site.server.resetRequestCount();
    const approved = ok(await approver.approveReport(id, 'Bra'));
    expect(site.server.requestCount()).toBeLessThanOrEqual(5); // + the form digest of a new repository's session
    expect(approved.approval).toBe('approved');
    expect(await stateOf(id)).toEqual({ header: 'approved', moderation: 0, log: ['submitted:1', 'approved:1'] });
    const snap: Row = (await site.sp('owner').web.lists.getByTitle('GitsSnapshots').items.filter(`ReportId eq ${id}`).select('ApprovedAt', 'ApprovedByName')())[0];
    expect(typeof snap.ApprovedAt).toBe('string');
    expect(Date.now() - Date.parse(String(snap.ApprovedAt))).toBeLessThan(5 * 60 * 1000);
    expect(snap.ApprovedByName).toBe(approved.approvedBy?.displayName);
    const read = ok(await site.repo('reader').loadApprovedReport(objectKey)).snapshot;
    expect(read?.approvedBy?.displayName).toBe(snap.ApprovedByName);
    expect(read?.approvedAt).toBe(snap.ApprovedAt);
  });

  it('the moderation call fails: nothing changes, the next attempt approves', async () => {
    const { id, objectKey } = await pendingReport();
    const first = await approveOnceWith(id, (url, method) =>
      isModeration(url, method) ? spErrorResponse(500, '-2146232832, Microsoft.SharePoint.SPException', 'Ett oväntat fel inträffade.') : 'pass'
    );
    expect(first.kind).toBe('unexpected');
    expect(await stateOf(id)).toEqual({ header: 'pending', moderation: 2, log: ['submitted:1'] });
    await expectCompletedByNextAttempt(id, objectKey);
  });

  it('the moderation call answers without error but changes nothing: approvalNotApplied, header stays pending', async () => {
    const { id, objectKey } = await pendingReport();
    const silent = (): Response =>
      new Response(
        JSON.stringify({
          value: [
            { ErrorCode: 0, ErrorMessage: null, FieldName: '_ModerationStatus', FieldValue: '0', HasException: false, ItemId: 0 },
            { ErrorCode: 0, ErrorMessage: null, FieldName: '_ModerationComments', FieldValue: 'Godkänd', HasException: false, ItemId: 0 }
          ]
        }),
        { status: 200, headers: { 'Content-Type': 'application/json;odata=minimalmetadata;charset=utf-8' } }
      );
    const first = await approveOnceWith(id, (url, method) => (isModeration(url, method) ? silent() : 'pass'));
    expect(first).toEqual({ kind: 'approvalNotApplied', messageKey: 'data.error.approvalNotApplied' });
    const state = await stateOf(id);
    expect(state).toEqual({ header: 'pending', moderation: 2, log: ['submitted:1'] });
    expect(ok(await site.repo('reader').loadApprovedReport(objectKey)).snapshot).toBeUndefined();
    await expectCompletedByNextAttempt(id, objectKey);
  });

  it('the read-back fails: the header is not written; the next attempt sees the approved snapshot and completes', async () => {
    const { id, objectKey } = await pendingReport();
    const first = await approveOnceWith(id, (url, method) =>
      isReadBack(url, method) ? spErrorResponse(503, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'Servern är upptagen.') : 'pass'
    );
    expect(first.kind).not.toBe('ok');
    const state = await stateOf(id);
    expect(state).toEqual({ header: 'pending', moderation: 0, log: ['submitted:1'] });
    await expectCompletedByNextAttempt(id, objectKey);
  });

  it('the header write fails inside the batch: the log entry stands alone, the next attempt writes the header only', async () => {
    const { id, objectKey } = await pendingReport();
    const first = await approveOnceWith(id, (url, method, body) => (isCompletion(url, body) ? breakPart(body, 'GitsReports') : 'pass'));
    expect(first.kind).not.toBe('ok');
    const state = await stateOf(id);
    expectConsistent(state);
    expect(state).toEqual({ header: 'pending', moderation: 0, log: ['submitted:1', 'approved:1'] });
    await expectCompletedByNextAttempt(id, objectKey);
  });

  it('the log write fails inside the batch: the next attempt adds the one missing entry', async () => {
    const { id, objectKey } = await pendingReport();
    const first = await approveOnceWith(id, (url, method, body) => (isCompletion(url, body) ? breakPart(body, 'GitsApprovalLog') : 'pass'));
    expect(first.kind).not.toBe('ok');
    expect(await stateOf(id)).toEqual({ header: 'approved', moderation: 0, log: ['submitted:1'] });
    await expectCompletedByNextAttempt(id, objectKey);
  });

  it('the connection drops after the moderation call or after the completing batch: the next attempt completes without a second entry', async () => {
    for (const when of ['moderation', 'completion'] as const) {
      const { id, objectKey } = await pendingReport();
      const first = await approveOnceWith(id, (url, method, body) =>
        (when === 'moderation' ? isModeration(url, method) : isCompletion(url, body)) ? 'drop' : 'pass'
      );
      expect(first.kind).toBe('network');
      const state = await stateOf(id);
      expectConsistent(state);
      expect(state.moderation).toBe(0);
      await expectCompletedByNextAttempt(id, objectKey);
    }
  });

  it('returning is checked and completed the same way; approving a returned report is refused', async () => {
    const { id } = await pendingReport();
    const probe = intercept((url, method, body) => (isCompletion(url, body) ? breakPart(body, 'GitsReports') : 'pass'));
    const approver = site.repo('approver', probe.pipe);
    probe.armed.value = true;
    expect((await approver.returnReport(id, 'Komplettera')).kind).not.toBe('ok');
    expect(await stateOf(id)).toEqual({ header: 'pending', moderation: 1, log: ['submitted:1', 'returned:1'] });
    // Approving now cannot overrule SharePoint's decision: the return is completed, the approval refused.
    expect((await site.repo('approver').approveReport(id)).kind).toBe('invalidState');
    expect(await stateOf(id)).toEqual({ header: 'returned', moderation: 1, log: ['submitted:1', 'returned:1'] });
    const log = ok(await site.repo('editor').loadApprovalLog(id));
    expect(log[1].comment).toBe('Komplettera');
  });
});
