/**
 * For any report, Word carries what the text format carries: importing the exported .docx
 * gives the same report as the domain's own text round trip. Reports are generated from a
 * fixed seed (reproducible), with the texts people actually write: Swedish letters, spaces
 * inside numbers, &, <, quotes, dashes, line breaks, leading/trailing spaces.
 */
import { exportReportToDocx, importReportFromDocx } from '../../src/docx';
import { formatReportText, parseReportText } from '../../src/domain/import';
import type { IStatusReport, ITextItem, QuarterNumber } from '../../src/domain/model';
import { seedReport } from './support/seed';

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 0x100000000;
  };
}

const WORDS = ['Förvaltning', 'åtgärd', 'SAMSA', 'VGR', '61 829', '46,6 %', 'jan–april', '&', '<b>', '"citat"', 'ärenden', 'Q4', '(SHVO)', '–', 'e-post', 'o’Brien', '1 520', 'www.vgregion.se'];

function sentence(r: () => number, allowBreaks: boolean): string {
  const n = 1 + Math.floor(r() * 8);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(r() * WORDS.length)]);
  let text = words.join(' ');
  if (allowBreaks && r() < 0.2) text += '\nfortsättning ' + WORDS[Math.floor(r() * WORDS.length)];
  if (r() < 0.1) text = `  ${text} `;
  return text;
}

function items(r: () => number, max: number): ITextItem[] {
  const out: ITextItem[] = [];
  const n = Math.floor(r() * max);
  for (let i = 0; i < n; i++) {
    const subs: string[] = [];
    const m = r() < 0.3 ? 1 + Math.floor(r() * 3) : 0;
    for (let j = 0; j < m; j++) subs.push(sentence(r, true));
    out.push({ text: sentence(r, true), subItems: subs });
  }
  return out;
}

function randomReport(seedNo: number): IStatusReport {
  const r = rng(seedNo);
  const base = seedReport();
  const kpiCount = Math.floor(r() * 5);
  const defs = base.kpiDefinitions.slice(0, kpiCount);
  return {
    ...base,
    header: {
      ...base.header,
      period: { year: 2020 + Math.floor(r() * 8), quarter: (1 + Math.floor(r() * 4)) as QuarterNumber },
      coordinator: r() < 0.5 ? { displayName: 'Åsa Öberg' } : { displayName: 'Per Exempel', email: 'per.exempel@example.org' },
      mission: r() < 0.2 ? '' : `${sentence(r, true)}${r() < 0.3 ? `\n\n${sentence(r, false)}` : ''}`
    },
    events: items(r, 5),
    kpiDefinitions: defs,
    kpis: base.kpis.slice(0, kpiCount).map((k) => ({ ...k, comment: r() < 0.5 ? '' : sentence(r, false) })),
    meetings: base.meetings.slice(0, Math.floor(r() * 4)),
    chartCaption: r() < 0.3 ? '' : sentence(r, false),
    problems: items(r, 4).map((i) => ({ ...i, status: 'open' as const })),
    activities: items(r, 4).map((i) => ({ ...i, status: 'planned' as const })),
    economy: { items: items(r, 3), assessment: (['good', 'attention', 'problem', 'notAssessed'] as const)[Math.floor(r() * 4)] },
    staffing: { items: [] },
    communication: items(r, 4)
  };
}

describe('Word carries what the text format carries', () => {
  it.each(Array.from({ length: 25 }, (_, i) => i + 1))('generated report #%i', async (seedNo) => {
    const report = randomReport(seedNo);
    const viaText = parseReportText(formatReportText(report));
    const viaWord = importReportFromDocx(await exportReportToDocx(report, { locale: 'sv-SE' }));
    expect(viaWord.errors).toEqual(viaText.errors.map((e) => ({ messageKey: e.messageKey, params: e.params ?? {} })));
    expect(viaWord.unplaced.map((u) => [u.reason, u.text])).toEqual(viaText.unplaced.map((u) => [u.reason, u.text]));
    expect(viaWord.report).toEqual(viaText.report);
  });
});
