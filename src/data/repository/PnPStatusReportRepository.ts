/**
 * IStatusReportRepository over the SharePoint lists of src/data/schema, with PnPjs v4.
 *
 * Round trips: opening a report for editing is one $batch (plus the form digest the first
 * time); saving is one header update guarded by If-Match, then one $batch of row writes.
 * Batches are not atomic, so writes are idempotent upserts by deterministic row keys and
 * readers only ever read approved snapshots (a half-finished save changes nothing they see).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import { InjectHeaders } from '@pnp/queryable';
import type { IList } from '@pnp/sp/lists';

import type {
  ApprovalAction,
  ApprovalState,
  IApprovalLogEntry,
  IKpiDefinition,
  IKpiHistoryPoint,
  IKpiSeries,
  IKpiValue,
  IManagedObject,
  IPerson,
  IQuarter,
  IReportSnapshot,
  IStatusReport,
  QuarterNumber
} from '../../domain/model';
import { compareQuarters, nextQuarter, sameQuarterLastYear } from '../../domain/quarter';
import { listSpec, listTitle, type ListKey } from '../schema/schema';
import {
  PART_LISTS,
  approvalFrom,
  headerRow,
  kpiDefinitionFrom,
  kpiDefinitionRow,
  partRowKey,
  partRows,
  reportRowKey,
  reportFromRows,
  rowDiffers,
  type PartListKey,
  type Row
} from './mapping';
import type {
  IEditableReport,
  IReportForEditing,
  IReportForReading,
  IReportSummary,
  IStatusReportRepository,
  IUserPermissions,
  RepositoryError,
  RepositoryResult
} from './IStatusReportRepository';

/** Requests per $batch. PnPjs defaults to 20 and splits larger batches into several round trips. */
const MAX_BATCH_REQUESTS = 100;
/** Page size of list queries (the list view threshold). */
const PAGE = 5000;

/** Rows that need no ETag are read without OData metadata: a smaller response to build and parse. */
const NO_METADATA = InjectHeaders({ Accept: 'application/json;odata=nometadata' });

/** SharePoint content approval status (_ModerationStatus). */
const MODERATION = { approved: 0, denied: 1, pending: 2, draft: 3 } as const;

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

/** What the repository remembers about a report it handed out, to plan the next save. */
interface ISaveState {
  readonly rows: Record<PartListKey, Row[]>;
  readonly definitions: Row[];
  /** Version to send as If-Match: differs from `loaded.version` after our own half-finished save. */
  version: string;
  /** Token of our last save that failed half-way (its header write may have gone through). */
  failedToken?: string;
}

export interface IRepositoryOptions {
  /** Clock for log entries and snapshots (tests). */
  readonly now?: () => Date;
}

const ok = <T>(value: T): RepositoryResult<T> => ({ kind: 'ok', value });

function emptyParts<T>(make: () => T): Record<PartListKey, T> {
  const r = {} as Record<PartListKey, T>;
  PART_LISTS.forEach((p) => {
    r[p] = make();
  });
  return r;
}

function newToken(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function etagOf(row: Row): string {
  const e = row['odata.etag'] ?? (row.__metadata as { etag?: string } | undefined)?.etag;
  return typeof e === 'string' ? e : '';
}

function errorStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown } | undefined)?.status;
  return typeof s === 'number' ? s : undefined;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function isDuplicateKey(e: unknown): boolean {
  return /SPDuplicateValuesFoundException|duplicate value|unique/i.test(errorText(e));
}

/** Maps a thrown PnPjs/fetch error to a typed repository error. */
export function toRepositoryError(e: unknown): RepositoryError {
  const status = errorStatus(e);
  const text = errorText(e);
  if (status === 401 || status === 403) return { kind: 'forbidden', messageKey: 'data.error.forbidden' };
  if (status === 404 && /List '.*' does not exist|list.*not exist/i.test(text)) {
    return { kind: 'notProvisioned', messageKey: 'data.error.notProvisioned' };
  }
  if (status === 404) return { kind: 'notFound', messageKey: 'data.error.notFound' };
  if (status === 429 || status === 503) return { kind: 'throttled', messageKey: 'data.error.throttled' };
  if (isDuplicateKey(e)) return { kind: 'alreadyExists', messageKey: 'data.error.alreadyExists' };
  if (status === undefined && (e instanceof TypeError || /fetch failed|network|ECONNRESET|socket/i.test(text))) {
    return { kind: 'network', messageKey: 'data.error.network' };
  }
  return { kind: 'unexpected', messageKey: 'data.error.unexpected', status, detail: text.slice(0, 500) };
}

function q(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v) || 0;
}

function quarterOf(row: Row): IQuarter {
  return { year: num(row.PeriodYear), quarter: (num(row.PeriodQuarter) || 1) as QuarterNumber };
}

function moderationToApproval(status: unknown): ApprovalState {
  switch (num(status)) {
    case MODERATION.approved:
      return 'approved';
    case MODERATION.denied:
      return 'returned';
    case MODERATION.pending:
      return 'pending';
    default:
      return 'draft';
  }
}

