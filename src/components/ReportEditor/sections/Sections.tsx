/** The editor's sections, in the Word report's order. */
import * as React from 'react';
import type { ActivityStatus, IKpiDefinition, KpiCategory, ProblemStatus } from '../../../domain/model';
import type {
  IActivityDraft,
  IEventDraft,
  IKpiRowDraft,
  IMeetingDraft,
  IProblemDraft,
  IReportDraft,
  ITextItemDraft,
  RowSection
} from '../draft/types';
import { fieldId, RowList, SelectField, TextInput, type IChoiceOption, type IFormContext } from './formKit';
import { NewKpiDefinitionDialog } from './NewKpiDefinitionDialog';
import { JudgementSection } from './JudgementSection';
import { ReportingBackSection } from './ReportingBackSection';
import type { IAssignmentHistoryEntry } from '../../../domain/board/history';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { MAX_HEADLINE_KPIS } from '../../../domain/kpi';
import { parseKpiCell } from '../draft/convert';
import type { HeaderField } from '../state/sections/header';

export { definitionKeyFor } from '../state/sections/kpis';
import styles from '../ReportEditor.module.scss';
import { message } from '../../../messages';

export interface ISectionProps {
  readonly ctx: IFormContext;
  readonly draft: IReportDraft;
  /** KPI definitions of the object's other reports (approved history), offered for new rows. */
  readonly knownDefinitions?: readonly IKpiDefinition[];
  /** UI locale (quarters in the reporting-back section); default sv-SE. */
  readonly locale?: string;
  /** Earlier answers to the board's assignments, by assignment key. */
  readonly answerHistory?: ReadonlyMap<string, readonly IAssignmentHistoryEntry[]>;
}

