import type { IStatusReport } from '../../src/domain/model';
import { PART_LISTS, kpiDefinitionRow, partRowKey, partRows, type PartListKey, type Row } from '../../src/data/repository/rows/mapping';
import { applyWrites, planRowWrites, splitDuplicates, type IStoredRows } from '../../src/data/repository/rows/plan';
import { loadSeedReport } from '../../tools/seed/seedData';

const seed = loadSeedReport();

function none(): Record<PartListKey, Row[]> {
  const r = {} as Record<PartListKey, Row[]>;
  PART_LISTS.forEach((p) => {
    r[p] = [];
  });
  return r;
}

/** The rows as SharePoint would hold them after every write of `report` succeeded (ids from 1). */
function storedAs(reportId: number, report: IStatusReport): IStoredRows {
  const rows = none();
  let id = 1;
  const desired = partRows(report);
  PART_LISTS.forEach((p) => {
    rows[p] = JSON.parse(JSON.stringify(desired[p].map((r, i) => ({ ...r, Id: id++, RowKey: partRowKey(reportId, p, i), SortOrder: i, ReportId: reportId }))));
  });
  return { rows, definitions: report.kpiDefinitions.map((d) => ({ ...kpiDefinitionRow('SHVO', d), Id: id++ })) };
}

describe('row-write planning', () => {
  it('adds every row and definition of a new report, with positional keys', () => {
    const plan = planRowWrites(7, seed, { rows: none(), definitions: [] });
    const parts = partRows(seed);
    const total = PART_LISTS.reduce((n, p) => n + parts[p].length, 0) + seed.kpiDefinitions.length;
    expect(plan).toHaveLength(total);
    expect(plan.every((w) => w.op === 'add')).toBe(true);
    const firstEvent = plan.find((w) => w.list === 'events');
    expect(firstEvent).toMatchObject({ key: '7/events/0000', row: { RowKey: '7/events/0000', SortOrder: 0, ReportId: 7 } });
    expect(plan.filter((w) => w.list === 'kpiDefinitions').map((w) => w.key)).toEqual(seed.kpiDefinitions.map((d) => `SHVO:${d.key}`));
  });

  it('plans nothing for an unchanged report', () => {
    expect(planRowWrites(7, seed, storedAs(7, seed))).toEqual([]);
  });

  it('updates only the rows that changed, deletes rows past the end, adds rows beyond it', () => {
    const stored = storedAs(7, seed);
    const edited: IStatusReport = {
      ...seed,
      events: [{ ...seed.events[0], text: seed.events[0].text + '!' }, ...seed.events.slice(1, 2)],
      communication: [...seed.communication, { text: 'Ny', subItems: [] }]
    };
    const plan = planRowWrites(7, edited, stored);
    const eventIds = stored.rows.events.map((r) => r.Id);
    expect(plan.filter((w) => w.list === 'events')).toEqual([
      expect.objectContaining({ op: 'update', key: '7/events/0000', id: eventIds[0] }),
      ...eventIds.slice(2).map((id, i) => ({ op: 'delete', list: 'events', key: partRowKey(7, 'events', i + 2), id }))
    ]);
    expect(plan.filter((w) => w.list === 'communication')).toEqual([
      expect.objectContaining({ op: 'add', key: partRowKey(7, 'communication', seed.communication.length) })
    ]);
    expect(plan.filter((w) => w.list !== 'events' && w.list !== 'communication')).toEqual([]);
  });

  it('updates a changed KPI definition and never deletes one (they are shared by the object\'s reports)', () => {
    const stored = storedAs(7, seed);
    const edited: IStatusReport = {
      ...seed,
      kpiDefinitions: [{ ...seed.kpiDefinitions[0], label: 'Ny etikett' }]
    };
    const defs = planRowWrites(7, edited, stored).filter((w) => w.list === 'kpiDefinitions');
    expect(defs).toEqual([expect.objectContaining({ op: 'update', key: `SHVO:${seed.kpiDefinitions[0].key}`, row: expect.objectContaining({ Title: 'Ny etikett' }) })]);
  });

  it('applies only the writes that succeeded, so the next plan repeats the failed ones', () => {
    const plan = planRowWrites(7, seed, { rows: none(), definitions: [] });
    const outcomes = plan.map((_, i) => (i % 2 === 0 ? { ok: true as const, added: { Id: 100 + i } } : { ok: false as const }));
    const after = applyWrites({ rows: none(), definitions: [] }, plan, outcomes);
    const again = planRowWrites(7, seed, after);
    expect(again.map((w) => w.key)).toEqual(plan.filter((_, i) => i % 2 === 1).map((w) => w.key));
    expect(after.rows.events[0]).toMatchObject({ Id: 100, RowKey: '7/events/0000' });
    // Deletes that succeeded drop the row; an update merges into the stored row.
    const stored = storedAs(7, seed);
    const shorter: IStatusReport = { ...seed, events: [{ ...seed.events[0], text: 'Ändrad' }] };
    const plan2 = planRowWrites(7, shorter, stored);
    const done = applyWrites(stored, plan2, plan2.map(() => ({ ok: true as const })));
    expect(done.rows.events).toHaveLength(1);
    expect(done.rows.events[0]).toMatchObject({ Id: stored.rows.events[0].Id, ItemText: 'Ändrad' });
    expect(planRowWrites(7, shorter, done)).toEqual([]);
    // The input is not changed.
    expect(stored.rows.events).toHaveLength(seed.events.length);
  });
});

describe('rows repeating a key', () => {
  it('keeps the row with the lowest id and plans the removal of the others', () => {
    const stored = storedAs(7, seed);
    const first = stored.rows.events[0];
    const copy = { ...first, Id: 9000, ItemText: 'kopia' };
    const withCopy: IStoredRows = { ...stored, rows: { ...stored.rows, events: [copy, ...stored.rows.events] } };
    const plan = planRowWrites(7, seed, withCopy);
    expect(plan).toEqual([{ op: 'delete', list: 'events', key: String(first.RowKey), id: 9000 }]);
    const after = applyWrites(withCopy, plan, [{ ok: true }]);
    expect(after.rows.events.map((r) => r.Id)).toEqual(stored.rows.events.map((r) => r.Id));
    expect(splitDuplicates(withCopy.rows.events).kept[0]).toBe(first);
  });
});