const HEADER_SELECT = [
  'Id',
  'RowKey',
  'ObjectKey',
  'ObjectTitle',
  'PeriodYear',
  'PeriodQuarter',
  'CoordinatorName',
  'CoordinatorEmail',
  'Mission',
  'KpiSectionTitle',
  'KpiDefinitionKeys',
  'ChartCaption',
  'EconomyItems',
  'EconomyAssessment',
  'FteStart',
  'FteEnd',
  'ApprovalState',
  'Revision',
  'SaveToken',
  'Modified'
];

/** Columns of a list as selected in queries: only our own columns (no system fields), Lookups as <Name>Id. */
export function selectFor(key: ListKey): string[] {
  const cols = listSpec(key)
    .columns.filter((c) => c.type !== 'User')
    .map((c) => (c.type === 'Lookup' ? `${c.name}Id` : c.name));
  return ['Id', ...cols];
}

const SNAPSHOT_SELECT = [
  'Id',
  'ReportId',
  'Revision',
  'SnapshotJson',
  'SubmittedByName',
  'SubmittedAt',
  'OData__ModerationStatus',
  'OData__ModerationComments',
  'Modified',
  'Editor/Title',
  'Editor/EMail'
];

export class PnPStatusReportRepository implements IStatusReportRepository {
  private readonly saveStates: WeakMap<IEditableReport, ISaveState> = new WeakMap();
  private currentUser: IPerson | undefined;
  /** createReport calls that stopped after the header was (maybe) written, by report row key. */
  private readonly unfinishedCreates: Record<string, { token: string; id?: number }> = {};
  /** Object key of each report id seen, so a later load can fetch the object's definitions in the same batch. */
  private readonly objectOfReport: Record<number, string> = {};
  private readonly now: () => Date;

  public constructor(private readonly sp: SPFI, options: IRepositoryOptions = {}) {
    this.now = options.now ?? (() => new Date());
  }

  // ---------------------------------------------------------------- reading

  public async getPermissions(): Promise<RepositoryResult<IUserPermissions>> {
    return this.guard(async () => {
      const r = await this.batch((b) => [
        b.web.getCurrentUserEffectivePermissions(),
        b.web.lists.getByTitle(listTitle('reports')).getCurrentUserEffectivePermissions(),
        b.web.lists.getByTitle(listTitle('snapshots')).getCurrentUserEffectivePermissions()
      ]);
      if (r.kind !== 'ok') return r;
      const [web, reports, snapshots] = r.value.map((s) => (s.ok ? s.value : undefined)) as Parameters<SPFI['web']['hasPermissions']>[0][];
      if (!reports || !snapshots) return { kind: 'notProvisioned', messageKey: 'data.error.notProvisioned' };
      const has = (p: Parameters<SPFI['web']['hasPermissions']>[0] | undefined, k: PermissionKind): boolean =>
        p !== undefined && this.sp.web.hasPermissions(p, k);
      return ok({
        canRead: has(reports, PermissionKind.ViewListItems),
        canEdit: has(reports, PermissionKind.EditListItems),
        canApprove: has(snapshots, PermissionKind.ApproveItems),
        canManageLists: has(web, PermissionKind.ManageLists)
      });
    });
  }

  public async listObjects(): Promise<RepositoryResult<readonly IManagedObject[]>> {
    return this.guard(async () => {
      const rows: Row[] = await this.list('objects').items.select('Title', 'ObjectKey').orderBy('ObjectKey').top(PAGE)();
      return ok(rows.map((r) => ({ key: String(r.ObjectKey), title: String(r.Title ?? '') })));
    });
  }

  public async ensureObject(object: IManagedObject): Promise<RepositoryResult<IManagedObject>> {
    return this.guard(async () => {
      const items = this.list('objects').items;
      const existing: Row[] = await items.filter(`ObjectKey eq ${q(object.key)}`).select('Id', 'Title')();
      if (existing.length === 0) {
        await items.add({ Title: object.title, ObjectKey: object.key });
      } else if (existing[0].Title !== object.title) {
        await items.getById(num(existing[0].Id)).update({ Title: object.title });
      }
      return ok(object);
    });
  }

  public async listReports(objectKey: string): Promise<RepositoryResult<readonly IReportSummary[]>> {
    return this.guard(async () => {
      const rows: Row[] = await this.list('reports')
        .items.filter(`ObjectKey eq ${q(objectKey)}`)
        .select('Id', 'ObjectKey', 'ObjectTitle', 'PeriodYear', 'PeriodQuarter', 'ApprovalState', 'CoordinatorName', 'CoordinatorEmail', 'Revision', 'Modified')
        .top(PAGE)();
      rows.forEach((r) => {
        this.objectOfReport[num(r.Id)] = String(r.ObjectKey);
      });
      const summaries = rows.map(
        (r): IReportSummary => ({
          id: num(r.Id),
          objectKey: String(r.ObjectKey),
          objectTitle: String(r.ObjectTitle ?? ''),
          period: quarterOf(r),
          approval: approvalFrom(r.ApprovalState),
          coordinator:
            typeof r.CoordinatorEmail === 'string'
              ? { displayName: String(r.CoordinatorName ?? ''), email: r.CoordinatorEmail }
              : { displayName: String(r.CoordinatorName ?? '') },
          revision: num(r.Revision),
          modified: String(r.Modified ?? '')
        })
      );
      summaries.sort((a, b) => compareQuarters(b.period, a.period));
      return ok(summaries);
    });
  }

