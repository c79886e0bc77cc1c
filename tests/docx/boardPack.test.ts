/**
 * The board pack's Word document: the texts of word/document.xml in reading order, summary
 * table first, then the assignments with their answers, then each approved report.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { exportBoardPackToDocx } from '../../src/docx';
import { buildBoardPack } from '../../src/domain/board/pack';
import type { IQuarter, IStatusReport } from '../../src/domain/model';
import { notJudged, setJudgements, withJudgement } from '../../src/domain/judgement';
import { seedReport } from '../support/seed';

const q3 = { year: 2025, quarter: 3 } as const;
const q4 = { year: 2025, quarter: 4 } as const;

/** Paragraph texts of document.xml in order (runs joined, one entry per w:p). */
function documentTexts(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  const out: string[] = [];
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  paragraphs.forEach((p) => {
    const text = (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('');
    if (text !== '') out.push(text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
  });
  return out;
}

function expectInOrder(texts: readonly string[], expected: readonly string[]): void {
  let at = 0;
  expected.forEach((e) => {
    const found = texts.findIndex((t, i) => i >= at && t.indexOf(e) >= 0);
    if (found < 0) throw new Error(`"${e}" not found after position ${at}; texts from there: ${JSON.stringify(texts.slice(at, at + 12))}`);
    at = found + 1;
  });
}

function report(objectKey: string, title: string, period: IQuarter = q4): IStatusReport {
  const seed = seedReport();
  const judged = withJudgement(notJudged(), 'overall', { status: period.quarter === 4 ? 'attention' : 'good', comment: 'Oracle-beroendet.' });
  return setJudgements({ ...seed, header: { ...seed.header, objectKey, objectTitle: title, period } }, judged);
}

describe('board pack as Word', () => {
  it('writes the summary, then the open assignments with answers, then each approved report, in order', async () => {
    const shvo: IStatusReport = {
      ...report('SHVO', 'Samordnad hälsa (SHVO)'),
      reportingBack: [{ assignmentKey: 'SHVO-2025Q3-1', assignment: 'Redovisa en plan för Oracle.', givenFor: q3, answerBy: q4, status: 'ongoing', answer: 'Planen är klar i mars.' }]
    };
    const pack = buildBoardPack({
      period: q4,
      objects: [
        { key: 'SHVO', title: 'Samordnad hälsa (SHVO)' },
        { key: 'EKO', title: 'Ekonomisystemet' },
        { key: 'ABC', title: 'ABC-tjänsten' }
      ],
      reports: [{ report: shvo, previous: report('SHVO', 'Samordnad hälsa (SHVO)', q3) }, { report: report('ABC', 'ABC-tjänsten') }],
      meetings: [{ date: '2026-02-12', title: 'GITS ledningsråd 2026-02-12' }],
      daysBefore: 14,
      today: '2026-02-05',
      assignments: [
        { key: 'SHVO-2025Q3-1', objectKey: 'SHVO', text: 'Redovisa en plan för Oracle.', givenFor: q3, meetingDate: '2025-11-06', answerBy: q4, state: 'open' },
        { key: 'EKO-2025Q3-1', objectKey: 'EKO', text: 'Redovisa licenskostnaderna.', givenFor: q3, meetingDate: '2025-11-06', answerBy: q4, state: 'open' }
      ]
    });
    const texts = documentTexts(await exportBoardPackToDocx(pack, { locale: 'sv-SE' }));
    expectInOrder(texts, [
      'Underlag till GITS ledningsråd',
      'Kvartal: Q4 2025',
      'Möte: GITS ledningsråd 2026-02-12 (2026-02-12)',
      'Sammanfattning',
      'Förvaltningsobjekt',
      'Samlad bedömning',
      'Inlämning',
      'Samordnad hälsa (SHVO)',
      'Q4 2025',
      'Risk för avvikelse',
      'Samlad bedömning: Enligt plan → Risk för avvikelse',
      'Inlämnad (2026-01-29)',
      'Ekonomisystemet',
      'Ingen godkänd rapport',
      'Försenad, skulle ha lämnats senast (2026-01-29)',
      'ABC-tjänsten',
      'Första rapporten till ledningsrådet',
      'Öppna uppdrag och återrapportering',
      'Uppdrag SHVO-2025Q3-1 – Samordnad hälsa (SHVO)',
      'Redovisa en plan för Oracle.',
      'Status: Pågår',
      'Planen är klar i mars.',
      'Uppdrag EKO-2025Q3-1 – Ekonomisystemet',
      'Status: Ej besvarat',
      'Rapporten ger inget svar.',
      'Godkända rapporter',
      'Statusrapport - förvaltningsobjekt i GITS',
      'Förvaltningsobjekt: Samordnad hälsa (SHVO)',
      'Återrapportering av uppdrag från ledningsrådet',
      'Uppdrag SHVO-2025Q3-1: Redovisa en plan för Oracle.',
      'Kommunikationsaktiviteter',
      'Statusrapport - förvaltningsobjekt i GITS',
      'Förvaltningsobjekt: ABC-tjänsten',
      'Kommunikationsaktiviteter'
    ]);
    // Two reports, each once.
    expect(texts.filter((t) => t === 'Statusrapport - förvaltningsobjekt i GITS')).toHaveLength(2);
  });

  it('says so when no assignment is open', async () => {
    const pack = buildBoardPack({ period: q4, objects: [{ key: 'ABC', title: 'ABC' }], reports: [], meetings: [], daysBefore: 14, today: '2026-01-10', assignments: [] });
    const texts = documentTexts(await exportBoardPackToDocx(pack, { locale: 'sv-SE' }));
    expectInOrder(texts, ['Sammanfattning', 'ABC', 'Ingen godkänd rapport', 'Inget möte i kalendern', 'Inga öppna uppdrag.']);
    expect(texts).not.toContain('Godkända rapporter');
  });
});
