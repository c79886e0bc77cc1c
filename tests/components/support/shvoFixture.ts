/**
 * A hand-built approved snapshot of the seed report (SHVO, Q4 2025), with the seed's own texts
 * and figures, plus an approved KPI history for the trend chart.
 */
import type { IKpiSeries, IReportSnapshot, IStatusReport } from '../../../src/domain/model';
import type { IReportSummary } from '../../../src/data/repository/IStatusReportRepository';

export const SHVO_REPORT: IStatusReport = {
  header: {
    objectKey: 'SHVO',
    objectTitle: 'Samordnad hälsa, vård och omsorg (SHVO) inkl. SAMSA it-tjänst',
    period: { year: 2025, quarter: 4 },
    coordinator: { displayName: 'Gisella Koutsiou' },
    mission:
      'Samordnad hälsa, vård och omsorg (SHVO) har uppdraget att säkerställa förvaltning och utveckling av systemstödet SAMSA IT-tjänst utifrån verksamheternas behov.',
    approval: 'approved'
  },
  events: [
    {
      text: 'Beslutad Förvaltningsplan samordnad hälsa, vård och omsorg (SHVO)2025 av Vårdsamverkan i Västra Götaland (VVG) 11/9 - 2025.',
      subItems: []
    },
    {
      text: 'VVG har under året tagit beslut om reviderade riktlinjer och rutiner. Under hösten har aktuella uppdateringar genomförts:',
      subItems: [
        'Lathund för SAMSA Sysadm har reviderats för en förbättrad grafisk layout.',
        'SIP-delen i ovan nämnda utbildning har reviderats.'
      ]
    }
  ],
  kpiSectionTitle: 'Sammanställning av mötesstatistik och nyckeltal för SAMSA 2024–2025.',
  kpiDefinitions: [
    { key: 'attached-files', label: 'Antalet bifogade filer', unit: 'st', category: 'usage' },
    { key: 'mailbox-cases', label: 'Ärenden i funktionsbrevlådan', unit: '', category: 'support' },
    { key: 'alfresco-cleanup', label: 'Rensning av filer i Alfresco', unit: '', category: 'documentation' },
    { key: 'registered-users', label: 'Totalt registrerade användare i SAMSA IT-tjänst', unit: 'st', category: 'users' },
    { key: 'active-users', label: 'Antal aktiva användare i SAMSA IT-tjänst', unit: 'st', category: 'users' },
    { key: 'active-share', label: 'Andel aktiva användare av registrerade användare i SAMSA IT-tjänst', unit: '%', category: 'users' }
  ],
  kpis: [
    {
      definitionKey: 'attached-files',
      current: { text: '32 803 jan–april', number: 32803, qualifier: 'jan–april' },
      previous: { text: '1 520 jan–maj', number: 1520, qualifier: 'jan–maj' },
      comment: 'Möjlighet att ladda upp PDF-filer som bilagor till ett ärende eller en SIP i IT-tjänsten SAMSA.'
    },
    {
      definitionKey: 'mailbox-cases',
      current: { text: '64 ärenden (vecka 39–44)', number: 64, qualifier: 'ärenden (vecka 39–44)' },
      comment: '<a href="mailto:info.samsa@vgregion.se">info.samsa@vgregion.se</a>'
    },
    {
      definitionKey: 'alfresco-cleanup',
      current: { text: 'Slutfört nov' },
      comment: 'SHVO har nya plattformar för dokumentation.'
    },
    {
      definitionKey: 'registered-users',
      current: { text: '61 829', number: 61829 },
      previous: { text: '52 796', number: 52796 },
      comment: ''
    },
    {
      definitionKey: 'active-users',
      current: { text: '28 852', number: 28852 },
      previous: { text: '21 545', number: 21545 },
      comment: 'Fördelat på sjukhus, kommun och primärvård.'
    },
    {
      definitionKey: 'active-share',
      current: { text: '46,6 %', number: 46.6 },
      previous: { text: '40,8 %', number: 40.8 },
      comment: ''
    }
  ],
  meetings: [
    {
      type: 'Avstämning med Peak Networks/support',
      current: '1 gång/vecka. Antal deltagare 2–4.',
      previous: '',
      purpose: 'Drift, support, tilläggsbeställningar, statistik, övrigt med extern leverantör.'
    },
    { type: 'Arbetsmöten SHVO', current: 'Veckovis', previous: 'Veckovis', purpose: 'Operativa frågor.' }
  ],
  chartCaption:
    'Diagram över utvecklingen av antalet användare i SAMSA IT-tjänst som visar att antalet aktiva användare har ökat med 34 % 2025.',
  problems: [
    {
      text: 'Utveckling av SAMSA IT-tjänst är högt prioriterat ur ett patientsäkerhetsperspektiv. Dialog med Oracle behöver initieras för uppstart av utveckling.',
      subItems: [],
      status: 'open'
    },
    {
      text: 'I nuläget saknas representation till länsgemensam referensgrupp SHVO från 2 av 6 delregioner.',
      subItems: [],
      status: 'open'
    }
  ],
  activities: [
    {
      text: 'Bevakning av utvecklingen av den nya förordningen kring e-hälsodata inom EU.',
      subItems: [],
      status: 'planned'
    }
  ],
  economy: { items: [{ text: 'Budget per oktober visar ett positivt resultat.', subItems: [] }], assessment: 'good' },
  staffing: {
    fteStart: 6,
    fteEnd: 4,
    items: [
      {
        text: 'Antalet medarbetare inom SHVO har reducerats från 6 årsarbetare till 4 under året.',
        subItems: ['Uppdraget "Samexistens Millennium SAMVY" avslutades årsskiftet 2024/2025 med två personer.']
      }
    ]
  },
  communication: [{ text: 'Kontinuerlig dialog med beredningsansvariga för SITIV och VVG samt GITS ledningsråd.', subItems: [] }]
};