  public async loadReportForEditing(reportId: number, objectKey?: string): Promise<RepositoryResult<IReportForEditing>> {
    return this.guard(async () => {
      const loaded = await this.loadFull(reportId, true, objectKey);
      if (loaded.kind !== 'ok') return loaded;
      return ok({ editable: loaded.value.editable, history: loaded.value.history ?? [] });
    });
  }

  public async loadKpiHistory(objectKey: string): Promise<RepositoryResult<readonly IKpiSeries[]>> {
    return this.guard(async () => {
      const r = await this.batch((b) => this.historyRequests(b, objectKey));
      if (r.kind !== 'ok') return r;
      const failed = r.value.find((s) => !s.ok);
      if (failed && !failed.ok) return toRepositoryError(failed.error);
      return ok(buildHistory(r.value[0].ok ? (r.value[0].value as Row[]) : [], r.value[1].ok ? (r.value[1].value as Row[]) : []));
    });
  }

  public async loadApprovedReport(objectKey: string, period?: IQuarter): Promise<RepositoryResult<IReportForReading>> {
    return this.guard(async () => {
      const r = await this.batch((b) => {
        let filter = `ObjectKey eq ${q(objectKey)} and OData__ModerationStatus eq ${MODERATION.approved}`;
        if (period) filter += ` and PeriodYear eq ${period.year} and PeriodQuarter eq ${period.quarter}`;
        return [
          b.web.lists
            .getByTitle(listTitle('snapshots'))
            .items.filter(filter)
            .select(...SNAPSHOT_SELECT)
            .expand('Editor')
            .orderBy('PeriodYear', false)
            .orderBy('PeriodQuarter', false)
            .orderBy('Revision', false)
            .top(1)(),
          ...this.historyRequests(b, objectKey)
        ];
      });
      if (r.kind !== 'ok') return r;
      const failed = r.value.find((s) => !s.ok);
      if (failed && !failed.ok) return toRepositoryError(failed.error);
      const [snaps, values, defs] = r.value.map((s) => (s.ok ? (s.value as Row[]) : []));
      const history = buildHistory(values, defs);
      return ok(snaps.length > 0 ? { snapshot: snapshotFrom(snaps[0]), history } : { history });
    });
  }

  public async loadApprovalLog(reportId: number): Promise<RepositoryResult<readonly IApprovalLogEntry[]>> {
    return this.guard(async () => {
      const rows: Row[] = await this.list('approvalLog')
        .items.filter(`ReportId eq ${reportId}`)
        .select('Action', 'ActorName', 'ActorEmail', 'ActionAt', 'LogComment', 'Revision')
        .orderBy('ActionAt', true)
        .top(PAGE)();
      return ok(
        rows.map(
          (r): IApprovalLogEntry => ({
            action: String(r.Action) as ApprovalAction,
            by: personFrom(r.ActorName, r.ActorEmail),
            at: String(r.ActionAt ?? ''),
            comment: String(r.LogComment ?? ''),
            revision: num(r.Revision)
          })
        )
      );
    });
  }

  // ---------------------------------------------------------------- writing

  public async createReport(report: IStatusReport): Promise<RepositoryResult<IEditableReport>> {
    return this.guard(async () => {
      const objectKey = report.header.objectKey;
      const draft: IStatusReport = { ...report, header: { ...report.header, approval: 'draft' } };
      const rowKey = reportRowKey(objectKey, report.header.period);
      const unfinished = this.unfinishedCreates[rowKey];
      if (unfinished) {
        // An earlier createReport of this report stopped half-way: find its header and finish it.
        const resumed = await this.resumeCreate(rowKey, unfinished, draft);
        if (resumed !== undefined) return resumed;
      }
      const defs: Row[] = await this.list('kpiDefinitions')
        .items.filter(`ObjectKey eq ${q(objectKey)}`)
        .select('Id', 'RowKey', 'Title', 'DefinitionKey', 'Unit', 'Category')
        .top(PAGE)();
      const token = newToken();
      this.unfinishedCreates[rowKey] = { token };
      let added: Row;
      try {
        added = await this.list('reports').items.add({ ...headerRow(draft), ApprovalState: 'draft', Revision: 0, SaveToken: token });
      } catch (e) {
        const error = toRepositoryError(e);
        if (error.kind === 'alreadyExists') delete this.unfinishedCreates[rowKey];
        return error;
      }
      const id = num(added.Id);
      this.unfinishedCreates[rowKey] = { token, id };
      this.objectOfReport[id] = objectKey;
      const state: ISaveState = { rows: emptyParts<Row[]>(() => []), definitions: defs, version: etagOf(added) };
      const written = await this.writeRows(id, draft, state, true);
      if (written !== undefined) return written;
      delete this.unfinishedCreates[rowKey];
      const editable: IEditableReport = {
        id,
        report: draft,
        version: state.version,
        revision: 0,
        modified: String(added.Modified ?? '')
      };
      this.saveStates.set(editable, state);
      return ok(editable);
    });
  }

