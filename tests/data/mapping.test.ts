import { loadSeedReport, seedReports, isSampleReport, SAMPLE_MARKER } from '../../tools/seed/seedData';
import {
  PART_LISTS,
  headerRow,
  kpiDefinitionRow,
  partRowKey,
  partRows,
  reportFromRows,
  reportRowKey,
  rowDiffers,
  titleOf,
  type PartListKey,
  type Row
} from '../../src/data/repository/rows/mapping';
import { buildHistory } from '../../src/data/repository/read/history';
import type { SPFI } from '@pnp/sp';
import type { TrendSnapshotRow } from '../../src/data/repository/rows/types';
import { setJudgements } from '../../src/domain/judgement';
import type { IStatusReport } from '../../src/domain/model';
import { LISTS, SCHEMA_VERSION, fieldSchemaXml, schemaForVersion } from '../../src/data/schema/schema';

/** What SharePoint gives back: JSON, nulls for empty columns, rows in arbitrary order. */
function stored(rows: Row[]): Row[] {
  return (JSON.parse(JSON.stringify(rows)) as Row[]).map((r, i) => ({ ...r, SortOrder: i })).reverse();
}

describe('model <-> list rows', () => {
  const seed = loadSeedReport();

  it('round-trips the seed report through header and part rows to the character', () => {
    const parts = partRows(seed);
    const storedParts = {} as Record<PartListKey, Row[]>;
    PART_LISTS.forEach((p) => {
      storedParts[p] = stored(parts[p]);
    });
    const defs = seed.kpiDefinitions.map((d) => kpiDefinitionRow('SHVO', d));
    const back = reportFromRows({ ...stored([headerRow(seed)])[0], ApprovalState: 'draft' }, storedParts, seed.kpiDefinitions);
    expect(defs).toHaveLength(seed.kpiDefinitions.length);
    expect(back).toEqual(seed);
    expect(back.kpis[0].current?.text).toBe('32 803 jan–april');
    expect(back.kpis[0].current?.number).toBe(32803);
  });

  it('stores the judgements and the headline KPIs on the header as JSON and reads them back', () => {
    const judged = setJudgements(
      { ...seed, headlineKpis: [seed.kpiDefinitions[1].key, seed.kpiDefinitions[0].key] },
      {
        overall: { status: 'attention', comment: 'Väntar på Oracle.', carriedOver: true },
        dimensions: {
          delivery: { status: 'good', comment: '' },
          economy: { status: 'problem', comment: 'Underskott.' },
          resources: { status: 'notAssessed', comment: '' },
          risks: { status: 'good', comment: '' }
        }
      }
    );
    const header = stored([headerRow(judged)])[0];
    expect(JSON.parse(header.Judgements as string)).toEqual(judged.judgements);
    expect(header.EconomyAssessment).toBe('problem');
    expect(JSON.parse(header.HeadlineKpis as string)).toEqual(judged.headlineKpis);
    const parts = {} as Record<PartListKey, Row[]>;
    PART_LISTS.forEach((p) => {
      parts[p] = stored(partRows(judged)[p]);
    });
    expect(reportFromRows({ ...header, ApprovalState: 'draft' }, parts, judged.kpiDefinitions)).toEqual(judged);
    // The seed has neither: both columns empty, and nothing read back.
    const plain = stored([headerRow(seed)])[0];
    expect([plain.Judgements, plain.HeadlineKpis]).toEqual([null, null]);
    // A value the product did not write is no judgement at all rather than a wrong one.
    const broken = reportFromRows({ ...plain, Judgements: '{"overall":{"status":"red"}}', HeadlineKpis: '[1]' }, parts, seed.kpiDefinitions);
    expect('judgements' in broken || 'headlineKpis' in broken).toBe(false);
  });

  it("stores the team's answers to the board's assignments on the header as JSON and reads them back", () => {
    const answered: IStatusReport = {
      ...seed,
      reportingBack: [
        {
          assignmentKey: 'SHVO-2025Q4-1',
          assignment: 'Redovisa en plan för Oracle-beroendet.',
          givenFor: { year: 2025, quarter: 4 },
          answerBy: { year: 2026, quarter: 1 },
          status: 'ongoing' as const,
          answer: 'Planen tas fram med VVG; klar i mars.'
        },
        { assignmentKey: 'SHVO-2025Q4-2', assignment: 'Ej påbörjat', givenFor: { year: 2025, quarter: 4 }, answerBy: { year: 2026, quarter: 3 }, answer: '' }
      ]
    };
    const header = stored([headerRow(answered)])[0];
    expect(JSON.parse(header.ReportingBack as string)).toEqual(answered.reportingBack);
    const parts = {} as Record<PartListKey, Row[]>;
    PART_LISTS.forEach((p) => {
      parts[p] = stored(partRows(answered)[p]);
    });
    expect(reportFromRows({ ...header, ApprovalState: 'draft' }, parts, answered.kpiDefinitions)).toEqual(answered);
    expect(stored([headerRow(seed)])[0].ReportingBack).toBeNull();
    const junk = reportFromRows({ ...header, ReportingBack: '[{"assignmentKey":"x"}]', ApprovalState: 'draft' }, parts, answered.kpiDefinitions);
    expect('reportingBack' in junk).toBe(false);
  });

  it('stores numbers in numeric columns beside the text as written', () => {
    const kpis = partRows(seed).kpiValues;
    const share = kpis.find((k) => k.DefinitionKey === 'share-active-users') as Row;
    expect(share.CurrentText).toBe('46,6 %');
    expect(share.CurrentNumber).toBe(46.6);
    const revisions = kpis.find((k) => k.DefinitionKey === 'guideline-revisions') as Row;
    expect(revisions.CurrentNumber).toBeNull();
    expect(revisions.PreviousText).toBeNull();
    const header = headerRow(seed);
    expect(header.FteStart).toBe(6);
    expect(header.FteEnd).toBe(4);
    expect(header.RowKey).toBe('SHVO-2025-Q4');
  });

  it('keys rows deterministically so a repeated save addresses the same rows', () => {
    expect(partRowKey(12, 'events', 3)).toBe('12/events/0003');
    expect(partRowKey(12, 'events', 3)).toBe(partRowKey(12, 'events', 3));
    expect(reportRowKey('SHVO', { year: 2024, quarter: 4 })).toBe('SHVO-2024-Q4');
  });

  it('detects changed rows and ignores null/empty differences', () => {
    expect(rowDiffers({ A: 'x', B: null }, { A: 'x', B: '' })).toBe(false);
    expect(rowDiffers({ A: 'x' }, { A: 'y' })).toBe(true);
    expect(rowDiffers({ A: 'x' }, { A: 'x', Title: 'not read' })).toBe(false);
    expect(rowDiffers({ EventDate: '2025-09-11T00:00:00Z' }, { EventDate: '2025-09-11T00:00:00Z' })).toBe(false);
  });

  it('makes single-line titles no longer than 255 characters', () => {
    expect(titleOf('a\nb')).toBe('a b');
    expect(titleOf('x'.repeat(400))).toHaveLength(255);
  });
});