function Section(props: { readonly id: string; readonly title: string; readonly children: React.ReactNode }): JSX.Element {
  return (
    <section aria-labelledby={props.id} className={styles.section}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

export function HeaderSection({ ctx, draft }: ISectionProps): JSX.Element {
  const set = (patch: Partial<Pick<IReportDraft['header'], HeaderField>>): void => ctx.dispatch({ type: 'header/set', patch });
  const h = draft.header;
  return (
    <Section id="gits-ed-section-header" title={message('report.section.header')}>
      <TextInput ctx={ctx} path="header.objectTitle" label={message('report.field.object')} required value={h.objectTitle} onChange={(v) => set({ objectTitle: v })} />
      <TextInput ctx={ctx} path="header.period" label={message('editor.field.period')} required value={h.period} onChange={(v) => set({ period: v })} />
      <TextInput ctx={ctx} path="header.coordinator" label={message('report.section.coordinator')} required value={h.coordinator} onChange={(v) => set({ coordinator: v })} />
      <TextInput ctx={ctx} path="header.mission" label={message('report.section.mission')} required multiline value={h.mission} onChange={(v) => set({ mission: v })} />
    </Section>
  );
}

/** Text and sub-points of a bullet row. */
function ItemFields(props: { readonly ctx: IFormContext; readonly section: RowSection; readonly row: ITextItemDraft }): JSX.Element {
  const { ctx, section, row } = props;
  const set = (patch: Partial<ITextItemDraft>): void => ctx.dispatch({ type: 'rows/update', section, id: row.id, patch });
  return (
    <>
      <TextInput ctx={ctx} path={`${section}.${row.id}.text`} label={message('editor.field.text')} required multiline value={row.text} onChange={(v) => set({ text: v })} />
      <TextInput
        ctx={ctx}
        path={`${section}.${row.id}.subItems`}
        label={message('editor.field.subItems')}
        multiline
        value={row.subItems}
        onChange={(v) => set({ subItems: v })}
      />
    </>
  );
}

function ItemList(props: ISectionProps & { readonly section: RowSection; readonly title?: string; readonly labelledBy?: string; readonly addLabel: string }): JSX.Element {
  return (
    <RowList<ITextItemDraft>
      ctx={props.ctx}
      draft={props.draft}
      section={props.section}
      {...(props.title ? { title: props.title } : { labelledBy: props.labelledBy })}
      rowName={(n) => message('editor.row.item', [n])}
      addLabel={props.addLabel}
      firstField="text"
      renderRow={(row) => <ItemFields ctx={props.ctx} section={props.section} row={row} />}
    />
  );
}

export function EventsSection({ ctx, draft }: ISectionProps): JSX.Element {
  return (
    <Section id="gits-ed-section-events" title={message('report.section.events')}>
      <RowList<IEventDraft>
        ctx={ctx}
        draft={draft}
        section="events"
        labelledBy="gits-ed-section-events"
        rowName={(n) => message('editor.row.event', [n])}
        addLabel={message('editor.add.event')}
        firstField="text"
        renderRow={(row) => (
          <>
            <ItemFields ctx={ctx} section="events" row={row} />
            <TextInput
              ctx={ctx}
              path={`events.${row.id}.date`}
              label={message('editor.field.date')}
              placeholder="2025-09-11"
              value={row.date}
              onChange={(v) => ctx.dispatch({ type: 'rows/update', section: 'events', id: row.id, patch: { date: v } })}
            />
          </>
        )}
      />
    </Section>
  );
}

const NEW_DEFINITION = '__new__';

/**
 * The headline KPIs the draft has now: the team's choice, else the default rule (numeric "users"
 * KPIs with a value, else the first numeric ones; three at most), as the card would show them.
 */
export function headlineKeysOf(draft: IReportDraft): readonly string[] {
  if (draft.headlineKpis) return draft.headlineKpis;
  const numeric = draft.kpis.filter((row) => {
    const cell = parseKpiCell(row.current, row.currentOriginal);
    return cell.ok && cell.value !== undefined && cell.value.number !== undefined;
  });
  const users = numeric.filter((row) => draft.kpiDefinitions.some((d) => d.key === row.definitionKey && d.category === 'users'));
  return (users.length ? users : numeric).slice(0, 3).map((row) => row.definitionKey);
}

function definitionText(d: IKpiDefinition): string {
  return d.unit ? `${d.label} (${d.unit})` : d.label;
}

function KpiRow(props: {
  readonly ctx: IFormContext;
  readonly draft: IReportDraft;
  readonly row: IKpiRowDraft;
  readonly knownDefinitions: readonly IKpiDefinition[];
  readonly onCreateDefinition: (rowId: string) => void;
}): JSX.Element {
  const { ctx, draft, row } = props;
  const set = (patch: Partial<IKpiRowDraft>): void => ctx.dispatch({ type: 'rows/update', section: 'kpis', id: row.id, patch });
  const inReport = draft.kpiDefinitions.map((d) => d.key);
  const fromHistory = props.knownDefinitions.filter((d) => inReport.indexOf(d.key) < 0);
  const options: IChoiceOption[] = [
    ...draft.kpiDefinitions.map((d: IKpiDefinition) => ({ key: d.key, text: definitionText(d) })),
    ...fromHistory.map((d) => ({ key: d.key, text: definitionText(d) })),
    { key: NEW_DEFINITION, text: message('kpiDefinition.new') }
  ];
  const keyPath = `kpis.${row.id}.definitionKey`;
  const keyError = ctx.errorFor(keyPath);
  const onCreateDefinition = props.onCreateDefinition;
  return (
    <>
      <SelectField
        id={fieldId(keyPath)}
        label={message('report.kpi.keyFigure')}
        required
        options={options}
        selectedKey={row.definitionKey || undefined}
        onChange={(key) => {
          const known = fromHistory.filter((d) => d.key === key)[0];
          if (key === NEW_DEFINITION) {
            onCreateDefinition(row.id);
          } else {
            // A KPI this object reported before brings its definition into this report.
            ctx.dispatch({ type: 'kpis/chooseDefinition', rowId: row.id, key, ...(known ? { known } : {}) });
          }
        }}
        errorText={keyError ? message(keyError.messageKey, keyError.params) : undefined}
        disabled={ctx.readOnly}
      />
      <TextInput ctx={ctx} path={`kpis.${row.id}.current`} label={message('editor.field.kpiCurrent')} description={message('editor.field.kpiValueHint')} value={row.current} onChange={(v) => set({ current: v })} />
      <TextInput ctx={ctx} path={`kpis.${row.id}.previous`} label={message('editor.field.kpiPrevious')} value={row.previous} onChange={(v) => set({ previous: v })} />
      <TextInput ctx={ctx} path={`kpis.${row.id}.comment`} label={message('report.kpi.comment')} multiline value={row.comment} onChange={(v) => set({ comment: v })} />
      <HeadlineCheckbox ctx={ctx} draft={draft} definitionKey={row.definitionKey} rowId={row.id} />
    </>
  );
}

function HeadlineCheckbox(props: { readonly ctx: IFormContext; readonly draft: IReportDraft; readonly definitionKey: string; readonly rowId: string }): JSX.Element {
  const { ctx, draft, definitionKey } = props;
  if (!definitionKey) return <></>;
  const keys = headlineKeysOf(draft);
  const checked = keys.indexOf(definitionKey) >= 0;
  const full = !checked && keys.length >= MAX_HEADLINE_KPIS;
  const error = ctx.errorFor('headlineKpis');
  return (
    <div className={styles.headline}>
      <Checkbox
        id={fieldId(`kpis.${props.rowId}.headline`)}
        label={message('editor.field.kpiHeadline')}
        checked={checked}
        disabled={ctx.readOnly || full}
        title={full ? message('editor.kpi.headlineFull', [MAX_HEADLINE_KPIS]) : undefined}
        onChange={(_e, value) =>
          ctx.dispatch({ type: 'kpis/setHeadline', keys: value ? [...keys, definitionKey] : keys.filter((k) => k !== definitionKey) })
        }
      />
      {error && checked ? <p role="alert">{message(error.messageKey, error.params)}</p> : undefined}
    </div>
  );
}

export function KpiSection({ ctx, draft, knownDefinitions }: ISectionProps): JSX.Element {
  const [creatingFor, setCreatingFor] = React.useState<string | undefined>(undefined);
  const create = (label: string, unit: string, category: KpiCategory): void => {
    const rowId = creatingFor;
    setCreatingFor(undefined);
    ctx.dispatch({ type: 'kpis/createDefinition', label, unit, category, ...(rowId ? { rowId } : {}) });
    if (rowId) ctx.focusLater(fieldId(`kpis.${rowId}.current`));
  };
  return (
    <Section id="gits-ed-section-kpis" title={message('report.section.kpis')}>
      <TextInput
        ctx={ctx}
        path="kpiSectionTitle"
        label={message('editor.field.kpiSectionTitle')}
        value={draft.kpiSectionTitle}
        onChange={(value) => ctx.dispatch({ type: 'kpis/setSectionTitle', value })}
      />
      <RowList<IKpiRowDraft>
        ctx={ctx}
        draft={draft}
        section="kpis"
        labelledBy="gits-ed-section-kpis"
        rowName={(n) => message('editor.row.kpi', [n])}
        addLabel={message('editor.add.kpi')}
        firstField="current"
        renderRow={(row) => <KpiRow ctx={ctx} draft={draft} row={row} knownDefinitions={knownDefinitions ?? []} onCreateDefinition={setCreatingFor} />}
      />
      <TextInput
        ctx={ctx}
        path="chartCaption"
        label={message('report.field.chartCaption')}
        multiline
        value={draft.chartCaption}
        onChange={(value) => ctx.dispatch({ type: 'kpis/setChartCaption', value })}
      />
      {creatingFor !== undefined ? (
        <NewKpiDefinitionDialog existingLabels={[...draft.kpiDefinitions, ...(knownDefinitions ?? [])].map((d) => d.label)} onCreate={create} onCancel={() => setCreatingFor(undefined)} />
      ) : undefined}
    </Section>
  );
}

export function MeetingsSection({ ctx, draft }: ISectionProps): JSX.Element {
  return (
    <Section id="gits-ed-section-meetings" title={message('report.section.meetings')}>
      <RowList<IMeetingDraft>
        ctx={ctx}
        draft={draft}
        section="meetings"
        labelledBy="gits-ed-section-meetings"
        rowName={(n) => message('editor.row.meeting', [n])}
        addLabel={message('editor.add.meeting')}
        firstField="type"
        renderRow={(row) => {
          const set = (patch: Partial<IMeetingDraft>): void => ctx.dispatch({ type: 'rows/update', section: 'meetings', id: row.id, patch });
          return (
            <>
              <TextInput ctx={ctx} path={`meetings.${row.id}.type`} label={message('report.meeting.type')} required value={row.type} onChange={(v) => set({ type: v })} />
              <TextInput ctx={ctx} path={`meetings.${row.id}.current`} label={message('editor.field.meetingCurrent')} value={row.current} onChange={(v) => set({ current: v })} />
              <TextInput ctx={ctx} path={`meetings.${row.id}.previous`} label={message('editor.field.meetingPrevious')} value={row.previous} onChange={(v) => set({ previous: v })} />
              <TextInput ctx={ctx} path={`meetings.${row.id}.purpose`} label={message('report.meeting.purpose')} multiline value={row.purpose} onChange={(v) => set({ purpose: v })} />
            </>
          );
        }}
      />
    </Section>
  );
}

function StatusDropdown<S extends string>(props: {
  readonly id: string;
  readonly disabled?: boolean;
  readonly value: S;
  readonly options: readonly (readonly [S, string])[];
  readonly onChange: (value: S) => void;
}): JSX.Element {
  return (
    <SelectField
      id={props.id}
      label={message('editor.field.status')}
      options={props.options.map(([key, text]) => ({ key, text }))}
      selectedKey={props.value}
      disabled={props.disabled}
      onChange={(key) => props.onChange(key as S)}
    />
  );
}

export function ProblemsSection({ ctx, draft }: ISectionProps): JSX.Element {
  const options: (readonly [ProblemStatus, string])[] = [
    ['open', message('report.problem.open')],
    ['closed', message('report.problem.closed')]
  ];
  return (
    <Section id="gits-ed-section-problems" title={message('report.section.problems')}>
      <RowList<IProblemDraft>
        ctx={ctx}
        draft={draft}
        section="problems"
        labelledBy="gits-ed-section-problems"
        rowName={(n) => message('editor.row.problem', [n])}
        addLabel={message('editor.add.problem')}
        firstField="text"
        renderRow={(row) => (
          <>
            <ItemFields ctx={ctx} section="problems" row={row} />
            <StatusDropdown
              disabled={ctx.readOnly}
              id={fieldId(`problems.${row.id}.status`)}
              value={row.status}
              options={options}
              onChange={(status) => ctx.dispatch({ type: 'rows/update', section: 'problems', id: row.id, patch: { status } })}
            />
          </>
        )}
      />
    </Section>
  );
}

export function ActivitiesSection({ ctx, draft }: ISectionProps): JSX.Element {
  const options: (readonly [ActivityStatus, string])[] = [
    ['planned', message('report.activity.planned')],
    ['ongoing', message('report.activity.ongoing')],
    ['done', message('report.activity.done')]
  ];
  return (
    <Section id="gits-ed-section-activities" title={message('report.section.activities')}>
      <RowList<IActivityDraft>
        ctx={ctx}
        draft={draft}
        section="activities"
        labelledBy="gits-ed-section-activities"
        rowName={(n) => message('editor.row.activity', [n])}
        addLabel={message('editor.add.activity')}
        firstField="text"
        renderRow={(row) => (
          <>
            <ItemFields ctx={ctx} section="activities" row={row} />
            <StatusDropdown
              disabled={ctx.readOnly}
              id={fieldId(`activities.${row.id}.status`)}
              value={row.status}
              options={options}
              onChange={(status) => ctx.dispatch({ type: 'rows/update', section: 'activities', id: row.id, patch: { status } })}
            />
          </>
        )}
      />
    </Section>
  );
}

export function EconomySection({ ctx, draft }: ISectionProps): JSX.Element {
  // The economy's status is the economy dimension of the judgements, asked in that section.
  return (
    <Section id="gits-ed-section-economy" title={message('report.section.economy')}>
      <ItemList ctx={ctx} draft={draft} section="economy.items" title={message('editor.field.economyText')} addLabel={message('editor.add.item')} />
    </Section>
  );
}

export function StaffingSection({ ctx, draft }: ISectionProps): JSX.Element {
  const set = (patch: Partial<Pick<IReportDraft['staffing'], 'fteStart' | 'fteEnd'>>): void => ctx.dispatch({ type: 'staffing/set', patch });
  return (
    <Section id="gits-ed-section-staffing" title={message('report.section.staffing')}>
      <TextInput ctx={ctx} path="staffing.fteStart" label={message('editor.field.fteStart')} value={draft.staffing.fteStart} onChange={(v) => set({ fteStart: v })} />
      <TextInput ctx={ctx} path="staffing.fteEnd" label={message('editor.field.fteEnd')} value={draft.staffing.fteEnd} onChange={(v) => set({ fteEnd: v })} />
      <ItemList ctx={ctx} draft={draft} section="staffing.items" title={message('editor.field.staffingNotes')} addLabel={message('editor.add.item')} />
    </Section>
  );
}

export function CommunicationSection({ ctx, draft }: ISectionProps): JSX.Element {
  return (
    <Section id="gits-ed-section-communication" title={message('report.section.communication')}>
      <ItemList ctx={ctx} draft={draft} section="communication" labelledBy="gits-ed-section-communication" addLabel={message('editor.add.item')} />
    </Section>
  );
}

/** All sections of the report form. */
export function ReportForm(props: ISectionProps): JSX.Element {
  return (
    <>
      <HeaderSection {...props} />
      <JudgementSection ctx={props.ctx} judgements={props.draft.judgements} />
      <EventsSection {...props} />
      <KpiSection {...props} />
      <MeetingsSection {...props} />
      <ProblemsSection {...props} />
      <ActivitiesSection {...props} />
      <EconomySection {...props} />
      <StaffingSection {...props} />
      <CommunicationSection {...props} />
      <ReportingBackSection
        ctx={props.ctx}
        rows={props.draft.reportingBack ?? []}
        period={props.draft.header.period}
        locale={props.locale ?? 'sv-SE'}
        {...(props.answerHistory ? { history: props.answerHistory } : {})}
      />
    </>
  );
}