  /** Finishes a half-done createReport: the header (recognised by its save token) exists, the rows may not. */
  private async resumeCreate(
    rowKey: string,
    unfinished: { token: string; id?: number },
    draft: IStatusReport
  ): Promise<RepositoryResult<IEditableReport> | undefined> {
    const found: Row[] = await this.list('reports').items.filter(`RowKey eq ${q(rowKey)}`).select('Id', 'SaveToken')();
    if (found.length === 0 || found[0].SaveToken !== unfinished.token) {
      delete this.unfinishedCreates[rowKey];
      return undefined;
    }
    const loaded = await this.loadFull(num(found[0].Id), false);
    if (loaded.kind !== 'ok') return loaded;
    const saved = await this.saveReport(loaded.value.editable, draft);
    if (saved.kind === 'ok') delete this.unfinishedCreates[rowKey];
    return saved;
  }

  public async saveReport(loaded: IEditableReport, edited: IStatusReport): Promise<RepositoryResult<IEditableReport>> {
    return this.guard(async () => {
      let state = this.saveStates.get(loaded);
      if (!state || state.failedToken !== undefined) {
        // Unknown or uncertain row state (new instance, or after a half-finished save): read it first.
        const fresh = await this.loadFull(loaded.id, false);
        if (fresh.kind !== 'ok') return fresh;
        const freshState = this.saveStates.get(fresh.value.editable) as ISaveState;
        const ours = state?.failedToken !== undefined && fresh.value.saveToken === state.failedToken;
        if (fresh.value.editable.version !== loaded.version && !ours) {
          return { kind: 'conflict', messageKey: 'data.error.conflict', mine: edited, theirs: fresh.value.editable };
        }
        state = { ...freshState, version: fresh.value.editable.version };
      }
      const token = newToken();
      const approval = loaded.report.header.approval;
      const report: IStatusReport = { ...edited, header: { ...edited.header, approval } };
      let version: string;
      try {
        const res = (await this.list('reports')
          .items.getById(loaded.id)
          .update({ ...headerRow(report), SaveToken: token }, state.version)) as { etag?: string } | undefined;
        version = res?.etag ?? '';
      } catch (e) {
        if (errorStatus(e) === 412) {
          const theirs = await this.loadFull(loaded.id, false);
          if (theirs.kind !== 'ok') return theirs;
          return { kind: 'conflict', messageKey: 'data.error.conflict', mine: edited, theirs: theirs.value.editable };
        }
        const error = toRepositoryError(e);
        if (error.kind === 'network' || error.kind === 'throttled' || error.kind === 'unexpected') {
          // The header write may have reached the server: the repeat recognises it by this token.
          this.saveStates.set(loaded, { ...state, failedToken: token });
        }
        return error;
      }
      const newState: ISaveState = { rows: state.rows, definitions: state.definitions, version, failedToken: undefined };
      const next: IEditableReport = { id: loaded.id, report, version, revision: loaded.revision, modified: this.now().toISOString() };
      if (!version) {
        // The server did not return the new ETag: read it back so the next save is guarded.
        const header: Row = await this.list('reports').items.getById(loaded.id).select('Id', 'Modified')();
        newState.version = etagOf(header);
        (next as { version: string }).version = newState.version;
      }
      const coordinatorChanged = report.header.coordinator.email !== loaded.report.header.coordinator.email;
      const failure = await this.writeRows(loaded.id, report, newState, coordinatorChanged);
      (next as { version: string }).version = newState.version;
      if (failure !== undefined) {
        newState.failedToken = token;
        // Remember on the original too, so repeating the same save call recovers.
        this.saveStates.set(loaded, newState);
        return failure;
      }
      this.saveStates.set(next, newState);
      return ok(next);
    });
  }

