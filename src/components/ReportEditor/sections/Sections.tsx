/** The editor's sections, in the Word report's order. */
import * as React from 'react';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import type { ActivityStatus, Assessment, IKpiDefinition, KpiCategory, ProblemStatus } from '../../../domain/model';
import { updateRow } from '../draft/rows';
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
import styles from '../ReportEditor.module.scss';
import { message } from '../../../messages';

export interface ISectionProps {
  readonly ctx: IFormContext;
  readonly draft: IReportDraft;
  /** KPI definitions of the object's other reports (approved history), offered for new rows. */
  readonly knownDefinitions?: readonly IKpiDefinition[];
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
  const set = (patch: Partial<IReportDraft['header']>): void => ctx.update((d) => ({ ...d, header: { ...d.header, ...patch } }));
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
  const set = (patch: Partial<ITextItemDraft>): void => ctx.update((d) => updateRow(d, section, row.id, patch));
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
              onChange={(v) => ctx.update((d) => updateRow(d, 'events', row.id, { date: v }))}
            />
          </>
        )}
      />
    </Section>
  );
}

const NEW_DEFINITION = '__new__';

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
  const set = (patch: Partial<IKpiRowDraft>): void => ctx.update((d) => updateRow(d, 'kpis', row.id, patch));
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
          } else if (known) {
            // A KPI this object reported before: bring its definition into this report.
            ctx.update((d) =>
              updateRow(d.kpiDefinitions.some((k) => k.key === key) ? d : { ...d, kpiDefinitions: [...d.kpiDefinitions, known] }, 'kpis', row.id, {
                definitionKey: key
              })
            );
          } else {
            set({ definitionKey: key });
          }
        }}
        errorText={keyError ? message(keyError.messageKey, keyError.params) : undefined}
        disabled={ctx.readOnly}
      />
      <TextInput ctx={ctx} path={`kpis.${row.id}.current`} label={message('editor.field.kpiCurrent')} description={message('editor.field.kpiValueHint')} value={row.current} onChange={(v) => set({ current: v })} />
      <TextInput ctx={ctx} path={`kpis.${row.id}.previous`} label={message('editor.field.kpiPrevious')} value={row.previous} onChange={(v) => set({ previous: v })} />
      <TextInput ctx={ctx} path={`kpis.${row.id}.comment`} label={message('report.kpi.comment')} multiline value={row.comment} onChange={(v) => set({ comment: v })} />
    </>
  );
}

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

export function KpiSection({ ctx, draft, knownDefinitions }: ISectionProps): JSX.Element {
  const [creatingFor, setCreatingFor] = React.useState<string | undefined>(undefined);
  const create = (label: string, unit: string, category: KpiCategory): void => {
    const rowId = creatingFor;
    setCreatingFor(undefined);
    ctx.update((d) => {
      const key = definitionKeyFor(label, d.kpiDefinitions.map((k) => k.key));
      const withDefinition: IReportDraft = { ...d, kpiDefinitions: [...d.kpiDefinitions, { key, label, unit, category }] };
      return rowId ? updateRow(withDefinition, 'kpis', rowId, { definitionKey: key }) : withDefinition;
    });
    if (rowId) ctx.focusLater(fieldId(`kpis.${rowId}.current`));
  };
  return (
    <Section id="gits-ed-section-kpis" title={message('report.section.kpis')}>
      <TextInput
        ctx={ctx}
        path="kpiSectionTitle"
        label={message('editor.field.kpiSectionTitle')}
        value={draft.kpiSectionTitle}
        onChange={(v) => ctx.update((d) => ({ ...d, kpiSectionTitle: v }))}
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
        onChange={(v) => ctx.update((d) => ({ ...d, chartCaption: v }))}
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
          const set = (patch: Partial<IMeetingDraft>): void => ctx.update((d) => updateRow(d, 'meetings', row.id, patch));
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
              onChange={(status) => ctx.update((d) => updateRow(d, 'problems', row.id, { status }))}
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
              onChange={(status) => ctx.update((d) => updateRow(d, 'activities', row.id, { status }))}
            />
          </>
        )}
      />
    </Section>
  );
}

export function EconomySection({ ctx, draft }: ISectionProps): JSX.Element {
  const options: IChoiceGroupOption[] = (
    [
      ['good', message('assessment.good')],
      ['attention', message('assessment.attention')],
      ['problem', message('assessment.problem')],
      ['notAssessed', message('assessment.notAssessed')]
    ] as const
  ).map(([key, text]) => ({ key, text }));
  return (
    <Section id="gits-ed-section-economy" title={message('report.section.economy')}>
      <ItemList ctx={ctx} draft={draft} section="economy.items" title={message('editor.field.economyText')} addLabel={message('editor.add.item')} />
      <ChoiceGroup
        id={fieldId('economy.assessment')}
        label={message('editor.field.economyAssessment')}
        options={options}
        selectedKey={draft.economy.assessment}
        disabled={ctx.readOnly}
        onChange={(_e, option) => option && ctx.update((d) => ({ ...d, economy: { ...d.economy, assessment: option.key as Assessment } }))}
      />
    </Section>
  );
}

export function StaffingSection({ ctx, draft }: ISectionProps): JSX.Element {
  const set = (patch: Partial<IReportDraft['staffing']>): void => ctx.update((d) => ({ ...d, staffing: { ...d.staffing, ...patch } }));
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
      <EventsSection {...props} />
      <KpiSection {...props} />
      <MeetingsSection {...props} />
      <ProblemsSection {...props} />
      <ActivitiesSection {...props} />
      <EconomySection {...props} />
      <StaffingSection {...props} />
      <CommunicationSection {...props} />
    </>
  );
}