export const SHVO_SNAPSHOT: IReportSnapshot = {
  report: SHVO_REPORT,
  revision: 2,
  submittedBy: { displayName: 'Gisella Koutsiou' },
  submittedAt: '2026-01-12T09:30:00Z',
  approval: 'approved',
  approvedBy: { displayName: 'Alva Prov' },
  approvedAt: '2026-01-20T13:00:00Z'
};

const users = SHVO_REPORT.kpiDefinitions;

/** Approved history Q4 2024 … Q4 2025 with Q2 2025 missing for active users (a gap). */
export const SHVO_HISTORY: IKpiSeries[] = [
  {
    definition: users[3],
    points: [
      { period: { year: 2024, quarter: 4 }, value: 52796 },
      { period: { year: 2025, quarter: 1 }, value: 54010 },
      { period: { year: 2025, quarter: 2 }, value: 56500 },
      { period: { year: 2025, quarter: 3 }, value: 59020 },
      { period: { year: 2025, quarter: 4 }, value: 61829 }
    ]
  },
  {
    definition: users[4],
    points: [
      { period: { year: 2024, quarter: 4 }, value: 21545 },
      { period: { year: 2025, quarter: 1 }, value: 23100 },
      { period: { year: 2025, quarter: 2 } },
      { period: { year: 2025, quarter: 3 }, value: 27011 },
      { period: { year: 2025, quarter: 4 }, value: 28852 }
    ]
  },
  {
    definition: users[5],
    points: [
      { period: { year: 2024, quarter: 4 }, value: 40.8 },
      { period: { year: 2025, quarter: 4 }, value: 46.6 }
    ]
  },
  {
    definition: { key: 'fte', label: 'Årsarbetare', unit: 'FTE', category: 'other' },
    points: [
      { period: { year: 2024, quarter: 4 }, value: 6 },
      { period: { year: 2025, quarter: 4 }, value: 4 }
    ]
  }
];

/** The approved Q4 2025 report as the report list shows it. */
export const SHVO_Q4_SUMMARY: IReportSummary = {
  id: 1,
  objectKey: 'SHVO',
  objectTitle: SHVO_REPORT.header.objectTitle,
  period: { year: 2025, quarter: 4 },
  approval: 'approved',
  coordinator: SHVO_REPORT.header.coordinator,
  revision: 1,
  modified: '2026-01-20T13:00:00Z'
};