  public async createNextQuarterDraft(objectKey: string): Promise<RepositoryResult<IEditableReport>> {
    return this.guard(async () => {
      const reports = await this.listReports(objectKey);
      if (reports.kind !== 'ok') return reports;
      if (reports.value.length === 0) return { kind: 'notFound', messageKey: 'data.error.notFound' };
      const latest = reports.value[0];
      const loaded = await this.loadFull(latest.id, false);
      if (loaded.kind !== 'ok') return loaded;
      const prev = loaded.value.editable.report;
      const period = nextQuarter(prev.header.period);
      const lastYear = sameQuarterLastYear(period);
      const lastYearRows: Row[] = await this.list('kpiValues')
        .items.filter(`ObjectKey eq ${q(objectKey)} and PeriodYear eq ${lastYear.year}`)
        .select('DefinitionKey', 'PeriodQuarter', 'CurrentText', 'CurrentNumber', 'CurrentQualifier')
        .top(PAGE)();
      const lastYearValue = (key: string): IKpiValue | undefined => {
        const row = lastYearRows.find((r) => r.DefinitionKey === key && num(r.PeriodQuarter) === lastYear.quarter);
        if (!row || typeof row.CurrentText !== 'string') return undefined;
        const v: { text: string; number?: number; qualifier?: string } = { text: row.CurrentText };
        if (typeof row.CurrentNumber === 'number') v.number = row.CurrentNumber;
        if (typeof row.CurrentQualifier === 'string') v.qualifier = row.CurrentQualifier;
        return v;
      };
      const draft: IStatusReport = {
        header: { ...prev.header, period, approval: 'draft' },
        events: [],
        kpiSectionTitle: prev.kpiSectionTitle,
        kpiDefinitions: prev.kpiDefinitions,
        kpis: prev.kpiDefinitions.map((d) => {
          const previous = lastYearValue(d.key);
          return previous ? { definitionKey: d.key, previous, comment: '' } : { definitionKey: d.key, comment: '' };
        }),
        meetings: prev.meetings,
        chartCaption: '',
        problems: prev.problems.filter((p) => p.status === 'open'),
        activities: prev.activities.filter((a) => a.status !== 'done'),
        economy: { items: [], assessment: 'notAssessed' },
        staffing: prev.staffing.fteEnd !== undefined ? { fteStart: prev.staffing.fteEnd, items: [] } : { items: [] },
        communication: []
      };
      return this.createReport(draft);
    });
  }

  public async submitReport(reportId: number, comment?: string): Promise<RepositoryResult<IReportSnapshot>> {
    return this.guard(async () => {
      const loaded = await this.loadFull(reportId, false);
      if (loaded.kind !== 'ok') return loaded;
      const latest: Row[] = await this.list('snapshots')
        .items.filter(`ReportId eq ${reportId}`)
        .select('Id', 'Revision', 'SnapshotJson', 'OData__ModerationStatus')
        .orderBy('Revision', false)
        .top(1)();
      const user = await this.me();
      const { editable } = loaded.value;
      const report: IStatusReport = { ...editable.report, header: { ...editable.report.header, approval: 'pending' } };
      const last = latest[0];
      const lastRevision = last ? num(last.Revision) : 0;
      // A submit that stopped after writing its snapshot (the header still has the older revision):
      // finish it instead of freezing the same content again.
      if (last && lastRevision > editable.revision && num(last.OData__ModerationStatus) === MODERATION.pending) {
        const stored = JSON.parse(String(last.SnapshotJson)) as IReportSnapshot;
        if (JSON.stringify(stored.report) === JSON.stringify(report)) {
          const fin = await this.batch((b) => [
            b.web.lists.getByTitle(listTitle('reports')).items.getById(reportId).update({ ApprovalState: 'pending', Revision: lastRevision }),
            this.logRequest(b, reportId, 'submitted', user, stored.submittedAt, stored.comment ?? '', lastRevision)
          ]);
          if (fin.kind !== 'ok') return fin;
          const ff = fin.value.find((x) => !x.ok);
          if (ff && !ff.ok) return toRepositoryError(ff.error);
          return ok(stored);
        }
      }
      const revision = Math.max(editable.revision, lastRevision) + 1;
      const at = this.now().toISOString();
      const snapshot: IReportSnapshot = {
        report,
        revision,
        submittedBy: user,
        submittedAt: at,
        approval: 'pending',
        ...(comment ? { comment } : {})
      };
      const { objectKey, period } = report.header;
      // The snapshot is written first; its RowKey (report id + revision) is unique, so it is never frozen twice.
      const r = await this.batch((b) => [
        b.web.lists.getByTitle(listTitle('snapshots')).items.add({
          Title: `${objectKey} ${period.year} Q${period.quarter} r${revision}`,
          RowKey: `${reportId}/r${revision}`,
          ReportId: reportId,
          ObjectKey: objectKey,
          PeriodYear: period.year,
          PeriodQuarter: period.quarter,
          Revision: revision,
          SnapshotJson: JSON.stringify(snapshot),
          SubmittedByName: user.displayName,
          SubmittedAt: at
        }),
        b.web.lists.getByTitle(listTitle('reports')).items.getById(reportId).update({ ApprovalState: 'pending', Revision: revision }),
        this.logRequest(b, reportId, 'submitted', user, at, comment ?? '', revision)
      ]);
      if (r.kind !== 'ok') return r;
      const failed = r.value.find((x) => !x.ok);
      if (failed && !failed.ok) return toRepositoryError(failed.error);
      return ok(snapshot);
    });
  }

  public async approveReport(reportId: number, comment?: string): Promise<RepositoryResult<IReportSnapshot>> {
    return this.decide(reportId, 'approved', comment ?? '');
  }

  public async returnReport(reportId: number, comment: string): Promise<RepositoryResult<IReportSnapshot>> {
    return this.decide(reportId, 'returned', comment);
  }

  // ---------------------------------------------------------------- internals

