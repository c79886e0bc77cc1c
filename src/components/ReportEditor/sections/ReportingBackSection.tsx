/**
 * "Återrapportering av uppdrag från ledningsrådet": every open assignment of the board with the
 * team's answer (how far it has come, and what was done), checked like the other sections.
 * Earlier quarters' answers are shown under each assignment when the reader can read them.
 */
import * as React from 'react';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { useTheme } from '@fluentui/react/lib/Theme';
import { ANSWER_STATUSES, type AnswerStatus } from '../../../domain/board/model';
import type { IAssignmentHistoryEntry } from '../../../domain/board/history';
import { answerTextRequired } from '../../../domain/board/validation';
import { parseQuarter } from '../../../domain/quarter';
import { message } from '../../../messages';
import { answerStatusLabel, AnswerStatusBadge } from '../../Board/answerLabels';
import { CollapsibleSection } from '../../CollapsibleSection';
import { LocaleFormatter } from '../../shared/format';
import type { IReportingBackDraft } from '../draft/types';
import { fieldId, TextInput, type IFormContext } from './formKit';
import styles from '../ReportEditor.module.scss';

const READ_ONLY_GROUP_STYLES = { label: { color: 'inherit' } };

export interface IReportingBackSectionProps {
  readonly ctx: IFormContext;
  readonly rows: readonly IReportingBackDraft[];
  /** The report's quarter as typed ("Q1 2026"). */
  readonly period: string;
  readonly locale: string;
  /** Earlier quarters' answers by assignment key (none when unknown). */
  readonly history?: ReadonlyMap<string, readonly IAssignmentHistoryEntry[]>;
}

function AnswerFields(props: { readonly ctx: IFormContext; readonly row: IReportingBackDraft; readonly textRequired: boolean; readonly formatter: LocaleFormatter; readonly history: readonly IAssignmentHistoryEntry[] }): JSX.Element {
  const { ctx, row, formatter } = props;
  const key = row.assignmentKey;
  const name = message('boardUi.assignment.named', [key]);
  const legendId = fieldId(`reportingBack.${key}-legend`);
  const statusPath = `reportingBack.${key}.status`;
  const statusError = ctx.errorFor(statusPath);
  const theme = useTheme();
  const options: IChoiceGroupOption[] = ANSWER_STATUSES.map((status) => ({ key: status, text: answerStatusLabel(status) }));
  return (
    <fieldset className={styles.judgement} data-assignment={key} aria-labelledby={legendId}>
      <legend id={legendId}>{name}</legend>
      <p className={styles.assignmentText}>{row.assignment}</p>
      <p>
        {message('boardUi.assignment.givenFor')}: {formatter.quarter(row.givenFor)}. {message('boardUi.assignment.answerBy')}: {formatter.quarter(row.answerBy)}.
      </p>
      <ChoiceGroup
        id={fieldId(statusPath)}
        label={message('boardUi.editor.status', [key])}
        options={options}
        selectedKey={row.status ?? null}
        required
        disabled={ctx.readOnly}
        styles={ctx.readOnly ? READ_ONLY_GROUP_STYLES : undefined}
        onChange={(_e, option) => {
          if (!option) return;
          ctx.dispatch({ type: 'reportingBack/setStatus', assignmentKey: key, status: option.key as AnswerStatus });
          ctx.touch(statusPath);
        }}
      />
      {statusError ? (
        <p role="alert" className={styles.fieldError} style={{ color: theme.semanticColors.errorText }} id={fieldId(`${statusPath}-error`)}>
          {message(statusError.messageKey, statusError.params)}
        </p>
      ) : undefined}
      <TextInput
        ctx={ctx}
        path={`reportingBack.${key}.answer`}
        label={message('boardUi.editor.answer', [key])}
        description={message('boardUi.editor.answerHint')}
        required={props.textRequired}
        multiline
        value={row.answer}
        onChange={(answer) => ctx.dispatch({ type: 'reportingBack/setAnswer', assignmentKey: key, answer })}
      />
      {props.history.length > 0 ? (
        <CollapsibleSection id={fieldId(`reportingBack.${key}.history`)} title={message('boardUi.history.heading', [key])} level={4} defaultExpanded={false}>
          <ol data-testid={`editor-history-${key}`}>
            {props.history.map((h) => (
              <li key={`${h.period.year}-${h.period.quarter}`}>
                {formatter.quarter(h.period)}: <AnswerStatusBadge status={h.status} /> {h.answer}
              </li>
            ))}
          </ol>
        </CollapsibleSection>
      ) : undefined}
    </fieldset>
  );
}

export function ReportingBackSection(props: IReportingBackSectionProps): JSX.Element {
  const formatter = React.useMemo(() => new LocaleFormatter(props.locale), [props.locale]);
  if (props.rows.length === 0) return <></>;
  const period = parseQuarter(props.period);
  return (
    <section aria-labelledby="gits-ed-section-reportingBack" className={styles.section} data-section="reportingBack">
      <h2 id="gits-ed-section-reportingBack">{message('boardUi.reportingBack.heading')}</h2>
      <p>{message('boardUi.editor.intro')}</p>
      {props.rows.map((row) => (
        <AnswerFields
          key={row.assignmentKey}
          ctx={props.ctx}
          row={row}
          formatter={formatter}
          history={props.history?.get(row.assignmentKey) ?? []}
          textRequired={!period.ok || row.status === undefined || answerTextRequired(row.status, row.answerBy, period.value)}
        />
      ))}
    </section>
  );
}
