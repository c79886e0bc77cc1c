/**
 * Writes a report in the text format parseReportText reads, so that
 * parseReportText(formatReportText(report)) gives the report back.
 */
import type { IKpiValue, IStatusReport, ITextItem } from '../model';
import { formatQuarter, quarterMonthRange } from '../quarter';
import { formatJudgementLines, JUDGEMENT_SECTION_TITLE } from './judgementText';
import { ECONOMY_ASSESSMENT_WORDS } from './parseReportText';
import { formatReportingBackLines, REPORTING_BACK_SECTION_TITLE } from './reportingBackText';

export const REPORT_DOCUMENT_TITLE: string = 'Statusrapport - förvaltningsobjekt i GITS';

/** A table cell cannot hold tabs or line breaks; they become spaces. */
function cell(text: string | undefined): string {
  return (text || '').replace(/[\t\r\n]+/g, ' ');
}

function valueCell(value: IKpiValue | undefined): string {
  return value ? cell(value.text) : '';
}

function itemLines(items: readonly ITextItem[]): string[] {
  const lines: string[] = [];
  for (const item of items) {
    lines.push(`- ${item.text}`);
    for (const sub of item.subItems) {
      lines.push(`  - ${sub}`);
    }
  }
  return lines;
}

function section(title: string, body: readonly string[]): string[] {
  return body.length ? [`## ${title}`, '', ...body, ''] : [`## ${title}`, ''];
}

export function formatReportText(report: IStatusReport): string {
  const { header } = report;
  const year = header.period.year;
  const out: string[] = [
    `# ${REPORT_DOCUMENT_TITLE}`,
    '',
    `**Förvaltningsobjekt:** ${header.objectTitle}`,
    '',
    `**Kvartal:** ${formatQuarter(header.period, 'quarterFirst')} (${quarterMonthRange(header.period.quarter, 'sv')})`,
    '',
    '---',
    ''
  ];

  const judgementLines = formatJudgementLines(report.judgements);
  if (judgementLines.length) {
    out.push(...section(JUDGEMENT_SECTION_TITLE, judgementLines));
  }
  const reportingBackLines = formatReportingBackLines(report.reportingBack);
  if (reportingBackLines.length) {
    out.push(...section(REPORTING_BACK_SECTION_TITLE, reportingBackLines));
  }

  const person = header.coordinator;
  const personText = person.displayName || person.email ? `${person.displayName}${person.email ? ` (${person.email})` : ''}.` : '';
  out.push(...section('Ansvarig funktionskoordinator', personText ? [personText] : []));
  out.push(...section('Beskrivning av uppdraget', header.mission ? [header.mission] : []));
  out.push(...section('Viktiga händelser under perioden', itemLines(report.events)));

  const hasKpiSection = report.kpiSectionTitle !== '' || report.kpis.length > 0 || report.meetings.length > 0 || report.chartCaption !== '';
  if (hasKpiSection) {
    const labels: Record<string, string> = {};
    report.kpiDefinitions.forEach((definition) => {
      labels[definition.key] = definition.label;
    });
    const body: string[] = [`Område / Nyckeltal\t${year}\t\t${year - 1}\t\tKommentar`];
    for (const entry of report.kpis) {
      const label = Object.prototype.hasOwnProperty.call(labels, entry.definitionKey) ? labels[entry.definitionKey] : entry.definitionKey;
      body.push(`${cell(label)}\t${valueCell(entry.current)}\t\t${valueCell(entry.previous)}\t\t${cell(entry.comment)}`);
    }
    if (report.meetings.length) {
      body.push('Typ av möte/samverkan\tFrekvens/period och deltagare\t\t\t\tInnehåll/syfte', `\t${year}\t\t${year - 1}\t\t`);
      for (const meeting of report.meetings) {
        body.push(`${cell(meeting.type)}\t${cell(meeting.current)}\t\t${cell(meeting.previous)}\t\t${cell(meeting.purpose)}`);
      }
    }
    if (report.chartCaption) {
      body.push('', report.chartCaption);
    }
    out.push(...section(report.kpiSectionTitle || `Nyckeltal ${year - 1}–${year}`, body));
  }

  out.push(...section('Aktuella problemställningar och utmaningar', itemLines(report.problems)));
  out.push(...section('Planerade aktiviteter', itemLines(report.activities)));
  const economyBody: string[] = [];
  if (report.economy.assessment !== 'notAssessed') {
    economyBody.push(`**Ekonomisk bedömning:** ${ECONOMY_ASSESSMENT_WORDS[report.economy.assessment]}`, '');
  }
  economyBody.push(...itemLines(report.economy.items), ...itemLines(report.staffing.items));
  out.push(...section('Ekonomisk status och personalresurser', economyBody));
  out.push(...section('Kommunikationsaktiviteter', itemLines(report.communication)));
  return out.join('\n');
}