  private async decide(reportId: number, action: 'approved' | 'returned', comment: string): Promise<RepositoryResult<IReportSnapshot>> {
    return this.guard(async () => {
      const r = await this.batch((b) => [
        b.web.lists
          .getByTitle(listTitle('snapshots'))
          .items.filter(`ReportId eq ${reportId}`)
          .select(...SNAPSHOT_SELECT)
          .expand('Editor')
          .orderBy('Revision', false)
          .top(1)(),
        b.web.lists
          .getByTitle(listTitle('kpiValues'))
          .items.filter(`ReportId eq ${reportId}`)
          .select('Id', 'DefinitionKey', 'IsApproved', 'ApprovedNumber')
          .top(PAGE)(),
        b.web.currentUser.select('Title', 'Email')()
      ]);
      if (r.kind !== 'ok') return r;
      const failed = r.value.find((s) => !s.ok);
      if (failed && !failed.ok) return toRepositoryError(failed.error);
      const [snaps, values] = [r.value[0], r.value[1]].map((s) => (s.ok ? (s.value as Row[]) : []));
      const me = r.value[2].ok ? (r.value[2].value as Row) : {};
      const user = personFrom(me.Title, me.Email);
      this.currentUser = user;
      if (snaps.length === 0) return { kind: 'notFound', messageKey: 'data.error.notFound' };
      const snapRow = snaps[0];
      if (num(snapRow.OData__ModerationStatus) !== MODERATION.pending) {
        return { kind: 'invalidState', messageKey: 'data.error.invalidState' };
      }
      const at = this.now().toISOString();
      const snapshot = snapshotFrom(snapRow);
      const revision = snapshot.revision;
      const decided: IReportSnapshot = {
        ...snapshot,
        report: { ...snapshot.report, header: { ...snapshot.report.header, approval: action } },
        approval: action,
        approvedBy: user,
        approvedAt: at,
        comment
      };
      const w = await this.batch((b) => {
        const reqs: Promise<unknown>[] = [
          b.web.lists
            .getByTitle(listTitle('snapshots'))
            .items.getById(num(snapRow.Id))
            .validateUpdateListItem([
              { FieldName: '_ModerationStatus', FieldValue: String(action === 'approved' ? MODERATION.approved : MODERATION.denied) },
              { FieldName: '_ModerationComments', FieldValue: comment }
            ])
            .then((res) => {
              const bad = res.find((f) => f.HasException);
              if (bad) throw Object.assign(new Error(bad.ErrorMessage ?? 'validateUpdateListItem failed'), { status: 403 });
              return res;
            }),
          b.web.lists.getByTitle(listTitle('reports')).items.getById(reportId).update({ ApprovalState: action })
        ];
        if (action === 'approved') {
          // The trend takes the numbers of the approved snapshot, whatever the rows hold now.
          values.forEach((v) => {
            const entry = snapshot.report.kpis.find((k) => k.definitionKey === v.DefinitionKey);
            const approvedNumber = entry?.current?.number;
            const wanted: Row = { IsApproved: entry !== undefined, ApprovedNumber: approvedNumber === undefined ? null : approvedNumber };
            if (v.IsApproved !== wanted.IsApproved || (v.ApprovedNumber ?? null) !== wanted.ApprovedNumber) {
              reqs.push(b.web.lists.getByTitle(listTitle('kpiValues')).items.getById(num(v.Id)).update(wanted));
            }
          });
        }
        reqs.push(this.logRequest(b, reportId, action, user, at, comment, revision));
        return reqs;
      });
      if (w.kind !== 'ok') return w;
      const wf = w.value.find((s) => !s.ok);
      if (wf && !wf.ok) return toRepositoryError(wf.error);
      return ok(decided);
    });
  }

  private logRequest(b: SPFI, reportId: number, action: ApprovalAction, user: IPerson, at: string, comment: string, revision: number): Promise<unknown> {
    return b.web.lists.getByTitle(listTitle('approvalLog')).items.add({
      Title: `${action} r${revision}`,
      ReportId: reportId,
      Action: action,
      ActorName: user.displayName,
      ActorEmail: user.email ?? null,
      ActionAt: at,
      LogComment: comment,
      Revision: revision
    });
  }

  private async me(): Promise<IPerson> {
    if (!this.currentUser) {
      const u: Row = await this.sp.web.currentUser.select('Title', 'Email')();
      this.currentUser = personFrom(u.Title, u.Email);
    }
    return this.currentUser;
  }

  private historyRequests(b: SPFI, objectKey: string): Promise<unknown>[] {
    return [
      b.web.lists
        .getByTitle(listTitle('kpiValues'))
        .items.using(NO_METADATA)
        .filter(`ObjectKey eq ${q(objectKey)} and IsApproved eq 1`)
        .select('DefinitionKey', 'PeriodYear', 'PeriodQuarter', 'ApprovedNumber')
        .top(PAGE)(),
      b.web.lists
        .getByTitle(listTitle('kpiDefinitions'))
        .items.using(NO_METADATA)
        .filter(`ObjectKey eq ${q(objectKey)}`)
        .select('Id', 'RowKey', 'Title', 'DefinitionKey', 'Unit', 'Category')
        .top(PAGE)()
    ];
  }

