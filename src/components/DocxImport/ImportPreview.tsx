import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { IStatusReport, ITextItem } from '../../domain/model';
import { LocaleFormatter } from '../shared/format';
import type { IImportNote, IImportPreview } from './importTypes';
import { importMessage, whereText } from './messages';
import { message } from '../../messages';

/** How many points of a section the preview lists before "… and N more". */
export const PREVIEW_FIRST_LINES: number = 3;
const MAX_LINE_CHARS: number = 160;

const classes = mergeStyleSets({
  preview: { marginTop: 16 },
  section: { margin: '12px 0' },
  sectionTitle: { fontSize: 14, fontWeight: 600, margin: '0 0 4px' },
  count: { fontWeight: 400, marginLeft: 8 },
  list: { margin: '0 0 0 20px', padding: 0 },
  tableScroller: { overflowX: 'auto', maxWidth: '100%' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    selectors: { 'th, td': { border: '1px solid currentColor', padding: '2px 6px', textAlign: 'left', verticalAlign: 'top' } }
  },
  header: { margin: 0, selectors: { dt: { fontWeight: 600 }, dd: { margin: '0 0 4px 0' } } },
  notes: { margin: '0 0 0 20px', padding: 0, selectors: { li: { marginBottom: 6 } } },
  noteText: { fontStyle: 'italic', whiteSpace: 'pre-wrap' },
  reason: { display: 'block' }
});

function shorten(text: string): string {
  return text.length > MAX_LINE_CHARS ? `${text.slice(0, MAX_LINE_CHARS - 1)}…` : text;
}

function ItemsSection(props: { readonly id: string; readonly title: string; readonly items: readonly ITextItem[]; readonly children?: React.ReactNode }): JSX.Element {
  const shown = props.items.slice(0, PREVIEW_FIRST_LINES);
  const more = props.items.length - shown.length;
  return (
    <section className={classes.section} data-preview-section={props.id} aria-labelledby={`import-preview-${props.id}`}>
      <h4 id={`import-preview-${props.id}`} className={classes.sectionTitle}>
        {props.title}
        <span className={classes.count}>{props.items.length ? message('import.preview.itemCount', [props.items.length]) : message('common.nothing')}</span>
      </h4>
      {props.children}
      {shown.length > 0 && (
        <ul className={classes.list}>
          {shown.map((item, index) => (
            <li key={index}>{shorten(item.text)}</li>
          ))}
          {more > 0 && <li>{message('import.preview.moreItems', [more])}</li>}
        </ul>
      )}
    </section>
  );
}

function NoteList(props: { readonly notes: readonly IImportNote[]; readonly locale: string }): JSX.Element {
  return (
    <ul className={classes.notes}>
      {props.notes.map((note, index) => (
        <li key={index}>
          <strong>{whereText(note)}</strong>: <span className={classes.noteText}>{note.text}</span>
          <span className={classes.reason}>{importMessage(note.reason, {}, props.locale)}</span>
        </li>
      ))}
    </ul>
  );
}

