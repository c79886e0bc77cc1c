import { approvalActions, effectiveApprovalState, samePerson, type IApprovalContext } from '../../../src/components/Approval/rules';
import type { IApprovalLogEntry, IReportSnapshot } from '../../../src/domain/model';
import { sampleReport } from '../ReportEditor/sampleReport';

const greta = { displayName: 'Greta Exempel', email: 'Greta.Exempel@example.org' };
const alva = { displayName: 'Alva Prov', email: 'alva.prov@example.org' };
const base: IApprovalContext = { state: 'pending', canEdit: true, canApprove: true, currentUser: greta, dirty: false, hasErrors: false };

describe('approvalActions', () => {
  it('lets an approver decide on someone else’s pending report', () => {
    const a = approvalActions({ ...base, submittedBy: alva });
    expect(a.approve).toEqual({ visible: true, enabled: true });
    expect(a.return).toEqual({ visible: true, enabled: true });
    expect(a.submit.visible).toBe(false);
  });

  it('disables approving one’s own submission and says why, unless self-approval is allowed', () => {
    const own = approvalActions({ ...base, submittedBy: { displayName: 'G E', email: 'greta.exempel@EXAMPLE.ORG' } });
    expect(own.approve).toEqual({ visible: true, enabled: false, reasonKey: 'approval.reason.cannotApproveOwn' });
    expect(own.return.enabled).toBe(false);
    expect(approvalActions({ ...base, submittedBy: greta, allowSelfApproval: true }).approve.enabled).toBe(true);
  });

  it('hides approve/return from people without approve permission and outside pending', () => {
    expect(approvalActions({ ...base, canApprove: false, submittedBy: alva }).approve.visible).toBe(false);
    expect(approvalActions({ ...base, state: 'draft' }).approve.visible).toBe(false);
  });

  it('offers submit to editors of drafts and returned reports, once saved and valid', () => {
    expect(approvalActions({ ...base, state: 'draft' }).submit).toEqual({ visible: true, enabled: true });
    expect(approvalActions({ ...base, state: 'returned', dirty: true }).submit).toEqual({ visible: true, enabled: false, reasonKey: 'approval.reason.saveFirst' });
    expect(approvalActions({ ...base, state: 'draft', hasErrors: true }).submit.reasonKey).toBe('approval.reason.fixErrors');
    expect(approvalActions({ ...base, state: 'draft', canEdit: false }).submit.visible).toBe(false);
  });

  it('compares people by e-mail when both have one, else by name', () => {
    expect(samePerson({ displayName: 'A' }, { displayName: ' a ' })).toBe(true);
    expect(samePerson({ displayName: 'Same Name', email: 'x@example.org' }, { displayName: 'Same Name', email: 'y@example.org' })).toBe(false);
  });
});

describe('effectiveApprovalState', () => {
  const entry = (action: IApprovalLogEntry['action'], revision: number, at: string): IApprovalLogEntry => ({ action, by: alva, at, comment: '', revision });
  const snapshot = (revision: number): IReportSnapshot => ({
    report: sampleReport(), revision, submittedBy: alva, submittedAt: '2025-12-01T10:00:00Z', approval: 'approved'
  });

  it('shows approved when the latest revision’s snapshot is approved, whoever approved it (flow, list)', () => {
    expect(effectiveApprovalState('pending', 1, [entry('submitted', 1, '2025-12-01T10:00:00Z')], snapshot(1))).toBe('approved');
  });

  it('does not take an older approved revision for the pending one', () => {
    const log = [entry('submitted', 1, '2025-12-01T10:00:00Z'), entry('approved', 1, '2025-12-02T10:00:00Z'), entry('submitted', 2, '2025-12-03T10:00:00Z')];
    expect(effectiveApprovalState('approved', 1, log, snapshot(1))).toBe('pending');
  });

  it('follows the newest log entry, else the header', () => {
    expect(effectiveApprovalState('pending', 1, [entry('submitted', 1, '2025-12-01T10:00:00Z'), entry('returned', 1, '2025-12-02T10:00:00Z')])).toBe('returned');
    expect(effectiveApprovalState('draft', 0, [])).toBe('draft');
  });
});