  /**
   * Loads a report's header and every part in one $batch (with the object's KPI history when
   * asked), and remembers the rows for the next save.
   */
  private async loadFull(
    reportId: number,
    withHistory: boolean,
    objectKeyHint?: string
  ): Promise<RepositoryResult<{ editable: IEditableReport; history?: IKpiSeries[]; saveToken: string }>> {
    // Definitions and history are filtered by object; when the object of the report is known
    // (argument or remembered from an earlier call) they travel in the same batch.
    const hinted: string | undefined = objectKeyHint ?? this.objectOfReport[reportId];
    const known = hinted !== undefined;
    const r = await this.batch((b) => [
      b.web.lists
        .getByTitle(listTitle('reports'))
        .items.getById(reportId)
        .select(...HEADER_SELECT)(),
      ...PART_LISTS.map((p) =>
        b.web.lists
          .getByTitle(listTitle(p))
          .items.using(NO_METADATA)
          .filter(`ReportId eq ${reportId}`)
          .select(...selectFor(p))
          .top(PAGE)()
      ),
      ...(known ? this.historyRequests(b, hinted as string) : [])
    ]);
    if (r.kind !== 'ok') return r;
    const failed = r.value.find((s) => !s.ok);
    if (failed && !failed.ok) return toRepositoryError(failed.error);
    const values = r.value.map((s) => (s as { value: unknown }).value);
    const header = values[0] as Row;
    const parts = emptyParts<Row[]>(() => []);
    PART_LISTS.forEach((p, i) => {
      parts[p] = values[i + 1] as Row[];
    });
    let historyRows: Row[];
    let defRows: Row[];
    const objectKey = String(header.ObjectKey ?? '');
    if (known && objectKey === hinted) {
      historyRows = values[PART_LISTS.length + 1] as Row[];
      defRows = values[PART_LISTS.length + 2] as Row[];
    } else {
      const h = await this.batch((b) => this.historyRequests(b, objectKey));
      if (h.kind !== 'ok') return h;
      const hf = h.value.find((s) => !s.ok);
      if (hf && !hf.ok) return toRepositoryError(hf.error);
      historyRows = (h.value[0] as { value: Row[] }).value;
      defRows = (h.value[1] as { value: Row[] }).value;
    }
    this.objectOfReport[reportId] = objectKey;
    const definitions = defRows.map(kpiDefinitionFrom);
    const report = reportFromRows(header, parts, definitions);
    const editable: IEditableReport = {
      id: reportId,
      report,
      version: etagOf(header),
      revision: num(header.Revision),
      modified: String(header.Modified ?? '')
    };
    this.saveStates.set(editable, { rows: parts, definitions: defRows, version: editable.version });
    const history = withHistory ? buildHistory(historyRows, defRows) : undefined;
    return ok({ editable, history, saveToken: String(header.SaveToken ?? '') });
  }

  /**
   * Writes the part rows and KPI definitions of a report as one $batch of idempotent upserts:
   * update rows whose key exists and differs, add missing keys, delete keys past the end.
   * Updates `state` with what was confirmed written. Returns an error when any write failed.
   */
  private async writeRows(
    reportId: number,
    report: IStatusReport,
    state: ISaveState,
    setCoordinator: boolean = false
  ): Promise<RepositoryError | undefined> {
    const desired = partRows(report);
    const planned: { part: PartListKey | 'kpiDefinitions'; key: string; row?: Row; op: 'add' | 'update' | 'delete'; id?: number }[] = [];
    PART_LISTS.forEach((part) => {
      const existing: Record<string, Row> = {};
      state.rows[part].forEach((r) => {
        existing[String(r.RowKey)] = r;
      });
      desired[part].forEach((row, index) => {
        const key = partRowKey(reportId, part, index);
        const full: Row = { ...row, RowKey: key, SortOrder: index, ReportId: reportId };
        const cur = existing[key];
        if (!cur) planned.push({ part, key, row: full, op: 'add' });
        else if (rowDiffers(cur, full)) planned.push({ part, key, row: full, op: 'update', id: num(cur.Id) });
        delete existing[key];
      });
      Object.keys(existing).forEach((key) => planned.push({ part, key, op: 'delete', id: num(existing[key].Id) }));
    });
    const defsByKey: Record<string, Row> = {};
    state.definitions.forEach((d) => {
      defsByKey[String(d.RowKey)] = d;
    });
    report.kpiDefinitions.forEach((d) => {
      const row = kpiDefinitionRow(report.header.objectKey, d);
      const cur = defsByKey[String(row.RowKey)];
      if (!cur) planned.push({ part: 'kpiDefinitions', key: String(row.RowKey), row, op: 'add' });
      else if (rowDiffers(cur, row)) planned.push({ part: 'kpiDefinitions', key: String(row.RowKey), row, op: 'update', id: num(cur.Id) });
    });
    const email = report.header.coordinator.email;
    const personWrite = setCoordinator && email !== undefined && email !== '';
    if (planned.length === 0 && !personWrite) return undefined;

    const r = await this.batch((b) => {
      const writes = planned.map((p) => {
        const items = b.web.lists.getByTitle(listTitle(p.part)).items;
        if (p.op === 'add') return items.add(p.row);
        if (p.op === 'update') return items.getById(p.id as number).update(p.row as Row);
        return items.getById(p.id as number).delete();
      });
      if (personWrite) {
        // The Person column: SharePoint resolves the e-mail to a site user. A person it cannot
        // resolve leaves the column as it was (the name and e-mail as written are kept anyway).
        const header = b.web.lists.getByTitle(listTitle('reports')).items.getById(reportId);
        writes.push(
          header
            .validateUpdateListItem([{ FieldName: 'Coordinator', FieldValue: JSON.stringify([{ Key: email }]) }])
            .then(() => undefined, () => undefined)
        );
        // That write moved the header's ETag: read the new one so the next save is not a false conflict.
        writes.push(
          b.web.lists
            .getByTitle(listTitle('reports'))
            .items.getById(reportId)
            .select('Id')()
            .then((h: Row) => {
              state.version = etagOf(h) || state.version;
            })
        );
      }
      return writes;
    });
    if (r.kind !== 'ok') return r;
    // Apply what succeeded to the remembered rows.
    let firstError: unknown;
    planned.forEach((p, i) => {
      const s = r.value[i];
      if (!s.ok) {
        firstError = firstError ?? s.error;
        return;
      }
      const rows = p.part === 'kpiDefinitions' ? state.definitions : state.rows[p.part];
      const at = rows.findIndex((x) => x.RowKey === p.key);
      if (p.op === 'delete') {
        if (at >= 0) rows.splice(at, 1);
      } else {
        const merged: Row = p.op === 'add' ? { ...(p.row as Row), Id: num((s.value as Row).Id) } : { ...rows[at], ...(p.row as Row) };
        if (at >= 0) rows[at] = merged;
        else rows.push(merged);
      }
    });
    if (firstError !== undefined) {
      const err = toRepositoryError(firstError);
      return err.kind === 'forbidden' ? err : { kind: 'partialSave', messageKey: 'data.error.partialSave' };
    }
    return undefined;
  }