function ReportPreview(props: { readonly report: IStatusReport; readonly locale: string }): JSX.Element {
  const { report } = props;
  const formatter = React.useMemo(() => new LocaleFormatter(props.locale), [props.locale]);
  const year = report.header.period.year;
  const labels: Record<string, string> = {};
  report.kpiDefinitions.forEach((definition) => {
    labels[definition.key] = definition.label;
  });
  const staffing = report.staffing;
  return (
    <>
      <section className={classes.section} data-preview-section="header" aria-labelledby="import-preview-header">
        <h4 id="import-preview-header" className={classes.sectionTitle}>
          {message('report.section.header')}
        </h4>
        <dl className={classes.header}>
          <dt>{message('report.field.object')}</dt>
          <dd>{`${report.header.objectTitle} (${report.header.objectKey})`}</dd>
          <dt>{message('report.field.quarter')}</dt>
          <dd>{formatter.period(report.header.period)}</dd>
          <dt>{message('report.section.coordinator')}</dt>
          <dd>{report.header.coordinator.displayName || message('common.nothing')}</dd>
          <dt>{message('report.section.mission')}</dt>
          <dd>{report.header.mission ? shorten(report.header.mission) : message('common.nothing')}</dd>
        </dl>
      </section>
      <ItemsSection id="events" title={message('report.section.events')} items={report.events} />
      <section className={classes.section} data-preview-section="kpis" aria-labelledby="import-preview-kpis">
        <h4 id="import-preview-kpis" className={classes.sectionTitle}>
          {message('report.section.kpis')}
          <span className={classes.count}>{message('import.preview.rowCount', [report.kpis.length])}</span>
        </h4>
        {report.kpis.length > 0 && (
          <div className={classes.tableScroller}>
            <table className={classes.table}>
              {report.kpiSectionTitle && <caption>{report.kpiSectionTitle}</caption>}
              <thead>
                <tr>
                  <th scope="col">{message('report.kpi.keyFigure')}</th>
                  <th scope="col">{year}</th>
                  <th scope="col">{year - 1}</th>
                  <th scope="col">{message('report.kpi.comment')}</th>
                </tr>
              </thead>
              <tbody>
                {report.kpis.map((entry) => (
                  <tr key={entry.definitionKey} data-kpi={entry.definitionKey}>
                    <th scope="row">{labels[entry.definitionKey] ?? entry.definitionKey}</th>
                    <td>{entry.current?.text ?? ''}</td>
                    <td>{entry.previous?.text ?? ''}</td>
                    <td>{entry.comment}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className={classes.section} data-preview-section="meetings" aria-labelledby="import-preview-meetings">
        <h4 id="import-preview-meetings" className={classes.sectionTitle}>
          {message('report.section.meetings')}
          <span className={classes.count}>{message('import.preview.rowCount', [report.meetings.length])}</span>
        </h4>
        {report.meetings.length > 0 && (
          <div className={classes.tableScroller}>
            <table className={classes.table}>
              <thead>
                <tr>
                  <th scope="col">{message('report.meeting.type')}</th>
                  <th scope="col">{message('report.meeting.frequency', [year])}</th>
                  <th scope="col">{message('report.meeting.frequency', [year - 1])}</th>
                  <th scope="col">{message('report.meeting.purpose')}</th>
                </tr>
              </thead>
              <tbody>
                {report.meetings.map((meeting, index) => (
                  <tr key={index} data-meeting={index}>
                    <th scope="row">{meeting.type}</th>
                    <td>{meeting.current}</td>
                    <td>{meeting.previous}</td>
                    <td>{meeting.purpose}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {report.chartCaption && (
          <p>
            <strong>{message('report.field.chartCaption')}: </strong>
            {report.chartCaption}
          </p>
        )}
      </section>
      <ItemsSection id="problems" title={message('report.section.problems')} items={report.problems} />
      <ItemsSection id="activities" title={message('report.section.activities')} items={report.activities} />
      <ItemsSection id="economy" title={message('report.section.economy')} items={report.economy.items}>
        <p>{message('import.preview.economyAssessment', [assessmentText(report.economy.assessment)])}</p>
      </ItemsSection>
      <ItemsSection id="staffing" title={message('report.section.staffing')} items={staffing.items}>
        {(staffing.fteStart !== undefined || staffing.fteEnd !== undefined) && (
          <p>
            {message('import.preview.fte', [staffing.fteStart === undefined ? '–' : formatter.number(staffing.fteStart), staffing.fteEnd === undefined ? '–' : formatter.number(staffing.fteEnd)])}
          </p>
        )}
      </ItemsSection>
      <ItemsSection id="communication" title={message('report.section.communication')} items={report.communication} />
    </>
  );
}

function assessmentText(assessment: IStatusReport['economy']['assessment']): string {
  switch (assessment) {
    case 'good':
      return message('assessment.good');
    case 'attention':
      return message('assessment.attention');
    case 'problem':
      return message('assessment.problem');
    default:
      return message('assessment.notAssessed');
  }
}

export interface IImportPreviewViewProps {
  readonly preview: IImportPreview;
  readonly locale: string;
}

/** What goes where, what could not be placed (with where it is and why), and what is left out on purpose. */
export function ImportPreviewView(props: IImportPreviewViewProps): JSX.Element {
  const { preview } = props;
  return (
    <section className={classes.preview} aria-labelledby="import-preview-heading" data-testid="import-preview">
      <h3 id="import-preview-heading">{message('import.preview.heading')}</h3>
      {preview.report && <p>{message('import.preview.intro')}</p>}
      {preview.report && <ReportPreview report={preview.report} locale={props.locale} />}
      <section className={classes.section} data-preview-section="unplaced" aria-labelledby="import-preview-unplaced">
        <h4 id="import-preview-unplaced" className={classes.sectionTitle}>
          {message('import.unplaced.heading', [preview.unplaced.length])}
        </h4>
        {preview.unplaced.length === 0 ? (
          <p>{message('import.unplaced.none')}</p>
        ) : (
          <>
            <p>{message('import.unplaced.intro')}</p>
            <NoteList notes={preview.unplaced} locale={props.locale} />
          </>
        )}
      </section>
      {preview.ignored.length > 0 && (
        <section className={classes.section} data-preview-section="ignored" aria-labelledby="import-preview-ignored">
          <h4 id="import-preview-ignored" className={classes.sectionTitle}>
            {message('import.ignored.heading', [preview.ignored.length])}
          </h4>
          <NoteList notes={preview.ignored} locale={props.locale} />
        </section>
      )}
    </section>
  );
}
