import { exportReportToDocx, importReportFromDocx } from '../../src/docx';
import { formatReportText, parseReportText } from '../../src/domain/import';
import type { IStatusReport } from '../../src/domain/model';
import { seedReport } from '../support/seed';
import { judgementsOf, notJudged, setJudgements } from '../../src/domain/judgement';

describe('Word round trip of the seed report', () => {
  it('seed → .docx → import → .docx → import gives the same report, every value deep-equal', async () => {
    const original = seedReport();
    const first = importReportFromDocx(await exportReportToDocx(original, { locale: 'sv-SE' }));
    expect(first.errors).toEqual([]);
    expect(first.unplaced).toEqual([]);
    expect(first.report).toEqual(original);

    const second = importReportFromDocx(await exportReportToDocx(first.report as IStatusReport, { locale: 'en-US' }));
    expect(second.errors).toEqual([]);
    expect(second.unplaced).toEqual([]);
    expect(second.report).toEqual(first.report);
    expect(second.report).toEqual(original);
  });

  it('a document with the chart picture and its data table imports to the same report; both are listed as ignored', async () => {
    const original = seedReport();
    const chartPng = new Uint8Array(33);
    chartPng.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 2, 0x58, 0, 0, 1, 0x2c]);
    const chartTable = [
      {
        definition: { key: 'registered-users', label: 'Registrerade användare', unit: '', category: 'users' as const },
        points: [{ period: { year: 2025, quarter: 4 as const }, value: 61829 }]
      }
    ];
    const preview = importReportFromDocx(await exportReportToDocx(original, { locale: 'sv-SE', chartPng, chartTable }));
    expect(preview.errors).toEqual([]);
    expect(preview.unplaced).toEqual([]);
    expect(preview.report).toEqual(original);
    expect(preview.ignored.map((n) => [n.where.kind, n.reason])).toEqual([
      ['paragraph', 'docx.ignored.chart'],
      ['table', 'docx.ignored.chart']
    ]);
    expect(preview.ignored[1].text).toBe('Kvartal\tRegistrerade användare\n2025 Q4\t61\u00a0829');
  });

  it('places the seed values where the seed importer does', async () => {
    const imported = importReportFromDocx(await exportReportToDocx(seedReport(), { locale: 'sv-SE' })).report as IStatusReport;
    expect(imported.header).toMatchObject({
      objectKey: 'SHVO',
      objectTitle: 'Samordnad hälsa, vård och omsorg (SHVO) inkl. SAMSA it-tjänst',
      period: { year: 2025, quarter: 4 },
      coordinator: { displayName: 'Gisella Koutsiou' },
      approval: 'draft'
    });
    expect(imported.events).toHaveLength(8);
    expect(imported.events[7].subItems).toHaveLength(2);
    const byLabel = (label: string): IStatusReport['kpis'][number] => {
      const def = imported.kpiDefinitions.find((d) => d.label === label);
      return imported.kpis.find((k) => k.definitionKey === def?.key) as IStatusReport['kpis'][number];
    };
    expect(byLabel('Totalt registrerade användare i SAMSA IT-tjänst').current).toEqual({ text: '61 829', number: 61829 });
    expect(byLabel('Totalt registrerade användare i SAMSA IT-tjänst').previous).toEqual({ text: '52 796', number: 52796 });
    expect(byLabel('Antalet bifogade filer').current).toMatchObject({ text: '32 803 jan–april', number: 32803 });
    expect(imported.meetings).toHaveLength(7);
    expect(imported.meetings[3]).toEqual({
      type: 'Förvaltningsgrupp SAMSA(Referensgrupp SHVO)',
      current: '6 möten per november. Antal deltagare 13–14.',
      previous: '7 möten per november. Antal deltagare 13–16.',
      purpose: 'Dialog pågår kring form och mötesstruktur.'
    });
    expect(imported.staffing).toMatchObject({ fteStart: 6, fteEnd: 4 });
    expect(imported.problems).toHaveLength(4);
    expect(imported.activities).toHaveLength(5);
    expect(imported.communication).toHaveLength(4);
  });

  it('carries what the text format carries beyond the seed: e-mail, assessment, multi-line texts, other quarter', async () => {
    const seed = seedReport();
    const edited: IStatusReport = {
      ...seed,
      header: {
        ...seed.header,
        period: { year: 2026, quarter: 2 },
        coordinator: { displayName: 'Alva Prov', email: 'alva.prov@example.org' },
        mission: 'Första raden\nandra raden\n\nEtt nytt stycke.'
      },
      events: [{ text: 'Händelse med & och <taggar>', subItems: ['under ett\nmed radbrytning'] }],
      economy: { ...seed.economy, assessment: 'good' },
      chartCaption: 'Rad 1\n\nRad 2'
    };
    // What the domain makes of it through its own text format is the reference.
    const viaText = parseReportText(formatReportText(edited)).report;
    const viaWord = importReportFromDocx(await exportReportToDocx(edited, { locale: 'sv-SE' }));
    expect(viaWord.errors).toEqual([]);
    expect(viaWord.report).toEqual(viaText);
    expect(viaWord.report?.header.period).toEqual({ year: 2026, quarter: 2 });
    expect(viaWord.report?.header.mission).toBe('Första raden\nandra raden\n\nEtt nytt stycke.');
    expect(viaWord.report?.economy.assessment).toBe('good');
    expect(viaWord.report?.events[0]).toEqual({ text: 'Händelse med & och <taggar>', subItems: ['under ett\nmed radbrytning'] });
  });
});

