/** The KPI section: its heading, the chart caption, and the KPI definitions rows point to. */
import type { IKpiDefinition, KpiCategory } from '../../../../domain/model';
import { updateRow } from '../../draft/rows';
import type { IReportDraft } from '../../draft/types';

export type KpiAction =
  | { readonly type: 'kpis/setSectionTitle'; readonly value: string }
  | { readonly type: 'kpis/setChartCaption'; readonly value: string }
  /** A row points to a definition; one known from the object's history is brought into the report. */
  | { readonly type: 'kpis/chooseDefinition'; readonly rowId: string; readonly key: string; readonly known?: IKpiDefinition }
  /** A definition the team creates, optionally chosen for a row at once. */
  | { readonly type: 'kpis/createDefinition'; readonly label: string; readonly unit: string; readonly category: KpiCategory; readonly rowId?: string }
  /** The team's headline figures (definition keys in order). */
  | { readonly type: 'kpis/setHeadline'; readonly keys: readonly string[] };

/** An ASCII key from a label, unique among the existing keys ("Antal möten" → "antal-moten"). */
export function definitionKeyFor(label: string, existing: readonly string[]): string {
  const base =
    label
      .toLowerCase()
      .replace(/[åä]/g, 'a')
      .replace(/ö/g, 'o')
      .replace(/é/g, 'e')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'kpi';
  let key = base;
  for (let n = 2; existing.indexOf(key) >= 0; n++) {
    key = `${base}-${n}`;
  }
  return key;
}

export function kpiReducer(draft: IReportDraft, action: KpiAction): IReportDraft {
  switch (action.type) {
    case 'kpis/setSectionTitle':
      return { ...draft, kpiSectionTitle: action.value };
    case 'kpis/setChartCaption':
      return { ...draft, chartCaption: action.value };
    case 'kpis/chooseDefinition': {
      const { known, key } = action;
      const withDefinition =
        known && !draft.kpiDefinitions.some((d) => d.key === key) ? { ...draft, kpiDefinitions: [...draft.kpiDefinitions, known] } : draft;
      return updateRow(withDefinition, 'kpis', action.rowId, { definitionKey: key });
    }
    case 'kpis/setHeadline':
      return { ...draft, headlineKpis: action.keys.slice() };
    case 'kpis/createDefinition': {
      const key = definitionKeyFor(action.label, draft.kpiDefinitions.map((k) => k.key));
      const withDefinition: IReportDraft = {
        ...draft,
        kpiDefinitions: [...draft.kpiDefinitions, { key, label: action.label, unit: action.unit, category: action.category }]
      };
      return action.rowId ? updateRow(withDefinition, 'kpis', action.rowId, { definitionKey: key }) : withDefinition;
    }
  }
}