describe('KPI history from approved snapshots', () => {
  it('builds one series per numeric definition from the snapshots\' summaries, with gaps, oldest first', async () => {
    const summary = (year: number, quarter: 1 | 2 | 3 | 4, a?: number): string =>
      JSON.stringify({
        format: 1,
        objectKey: 'S',
        objectTitle: 'S',
        period: { year, quarter },
        kpis: [{ key: 'a', label: 'A', unit: 'st', category: 'users', ...(a !== undefined ? { value: a } : {}) }, { key: 'b', label: 'B', unit: '', category: 'other' }],
        economyAssessment: 'good',
        openProblems: 0
      });
    const rows: TrendSnapshotRow[] = [
      { Id: 1, PeriodYear: 2025, PeriodQuarter: 4, Revision: 1, SummaryJson: summary(2025, 4, 30) },
      { Id: 2, PeriodYear: 2024, PeriodQuarter: 4, Revision: 1, SummaryJson: summary(2024, 4, 10) },
      { Id: 3, PeriodYear: 2025, PeriodQuarter: 1, Revision: 2, SummaryJson: summary(2025, 1) }
    ];
    // Every row has a summary, so no request is sent (the SPFI is never used).
    const series = await buildHistory({} as SPFI, 'S', rows);
    expect(series).toHaveLength(1);
    expect(series[0].definition).toEqual({ key: 'a', label: 'A', unit: 'st', category: 'users' });
    expect(series[0].points).toEqual([
      { period: { year: 2024, quarter: 4 }, value: 10 },
      { period: { year: 2025, quarter: 1 } },
      { period: { year: 2025, quarter: 4 }, value: 30 }
    ]);
  });
});

