/** @jest-environment jsdom */
// The real seed report (SHVO Q4 2025) through the editor: it must come back unchanged when
// nothing is edited, and a one-field edit must change only that field.
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
import * as React from 'react';
import '../support/quietIcons';
import { fireEvent, render, screen } from '@testing-library/react';
import { parseReportText } from '../../../src/domain/import/parseReportText';
import type { IStatusReport } from '../../../src/domain/model';
import { parseDraft, toDraft } from '../../../src/components/ReportEditor/draft/convert';
import { diffReports } from '../../../src/components/ReportEditor/merge';
import ReportEditor from '../../../src/components/ReportEditor/ReportEditor';
import { untilSaved } from './untilSaved';
import { editorRepository, GRETA } from '../support/memoryRepository';
import { seedText } from '../../support/seed';

function seed(): IStatusReport {
  const text = seedText();
  const parsed = parseReportText(text, { year: 2025, quarter: 4 });
  if (!parsed.report) throw new Error('the seed did not parse');
  return parsed.report;
}

describe('the seed report in the editor', () => {
  it('round-trips through the draft to the character, in both UI languages', () => {
    const report = seed();
    expect(report.kpis.length).toBeGreaterThan(10);
    for (const locale of ['sv-SE', 'en-US']) {
      const result = parseDraft(toDraft(report, locale), locale);
      expect(result.errors).toEqual([]);
      expect(JSON.stringify(result.report)).toBe(JSON.stringify(report));
    }
  });

  it('saves an edit of one KPI cell as exactly that change', async () => {
    const report = seed();
    const repo = editorRepository(report);
    render(<ReportEditor repository={repo} reportId={7} currentUser={GRETA} locale="sv-SE" />);
    await screen.findByRole('heading', { level: 1 });
    const registered = report.kpis.findIndex((k) => k.current?.text === '61 829');
    const id = document.querySelectorAll('[id^="gits-ed-kpis-"][id$="-current"]')[registered].id;
    fireEvent.change(document.getElementById(id) as HTMLInputElement, { target: { value: '62 001' } });
    // Rendering the whole seed report (saving, then saved) can outlast findBy's 1 s under load.
    await untilSaved(repo, () => fireEvent.click(Array.from(document.querySelectorAll('button')).filter((b) => b.textContent === 'Spara')[0]));
    expect(await screen.findByText(/^Sparad /)).toBeTruthy();
    const saved = repo.saves[0];
    expect(diffReports(saved, report).map((d) => d.id)).toEqual([`kpis:${report.kpis[registered].definitionKey}`]);
    expect(saved.kpis[registered].current).toEqual({ text: '62 001', number: 62001 });
  });
});
