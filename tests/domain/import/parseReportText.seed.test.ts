import { parseReportText } from '../../../src/domain/import';
import type { IKpiEntry, IStatusReport } from '../../../src/domain/model';
import { readSeedText } from '../support/seed';

const text = readSeedText();
const result = parseReportText(text, { year: 2025, quarter: 4 });
const report = result.report as IStatusReport;

function kpi(key: string): IKpiEntry {
  const entry = report.kpis.find((e) => e.definitionKey === key);
  if (!entry) {
    throw new Error(`no KPI ${key}`);
  }
  return entry;
}

describe('parseReportText on the SHVO Q4 2025 seed', () => {
  it('places every line: no errors, nothing unplaced', () => {
    expect(result.errors).toEqual([]);
    expect(result.unplaced).toEqual([]);
    expect(report).toBeDefined();
  });

  it('reads the header', () => {
    expect(report.header).toEqual({
      objectKey: 'SHVO',
      objectTitle: 'Samordnad hälsa, vård och omsorg (SHVO) inkl. SAMSA it-tjänst',
      period: { year: 2025, quarter: 4 },
      coordinator: { displayName: 'Gisella Koutsiou' },
      mission: expect.stringMatching(/^Samordnad hälsa, vård och omsorg \(SHVO\) har uppdraget att säkerställa .* i offentlig och privat regi\.$/),
      approval: 'draft'
    });
  });

  it('reads the 8 events, the last with its 2 sub-points, ignoring the blank line between bullets', () => {
    expect(report.events).toHaveLength(8);
    expect(report.events.slice(0, 7).every((e) => e.subItems.length === 0)).toBe(true);
    expect(report.events[0].text).toBe(
      'Beslutad Förvaltningsplan samordnad hälsa, vård och omsorg (SHVO)2025 av Vårdsamverkan i Västra Götaland (VVG) 11/9 - 2025.'
    );
    expect(report.events[4].text).toMatch(/^I november 2024 pausades Millenium/);
    expect(report.events[7].text).toBe('VVG har under året tagit beslut om reviderade riktlinjer och rutiner. Under hösten har aktuella uppdateringar genomförts:');
    expect(report.events[7].subItems).toHaveLength(2);
    expect(report.events[7].subItems[0]).toMatch(/^Lathund för SAMSA Sysadm har reviderats/);
    expect(report.events[7].subItems[1]).toMatch(/^SIP-delen i ovan nämnda utbildning har reviderats\..* under december månad\.$/);
    expect(report.events.every((e) => e.date === undefined)).toBe(true);
  });

  it('reads the KPI section title and 15 KPI rows with stable keys', () => {
    expect(report.kpiSectionTitle).toBe('Sammanställning av mötesstatistik och nyckeltal för SAMSA 2024–2025.');
    expect(report.kpis).toHaveLength(15);
    expect(report.kpiDefinitions.map((d) => d.key)).toEqual([
      'attached-files',
      'guideline-revisions',
      'process-statistics-reports',
      'newsletter-recipients',
      'operational-notices',
      'website-visitors',
      'mailbox-cases',
      'rensning-av-filer-i-alfresco',
      'power-bi-utdatarapporter',
      'instruction-videos',
      'registered-users',
      'active-users',
      'share-active-users',
      'active-users-change',
      'active-users-by-organisation'
    ]);
    expect(report.kpis.map((e) => e.definitionKey)).toEqual(report.kpiDefinitions.map((d) => d.key));
    expect(report.kpiDefinitions[10]).toEqual({
      key: 'registered-users',
      label: 'Totalt registrerade användare i SAMSA IT-tjänst',
      unit: 'st',
      category: 'users'
    });
  });

  it('reads user numbers exactly as written and as values', () => {
    expect(kpi('registered-users')).toEqual({
      definitionKey: 'registered-users',
      current: { text: '61 829', number: 61829 },
      previous: { text: '52 796', number: 52796 },
      comment: ''
    });
    expect(kpi('active-users').current).toEqual({ text: '28 852', number: 28852 });
    expect(kpi('active-users').previous).toEqual({ text: '21 545', number: 21545 });
    expect(kpi('active-users').comment).toBe('Fördelat på sjukhus, kommun och primärvård.');
    expect(kpi('share-active-users').current).toEqual({ text: '46,6 %', number: 46.6 });
    expect(kpi('share-active-users').previous).toEqual({ text: '40,8 %', number: 40.8 });
    expect(kpi('active-users-change')).toEqual({
      definitionKey: 'active-users-change',
      current: { text: '+34 %', number: 34 },
      comment: '7 307 fler aktiva användare 2025 jämfört med 2024.'
    });
  });

  it('keeps period qualifiers beside the numbers', () => {
    expect(kpi('attached-files').current).toEqual({ text: '32 803 jan–april', number: 32803, qualifier: 'jan–april' });
    expect(kpi('attached-files').previous).toEqual({ text: '1 520 jan–maj', number: 1520, qualifier: 'jan–maj' });
    expect(kpi('process-statistics-reports').current).toEqual({ text: '10 (oktober)', number: 10, qualifier: '(oktober)' });
    expect(kpi('process-statistics-reports').previous).toEqual({ text: '12 (helår)', number: 12, qualifier: '(helår)' });
  });

  it('keeps text values and empty cells as they are', () => {
    expect(kpi('rensning-av-filer-i-alfresco').current).toEqual({ text: 'Slutfört nov' });
    expect(kpi('rensning-av-filer-i-alfresco').previous).toBeUndefined();
    expect(kpi('power-bi-utdatarapporter').current).toEqual({ text: 'Tillgängliga på SHVO hemsida' });
    expect(kpi('newsletter-recipients').current).toEqual({ text: 'SHVO Nyhetsbrev: 361; SHVO processtatistik: 61' });
    expect(kpi('active-users-by-organisation').current).toEqual({ text: 'Kommun: 50 %' });
    expect(kpi('active-users-by-organisation').previous).toEqual({ text: 'Sjukhus: 45 %' });
    expect(kpi('operational-notices')).toEqual({ definitionKey: 'operational-notices', current: { text: '4', number: 4 }, comment: '' });
    expect(kpi('guideline-revisions').comment).toBe('');
  });

  it('keeps HTML in a comment as literal text', () => {
    expect(kpi('mailbox-cases').comment).toBe('<a href="mailto:info.samsa@vgregion.se">info.samsa@vgregion.se</a>');
    expect(kpi('mailbox-cases').current).toEqual({ text: '64 ärenden (vecka 39–44)', number: 64, qualifier: 'ärenden (vecka 39–44)' });
  });

  it('reads the 7 meeting rows with their 2025 and 2024 columns and purpose', () => {
    expect(report.meetings).toEqual([
      {
        type: 'Avstämning med Peak Networks/support',
        current: '1 gång/vecka. Antal deltagare 2–4.',
        previous: '',
        purpose: 'Drift, support, tilläggsbeställningar, statistik, övrigt med extern leverantör.'
      },
      {
        type: 'Strategisk avstämning Peaknetworks',
        current: '1 gång/varannan vecka (ofta inställd). Antal deltagare 3–4.',
        previous: '',
        purpose: 'Tjänsteleverans, ej operativ drift. Ersatt Oracle-avstämningar.'
      },
      {
        type: 'Arbetsgrupp utveckling',
        current: 'Planerat varannan vecka (ofta inställd 2025). Antal deltagare 5–8.',
        previous: 'Varierar',
        purpose: 'Hantera önskemål om förändringar, förberedelser för vidareutveckling eller ny tjänst.'
      },
      {
        type: 'Förvaltningsgrupp SAMSA(Referensgrupp SHVO)',
        current: '6 möten per november. Antal deltagare 13–14.',
        previous: '7 möten per november. Antal deltagare 13–16.',
        purpose: 'Dialog pågår kring form och mötesstruktur.'
      },
      { type: 'Månadsmöten GITS', current: 'Månadsvis', previous: 'Månadsvis', purpose: 'På olika fysiska ställen.' },
      { type: 'Arbetsmöten SHVO', current: 'Veckovis', previous: 'Veckovis', purpose: 'Operativa frågor.' },
      {
        type: 'Samverkan under året',
        current: 'Kontinuerligt',
        previous: 'Kontinuerligt',
        purpose: 'Risikanalyt SITHS-kort, deltagande på Vitalis, informationsmöten, Millenniumfrågor, stormöten.'
      }
    ]);
  });

  it('reads the chart caption', () => {
    expect(report.chartCaption).toBe(
      'Diagram över utvecklingen av antalet användare i SAMSA IT-tjänst som visar att antalet aktiva användare har ökat med 34 % 2025.'
    );
  });

  it('reads 4 problems, 5 activities and 4 communication activities', () => {
    expect(report.problems).toHaveLength(4);
    expect(report.problems.every((p) => p.status === 'open' && p.subItems.length === 0)).toBe(true);
    expect(report.problems[3].text).toBe('I nuläget saknas representation till länsgemensam referensgrupp SHVO från 2 av 6 delregioner.');
    expect(report.activities).toHaveLength(5);
    expect(report.activities.every((a) => a.status === 'planned')).toBe(true);
    expect(report.activities[4].text).toBe('Bevakning av utvecklingen av den nya förordningen kring e-hälsodata inom EU.');
    expect(report.communication.map((c) => c.text)).toEqual([
      'Kontinuerlig dialog med beredningsansvariga för SITIV och VVG samt GITS ledningsråd.',
      'Team SHVO har som målsättning att forma och utveckla kommande dialoger med referensgrupp SHVO utifrån den nya uppdragsbeskrivningen.',
      'Utbildningsmaterial tillgängliggörs via Lärportalen och marknadsförs på vårdgivarwebben.',
      'Kontinuerliga nyhetsutskick och uppdateringar via hemsidan som en del av SHVO:s supportstöd.'
    ]);
  });

  it('splits economy from staffing and reads the FTE change 6 → 4', () => {
    expect(report.economy).toEqual({
      items: [{ text: 'Budget per oktober visar ett positivt resultat.', subItems: [] }],
      assessment: 'notAssessed'
    });
    expect(report.staffing.fteStart).toBe(6);
    expect(report.staffing.fteEnd).toBe(4);
    expect(report.staffing.items).toHaveLength(1);
    expect(report.staffing.items[0].text).toBe('Antalet medarbetare inom SHVO har reducerats från 6 årsarbetare till 4 under året.');
    expect(report.staffing.items[0].subItems).toEqual([
      'Uppdraget "Samexistens Millennium SAMVY" avslutades årsskiftet 2024/2025 med två personer.',
      'SHVO har fortsatt ett uppdrag att bevaka samexistens vilket sker inom befintliga SHVO resurser som del av tjänst.'
    ]);
  });

  it('takes year from the KPI table and the object key from the title when not given', () => {
    const withoutYear = parseReportText(text, { quarter: 4 });
    expect(withoutYear.errors).toEqual([]);
    expect(withoutYear.report && withoutYear.report.header.period).toEqual({ year: 2025, quarter: 4 });
    expect(withoutYear.report && withoutYear.report.header.objectKey).toBe('SHVO');
    const withKey = parseReportText(text, { year: 2025, quarter: 4, objectKey: 'SAMSA' });
    expect(withKey.report && withKey.report.header.objectKey).toBe('SAMSA');
  });

  it('needs the quarter from the options because the seed lists all four', () => {
    const withoutQuarter = parseReportText(text, { year: 2025 });
    expect(withoutQuarter.report).toBeUndefined();
    expect(withoutQuarter.errors).toEqual([{ messageKey: 'import.error.quarterMissing', line: 9 }]);
  });

  it('handles Windows line endings and a byte order mark the same way', () => {
    const crlf = parseReportText('\uFEFF' + text.replace(/\n/g, '\r\n'), { year: 2025, quarter: 4 });
    expect(crlf.report).toEqual(report);
    expect(crlf.unplaced).toEqual([]);
  });
});
