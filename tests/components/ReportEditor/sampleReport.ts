// A small report with the seed's (SHVO Q4 2025) wording, built by hand so editor tests do not
// depend on the importer.
import type { IStatusReport } from '../../../src/domain/model';

export function sampleReport(): IStatusReport {
  return {
    header: {
      objectKey: 'SHVO',
      objectTitle: 'Samordnad hälsa, vård och omsorg (SHVO) inkl. SAMSA it-tjänst',
      period: { year: 2025, quarter: 4 },
      coordinator: { displayName: 'Greta Exempel', email: 'greta.exempel@example.org' },
      mission: 'SHVO har uppdraget att säkerställa förvaltning och utveckling av systemstödet SAMSA IT-tjänst.',
      approval: 'draft'
    },
    events: [
      { text: 'Beslutad Förvaltningsplan SHVO 2025 av VVG 11/9 - 2025.', subItems: [] },
      {
        text: 'VVG har under året tagit beslut om reviderade riktlinjer och rutiner.',
        subItems: ['Lathund för SAMSA Sysadm har reviderats.', 'SIP-delen i utbildningen har reviderats.'],
        date: '2025-09-11'
      }
    ],
    kpiSectionTitle: 'Sammanställning av mötesstatistik och nyckeltal för SAMSA 2024–2025.',
    kpiDefinitions: [
      { key: 'registered-users', label: 'Totalt registrerade användare i SAMSA IT-tjänst', unit: 'st', category: 'users' },
      { key: 'share-active-users', label: 'Andel aktiva användare av registrerade användare', unit: '%', category: 'users' },
      { key: 'attached-files', label: 'Antalet bifogade filer', unit: 'st', category: 'usage' }
    ],
    kpis: [
      { definitionKey: 'registered-users', current: { text: '61 829', number: 61829 }, previous: { text: '52 796', number: 52796 }, comment: '' },
      { definitionKey: 'share-active-users', current: { text: '46,6 %', number: 46.6 }, previous: { text: '40,8 %', number: 40.8 }, comment: '' },
      {
        definitionKey: 'attached-files',
        current: { text: '32 803 jan–april', number: 32803, qualifier: 'jan–april' },
        previous: { text: '1 520 jan–maj', number: 1520, qualifier: 'jan–maj' },
        comment: 'Möjlighet att ladda upp PDF-filer som bilagor.'
      }
    ],
    meetings: [
      { type: 'Arbetsmöten SHVO', current: 'Veckovis', previous: 'Veckovis', purpose: 'Operativa frågor.' },
      { type: 'Månadsmöten GITS', current: 'Månadsvis', previous: 'Månadsvis', purpose: 'På olika fysiska ställen.' }
    ],
    chartCaption: 'Diagram över utvecklingen av antalet användare i SAMSA IT-tjänst.',
    problems: [
      { text: 'Dialog med Oracle behöver initieras för uppstart av utveckling.', subItems: [], status: 'open' },
      { text: 'Representation saknas från 2 av 6 delregioner.', subItems: [], status: 'open' }
    ],
    activities: [{ text: 'Planering av utbildningsinsats 2026–2028.', subItems: [], status: 'ongoing' }],
    economy: { items: [{ text: 'Budget per oktober visar ett positivt resultat.', subItems: [] }], assessment: 'good' },
    staffing: {
      fteStart: 6,
      fteEnd: 4,
      items: [{ text: 'Antalet medarbetare inom SHVO har reducerats från 6 årsarbetare till 4 under året.', subItems: [] }]
    },
    communication: [{ text: 'Kontinuerlig dialog med beredningsansvariga för SITIV och VVG.', subItems: [] }]
  };
}
