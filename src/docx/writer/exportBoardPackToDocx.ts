/**
 * The board pack as one Word document: a summary table of every object first, then the open
 * assignments with the answers of the quarter's reports, then each approved report laid out
 * as the single-report export lays it out (each on a page of its own). Swedish, like the
 * report template: it is the document the ledningsråd reads.
 *
 * Status is always written in words (never colour alone).
 */
import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableRow, TextRun } from 'docx';
import type { IBoardPack, IPackAssignment, IPackSummaryRow } from '../../domain/board/pack';
import type { IReportDue } from '../../domain/board/model';
import { ANSWER_STATUS_WORDS, JUDGEMENT_LABELS, JUDGEMENT_WORDS, NOT_ANSWERED_WORD, REPORTING_BACK_LABELS } from '../../domain/import';
import { JUDGEMENT_DIMENSIONS } from '../../domain/model';
import { formatQuarter } from '../../domain/quarter';
import { buildBody, cell, fullWidthTable, heading, labelled, textParagraphs, type DocxLocale } from './exportReportToDocx';
import {
  PACK_ASSIGNMENTS_HEADING,
  PACK_COL_CHANGES,
  PACK_COL_DUE,
  PACK_COL_OBJECT,
  PACK_COL_PERIOD,
  PACK_DUE_WORDS,
  PACK_FIRST_REPORT,
  PACK_LABEL_MEETING,
  PACK_LABEL_QUARTER,
  PACK_NO_ANSWER,
  PACK_NO_ASSIGNMENTS,
  PACK_NO_CHANGE,
  PACK_NO_REPORT,
  PACK_REPORTS_HEADING,
  PACK_SUMMARY_HEADING,
  PACK_TITLE
} from '../template';

export interface IExportBoardPackOptions {
  /** Formats the reports' chart tables; the pack's own texts are Swedish. */
  readonly locale: DocxLocale;
}

export function dueText(due: IReportDue): string {
  const words = PACK_DUE_WORDS[due.state];
  return due.dueDate && due.state !== 'noMeeting' ? `${words} (${due.dueDate})` : words;
}

export function changesText(row: IPackSummaryRow): string {
  if (!row.report) return '';
  if (row.report.first) return PACK_FIRST_REPORT;
  if (row.report.changes.length === 0) return PACK_NO_CHANGE;
  return row.report.changes.map((c) => `${JUDGEMENT_LABELS[c.target]}: ${JUDGEMENT_WORDS[c.from]} \u2192 ${JUDGEMENT_WORDS[c.to]}`).join('; ');
}

function summaryTable(rows: readonly IPackSummaryRow[]): Table {
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell(PACK_COL_OBJECT, { bold: true }),
      cell(PACK_COL_PERIOD, { bold: true }),
      cell(JUDGEMENT_LABELS.overall, { bold: true }),
      ...JUDGEMENT_DIMENSIONS.map((d) => cell(JUDGEMENT_LABELS[d], { bold: true })),
      cell(PACK_COL_CHANGES, { bold: true }),
      cell(PACK_COL_DUE, { bold: true })
    ]
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        children: row.report
          ? [
              cell(row.objectTitle),
              cell(formatQuarter(row.due.period, 'quarterFirst')),
              cell(JUDGEMENT_WORDS[row.report.overall]),
              ...JUDGEMENT_DIMENSIONS.map((d) => cell(JUDGEMENT_WORDS[(row.report as NonNullable<IPackSummaryRow['report']>).dimensions[d]])),
              cell(changesText(row)),
              cell(dueText(row.due))
            ]
          : [cell(row.objectTitle), cell(formatQuarter(row.due.period, 'quarterFirst')), cell(PACK_NO_REPORT, { columnSpan: 6 }), cell(dueText(row.due))]
      })
  );
  return fullWidthTable([header, ...body]);
}

function assignmentParagraphs(items: readonly IPackAssignment[]): Paragraph[] {
  if (items.length === 0) return [new Paragraph({ text: PACK_NO_ASSIGNMENTS })];
  const out: Paragraph[] = [];
  items.forEach((item) => {
    const a = item.assignment;
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun({ text: `${REPORTING_BACK_LABELS.assignment} ${a.key} \u2013 ${item.objectTitle}` })] }),
      ...textParagraphs(a.text),
      labelled(`${REPORTING_BACK_LABELS.givenFor}:`, formatQuarter(a.givenFor, 'quarterFirst')),
      labelled(`${REPORTING_BACK_LABELS.answerBy}:`, formatQuarter(a.answerBy, 'quarterFirst')),
      labelled(`${REPORTING_BACK_LABELS.status}:`, item.answer?.status ? ANSWER_STATUS_WORDS[item.answer.status] : NOT_ANSWERED_WORD),
      new Paragraph({ children: [new TextRun({ text: `${REPORTING_BACK_LABELS.answer}:`, bold: true })] }),
      ...(item.answer && item.answer.answer !== '' ? textParagraphs(item.answer.answer) : [new Paragraph({ text: PACK_NO_ANSWER })])
    );
  });
  return out;
}

/** The pack's first pages: title, quarter and meeting, summary table, assignments. */
export function buildPackFront(pack: IBoardPack): (Paragraph | Table)[] {
  const front: (Paragraph | Table)[] = [
    new Paragraph({ text: PACK_TITLE, heading: HeadingLevel.TITLE }),
    labelled(PACK_LABEL_QUARTER, formatQuarter(pack.period, 'quarterFirst'))
  ];
  if (pack.meeting) front.push(labelled(PACK_LABEL_MEETING, `${pack.meeting.title} (${pack.meeting.date})`));
  front.push(heading(PACK_SUMMARY_HEADING), summaryTable(pack.summary), heading(PACK_ASSIGNMENTS_HEADING), ...assignmentParagraphs(pack.assignments));
  if (pack.reports.length > 0) front.push(heading(PACK_REPORTS_HEADING));
  return front;
}

export async function exportBoardPackToDocx(pack: IBoardPack, options: IExportBoardPackOptions): Promise<Uint8Array> {
  const title = pack.meeting ? `${PACK_TITLE} \u2013 ${pack.meeting.title}` : `${PACK_TITLE} \u2013 ${formatQuarter(pack.period, 'quarterFirst')}`;
  const document = new Document({
    creator: 'GITS Statusrapport',
    lastModifiedBy: 'GITS Statusrapport',
    title,
    styles: { default: { document: { run: { language: { value: 'sv-SE' } } } } },
    sections: [
      // The summary table has nine columns: landscape.
      { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children: buildPackFront(pack) },
      // Each report starts on a page of its own (a new section starts on the next page).
      ...pack.reports.map((report) => ({ children: buildBody(report, { locale: options.locale }) }))
    ]
  });
  return Packer.pack(document, 'uint8array');
}