  private list(key: ListKey): IList {
    return this.sp.web.lists.getByTitle(listTitle(key));
  }

  /** Runs requests in one $batch; each request's outcome is settled separately (batches are not atomic). */
  private async batch(build: (b: SPFI) => Promise<unknown>[]): Promise<RepositoryResult<Settled[]>> {
    const [b, execute] = this.sp.batched({ maxRequests: MAX_BATCH_REQUESTS });
    const settled: Promise<Settled>[] = build(b).map((p) =>
      p.then(
        (value): Settled => ({ ok: true, value }),
        (error: unknown): Settled => ({ ok: false, error })
      )
    );
    try {
      await execute();
    } catch (e) {
      return toRepositoryError(e);
    }
    return ok(await Promise.all(settled));
  }

  /** Turns anything thrown into a typed error (the interface never rejects for expected failures). */
  private async guard<T>(run: () => Promise<RepositoryResult<T>>): Promise<RepositoryResult<T>> {
    try {
      return await run();
    } catch (e) {
      return toRepositoryError(e);
    }
  }
}

function personFrom(name: unknown, email: unknown): IPerson {
  return typeof email === 'string' && email ? { displayName: String(name ?? ''), email } : { displayName: String(name ?? '') };
}

function snapshotFrom(row: Row): IReportSnapshot {
  const stored = JSON.parse(String(row.SnapshotJson)) as IReportSnapshot;
  const approval = moderationToApproval(row.OData__ModerationStatus);
  const report: IStatusReport = { ...stored.report, header: { ...stored.report.header, approval } };
  const base: IReportSnapshot = { ...stored, report, approval };
  if (approval === 'approved' || approval === 'returned') {
    const editor = row.Editor as Row | undefined;
    const comment = row.OData__ModerationComments;
    return {
      ...base,
      approvedBy: stored.approvedBy ?? personFrom(editor?.Title, editor?.EMail),
      approvedAt: stored.approvedAt ?? String(row.Modified ?? ''),
      ...(typeof comment === 'string' && comment ? { comment } : {})
    };
  }
  return base;
}

/** Builds one series per KPI definition from approved value rows; a gap where a quarter has no number. */
export function buildHistory(values: readonly Row[], definitionRows: readonly Row[]): IKpiSeries[] {
  const periods: IQuarter[] = [];
  const seen: Record<string, boolean> = {};
  values.forEach((v) => {
    const p = quarterOf(v);
    const k = `${p.year}-${p.quarter}`;
    if (!seen[k]) {
      seen[k] = true;
      periods.push(p);
    }
  });
  periods.sort(compareQuarters);
  const definitions: IKpiDefinition[] = definitionRows.map(kpiDefinitionFrom);
  return definitions
    .map((definition): IKpiSeries => {
      const rows = values.filter((v) => v.DefinitionKey === definition.key);
      const points = periods.map((period): IKpiHistoryPoint => {
        const row = rows.find((v) => num(v.PeriodYear) === period.year && num(v.PeriodQuarter) === period.quarter);
        return row && typeof row.ApprovedNumber === 'number' ? { period, value: row.ApprovedNumber } : { period };
      });
      return { definition, points };
    })
    .filter((s) => s.points.some((p) => p.value !== undefined));
}