describe('seed data', () => {
  it('has 2024 Q4 from the 2024 column, sample quarters marked, and the real report last', () => {
    const reports = seedReports();
    expect(reports.map((r) => `${r.header.period.year}Q${r.header.period.quarter}`)).toEqual(['2024Q4', '2025Q1', '2025Q2', '2025Q3', '2025Q4']);
    const registered = (r: number): number | undefined => reports[r].kpis.find((k) => k.definitionKey === 'registered-users')?.current?.number;
    expect(registered(0)).toBe(52796);
    expect(registered(2)).toBe(Math.round(52796 + (61829 - 52796) * 0.5));
    expect(registered(4)).toBe(61829);
    expect(reports.map(isSampleReport)).toEqual([false, true, true, true, false]);
    expect(reports[1].header.mission.startsWith(SAMPLE_MARKER)).toBe(true);
  });
});

describe('schema', () => {
  it('indexes every column it filters or sorts on and has ASCII internal names', () => {
    LISTS.forEach((l) => {
      expect(l.title).toMatch(/^[A-Za-z]+$/);
      l.columns.forEach((c) => {
        expect(c.name).toMatch(/^[A-Za-z]+$/);
        if (['Report', 'RowKey', 'SortOrder', 'ObjectKey', 'ReportId'].indexOf(c.name) >= 0) expect(c.indexed).toBe(true);
      });
    });
  });

  it('has an older shape without the columns and lists added since', () => {
    const v1 = schemaForVersion(1);
    expect(v1.find((l) => l.key === 'approvalLog')).toBeUndefined();
    const v2 = schemaForVersion(2);
    expect(v2.find((l) => l.key === 'approvalLog')?.columns.find((c) => c.name === 'RowKey')).toBeUndefined();
    expect(schemaForVersion(3).find((l) => l.key === 'snapshots')?.columns.map((c) => c.name)).toEqual(expect.arrayContaining(['ApprovedAt', 'ApprovedByName']));
    expect(v1.find((l) => l.key === 'reports')?.columns.find((c) => c.name === 'SaveToken')).toBeUndefined();
    expect(schemaForVersion(SCHEMA_VERSION).find((l) => l.key === 'reports')?.columns.find((c) => c.name === 'SaveToken')).toBeDefined();
  });

  it('keeps row keys unique up to version 2 and only indexed from version 3 on the lists with folders', () => {
    const rowKey = (v: number, key: string): unknown => schemaForVersion(v).find((l) => l.key === key)?.columns.find((c) => c.name === 'RowKey');
    ['reports', 'kpiValues', 'kpiDefinitions', 'snapshots'].forEach((key) => {
      expect(rowKey(2, key)).toMatchObject({ unique: true, indexed: true });
      expect(rowKey(SCHEMA_VERSION, key)).toMatchObject({ indexed: true });
      expect(rowKey(SCHEMA_VERSION, key)).not.toHaveProperty('unique');
    });
    expect(schemaForVersion(SCHEMA_VERSION).find((l) => l.key === 'objects')?.columns[0]).toMatchObject({ name: 'ObjectKey', unique: true });
  });

  it('writes field XML with Swedish display name, index and uniqueness', () => {
    const xml = fieldSchemaXml({ name: 'RowKey', displayName: 'Radnyckel', type: 'Text', indexed: true, unique: true });
    expect(xml).toBe('<Field Type="Text" Name="RowKey" StaticName="RowKey" DisplayName="Radnyckel" Indexed="TRUE" EnforceUniqueValues="TRUE" />');
    expect(fieldSchemaXml({ name: 'S', displayName: 'Status', type: 'Choice', choices: ['open', 'closed'] })).toContain(
      '<CHOICES><CHOICE>open</CHOICE><CHOICE>closed</CHOICE></CHOICES>'
    );
  });
});
