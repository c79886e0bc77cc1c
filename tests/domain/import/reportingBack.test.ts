import { formatReportText, parseReportText, REPORTING_BACK_SECTION_TITLE } from '../../../src/domain/import';
import type { IReportingBackItem } from '../../../src/domain/board/model';
import type { IStatusReport } from '../../../src/domain/model';
import { seedReport } from '../../support/seed';

const items: IReportingBackItem[] = [
  {
    assignmentKey: 'SHVO-2025Q4-1',
    assignment: 'Redovisa en plan för beroendet till Oracle.\nPlanen ska ha tidpunkter.',
    givenFor: { year: 2025, quarter: 4 },
    answerBy: { year: 2026, quarter: 1 },
    status: 'ongoing',
    answer: 'Planen tas fram tillsammans med VVG.\nKlar i mars.\n\nAnmärkning: tidplanen beror på Oracle.'
  },
  { assignmentKey: 'SHVO-2025Q4-2', assignment: 'Följ upp SAMSA-avtalet.', givenFor: { year: 2025, quarter: 4 }, answerBy: { year: 2026, quarter: 3 }, answer: '' },
  { assignmentKey: 'SHVO-2025Q3-4', assignment: 'Ta fram en utbildningsplan.', givenFor: { year: 2025, quarter: 3 }, answerBy: { year: 2026, quarter: 1 }, status: 'done', answer: 'Klar och publicerad.' }
];

function answered(): IStatusReport {
  const seed = seedReport();
  return { ...seed, header: { ...seed.header, period: { year: 2026, quarter: 1 } }, reportingBack: items };
}

describe('the reporting-back section of the text format', () => {
  it('round-trips every item, answered or not, exactly', () => {
    const report = answered();
    const text = formatReportText(report);
    const again = parseReportText(text);
    expect(again.errors).toEqual([]);
    expect(again.unplaced).toEqual([]);
    expect(again.report).toStrictEqual(report);
    expect(again.report && formatReportText(again.report)).toBe(text);
  });

  it('writes the section after the header with one labelled block per assignment', () => {
    const text = formatReportText(answered());
    expect(text).toContain(
      [
        `## ${REPORTING_BACK_SECTION_TITLE}`,
        '',
        '**Uppdrag SHVO-2025Q4-1:** Redovisa en plan för beroendet till Oracle.',
        'Planen ska ha tidpunkter.',
        '**Givet för:** Q4 2025',
        '**Besvaras senast:** Q1 2026',
        '**Status:** Pågår',
        '**Svar:**',
        'Planen tas fram tillsammans med VVG.',
        'Klar i mars.',
        '',
        'Anmärkning: tidplanen beror på Oracle.',
        '',
        '**Uppdrag SHVO-2025Q4-2:** Följ upp SAMSA-avtalet.',
        '**Givet för:** Q4 2025',
        '**Besvaras senast:** Q3 2026',
        '**Status:** Ej besvarat',
        '**Svar:**',
        ''
      ].join('\n')
    );
    expect(text.indexOf(REPORTING_BACK_SECTION_TITLE)).toBeLessThan(text.indexOf('## Ansvarig funktionskoordinator'));
  });

  it('writes nothing for a report without assignments, so the seed is unchanged', () => {
    const seed = seedReport();
    expect(formatReportText(seed)).not.toContain('Återrapportering');
    expect(formatReportText({ ...seed, reportingBack: [] })).toBe(formatReportText(seed));
  });

  it('reads labels without bold marks, as a Word document gives them, and lists what it cannot place', () => {
    const text = [
      '# Statusrapport - förvaltningsobjekt i GITS',
      '',
      '**Förvaltningsobjekt:** Samordnad hälsa (SHVO)',
      '',
      '**Kvartal:** Q1 2026 (jan–mars)',
      '',
      '## Återrapportering av uppdrag från ledningsrådet',
      '',
      'Uppdrag SHVO-2025Q4-1: Redovisa en plan.',
      '',
      'Givet för: Q4 2025',
      '',
      'Status: Klart',
      '',
      'Svar:',
      '',
      'Planen är klar.',
      '',
      'Status: halvvägs',
      'Uppdrag utan-nyckel: Något',
      'Fri text utanför ett uppdrag'
    ].join('\n');
    const parsed = parseReportText(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.report?.reportingBack).toEqual([
      {
        assignmentKey: 'SHVO-2025Q4-1',
        assignment: 'Redovisa en plan.',
        givenFor: { year: 2025, quarter: 4 },
        answerBy: { year: 2026, quarter: 1 },
        status: 'done',
        answer: 'Planen är klar.\n\nStatus: halvvägs'
      }
    ]);
    expect(parsed.unplaced.map((u) => [u.line, u.reason])).toEqual([
      [20, 'import.unplaced.unexpectedLine'],
      [21, 'import.unplaced.unexpectedLine']
    ]);
  });
});