describe('Word round trip of the judged status', () => {
  const judgements = {
    overall: { status: 'attention' as const, comment: 'Utvecklingen av SAMSA väntar på dialog med Oracle.\n\nAndra stycket, med <b>taggar</b> som text.' },
    dimensions: {
      delivery: { status: 'good' as const, comment: '' },
      economy: { status: 'problem' as const, comment: 'Prognosen visar underskott.', carriedOver: true as const },
      resources: { status: 'attention' as const, comment: 'Två delregioner saknar representant.\nRad två.' },
      risks: { status: 'notAssessed' as const, comment: '', carriedOver: true as const }
    }
  };

  it('writes the judgements after the header and reads them back exactly, unconfirmed marks included', async () => {
    const original = setJudgements(seedReport(), judgements);
    const imported = importReportFromDocx(await exportReportToDocx(original, { locale: 'sv-SE' }));
    expect(imported.errors).toEqual([]);
    expect(imported.unplaced).toEqual([]);
    expect(imported.report).toEqual(original);
    expect(imported.report?.economy.assessment).toBe('problem');
  });

  it('a Word report without judgements (every report before them) imports as not assessed', async () => {
    const imported = importReportFromDocx(await exportReportToDocx(seedReport(), { locale: 'sv-SE' }));
    expect(imported.report?.judgements).toBeUndefined();
    expect(judgementsOf(imported.report as IStatusReport)).toEqual(notJudged());
  });
});

describe('Word round trip of the reporting-back section', () => {
  it("carries the team's answers out to Word and back, every item deep-equal", async () => {
    const seed = seedReport();
    const report: IStatusReport = {
      ...seed,
      header: { ...seed.header, period: { year: 2026, quarter: 1 } },
      reportingBack: [
        {
          assignmentKey: 'SHVO-2025Q4-1',
          assignment: 'Redovisa en plan för beroendet till Oracle.\nMed tidpunkter.',
          givenFor: { year: 2025, quarter: 4 },
          answerBy: { year: 2026, quarter: 1 },
          status: 'ongoing',
          answer: 'Planen tas fram tillsammans med VVG.\nKlar i mars.\n\nAndra stycket.'
        },
        { assignmentKey: 'SHVO-2025Q4-2', assignment: 'Följ upp SAMSA-avtalet.', givenFor: { year: 2025, quarter: 4 }, answerBy: { year: 2026, quarter: 3 }, answer: '' }
      ]
    };
    const imported = importReportFromDocx(await exportReportToDocx(report, { locale: 'sv-SE' }));
    expect(imported.errors).toEqual([]);
    expect(imported.unplaced).toEqual([]);
    expect(imported.report).toEqual(report);
  });
});
