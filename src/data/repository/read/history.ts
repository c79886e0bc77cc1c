/** The approved KPI trend of an object. */
import type { IKpiDefinition, IKpiHistoryPoint, IKpiSeries, IQuarter } from '../../../domain/model';
import { compareQuarters } from '../../../domain/quarter';
import type { RepositoryResult } from '../IStatusReportRepository';
import { ok } from '../batch';
import { readPagedInBatch, type ItemsQuery } from './paging';
import { NO_METADATA, list, type IRepositoryContext } from '../context';
import { guard } from '../errors';
import { kpiDefinitionFrom } from '../rows/mapping';
import { definitionSelect, selectOf } from '../rows/select';
import type { KpiDefinitionRow, KpiPointRow } from '../rows/types';
import { num, q, quarterOf } from '../rows/values';

/** The two reads of an object's trend: its approved value rows and its KPI definitions. */
export function historyQueries(ctx: IRepositoryContext, objectKey: string): [ItemsQuery, ItemsQuery] {
  return [
    (sp) =>
      list(sp, 'kpiValues')
        .items.using(NO_METADATA)
        .filter(`ObjectKey eq ${q(objectKey)} and IsApproved eq 1`)
        .select(...selectOf('kpiValues', 'DefinitionKey', 'PeriodYear', 'PeriodQuarter', 'ApprovedNumber'))
        .top(ctx.page),
    (sp) =>
      list(sp, 'kpiDefinitions')
        .items.using(NO_METADATA)
        .filter(`ObjectKey eq ${q(objectKey)}`)
        .select(...definitionSelect())
        .top(ctx.page)
  ];
}

/** Builds one series per KPI definition from approved value rows; a gap where a quarter has no number. */
export function buildHistory(values: readonly KpiPointRow[], definitionRows: readonly KpiDefinitionRow[]): IKpiSeries[] {
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

export function loadKpiHistory(ctx: IRepositoryContext, objectKey: string): Promise<RepositoryResult<readonly IKpiSeries[]>> {
  return guard(async () => {
    const r = await readPagedInBatch(ctx.sp, historyQueries(ctx, objectKey));
    if (r.kind !== 'ok') return r;
    return ok(buildHistory(r.value.lists[0] as KpiPointRow[], r.value.lists[1] as KpiDefinitionRow[]));
  });
}
