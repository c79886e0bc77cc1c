/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));

import * as React from 'react';
import '../support/quietIcons';
import { render, within } from '@testing-library/react';
import { StatusCard } from '../../../src/components/StatusCard';
import { ReportComparison } from '../../../src/components/ReportComparison';
import { setJudgements } from '../../../src/domain/judgement';
import type { IReportSnapshot, IStatusReport } from '../../../src/domain/model';
import { SHVO_REPORT, SHVO_SNAPSHOT } from '../support/shvoFixture';

const JUDGED: IStatusReport = setJudgements(
  { ...SHVO_REPORT, headlineKpis: ['active-users'] },
  {
    overall: { status: 'attention', comment: 'Utvecklingen av SAMSA väntar på dialog med Oracle.\n\nFrågor till info.samsa@vgregion.se.' },
    dimensions: {
      delivery: { status: 'good', comment: '' },
      economy: { status: 'good', comment: '', carriedOver: true },
      resources: { status: 'problem', comment: 'Representation saknas från 2 av 6 delregioner.' },
      risks: { status: 'notAssessed', comment: '' }
    }
  }
);
const SNAPSHOT: IReportSnapshot = { ...SHVO_SNAPSHOT, report: JUDGED };

describe('the card leads with the judgement', () => {
  it('shows the overall status and its comment first, then the areas, then the chosen headline KPIs', () => {
    const { container } = render(<StatusCard snapshot={SNAPSHOT} locale="sv-SE" />);
    const summary = container.querySelector('[data-section="summary"]') as HTMLElement;
    const order = Array.from(summary.querySelectorAll('[data-judgement], dl:not([aria-label]) > div > dt')).map((e) =>
      e.getAttribute('data-judgement') ?? e.textContent
    );
    expect(order.slice(0, 5)).toEqual(['overall', 'delivery', 'economy', 'resources', 'risks']);
    expect(order.slice(-2)).toEqual(['Antal aktiva användare i SAMSA IT-tjänst', 'Godkännande']);
    const overall = summary.querySelector('[data-judgement="overall"]') as HTMLElement;
    expect(within(overall).getByRole('heading', { level: 3 }).textContent).toBe('Samlad bedömning: Risk för avvikelse');
    expect(overall.querySelector('[data-assessment="attention"] i, [data-assessment="attention"] [data-icon-name]')).not.toBeNull();
    expect(Array.from(overall.querySelectorAll('p')).map((p) => p.textContent)).toEqual([
      'Utvecklingen av SAMSA väntar på dialog med Oracle.',
      'Frågor till info.samsa@vgregion.se.'
    ]);
    expect(overall.querySelector('a')?.getAttribute('href')).toBe('mailto:info.samsa@vgregion.se');
    const areas = Array.from(summary.querySelectorAll('dl[aria-label="Bedömda områden"] > div')).map((d) => d.textContent);
    expect(areas).toEqual([
      ['Verksamhet och leverans', 'Enligt plan'].join(''),
      ['Ekonomi', 'Enligt plan', 'Överförd från föregående kvartal, ännu inte bekräftad'].join(''),
      ['Bemanning och resurser', 'Avvikelse', 'Representation saknas från 2 av 6 delregioner.'].join(''),
      ['Risker', 'Ej bedömd'].join('')
    ]);
  });

  it('an old report without judgements shows every judgement as Ej bedömd', () => {
    const { container } = render(<StatusCard snapshot={SHVO_SNAPSHOT} locale="sv-SE" />);
    const statuses = Array.from(container.querySelectorAll('[data-section="judgement"] [data-assessment]')).map((e) => e.getAttribute('data-assessment'));
    expect(statuses).toEqual(['notAssessed', 'notAssessed', SHVO_REPORT.economy.assessment, 'notAssessed', 'notAssessed']);
  });

  it('shows the overall status of the last approved quarters as a list of quarters with words', () => {
    const history = [
      { period: { year: 2025, quarter: 2 as const }, status: 'good' as const },
      { period: { year: 2025, quarter: 3 as const }, status: 'notAssessed' as const },
      { period: { year: 2025, quarter: 4 as const }, status: 'attention' as const }
    ];
    const { container } = render(<StatusCard snapshot={SNAPSHOT} locale="sv-SE" statusHistory={history} />);
    const section = container.querySelector('[data-section="status-history"]') as HTMLElement;
    expect(within(section).getByRole('heading').textContent).toBe('Samlad bedömning de senaste 3 godkända kvartalen');
    expect(Array.from(section.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'Q2 2025Enligt plan',
      'Q3 2025Ej bedömd',
      'Q4 2025Risk för avvikelse'
    ]);
    const alone = render(<StatusCard snapshot={SNAPSHOT} locale="sv-SE" statusHistory={history.slice(2)} />);
    expect(alone.container.querySelector('[data-section="status-history"]')).toBeNull();
  });

  it('the comparison with the previous quarter says which judgements changed', () => {
    const previous = setJudgements(
      { ...SHVO_REPORT, header: { ...SHVO_REPORT.header, period: { year: 2025, quarter: 3 } } },
      { ...JUDGED.judgements!, overall: { status: 'good', comment: '' }, dimensions: { ...JUDGED.judgements!.dimensions, resources: { status: 'attention', comment: 'x' } } }
    );
    const { container, rerender } = render(
      <ReportComparison current={JUDGED} locale="sv-SE" targets={[{ title: 'föregående kvartal', period: { year: 2025, quarter: 3 }, report: previous }]} />
    );
    expect(Array.from(container.querySelectorAll('[data-testid="changed-judgements"] li')).map((li) => li.textContent)).toEqual([
      'Samlad bedömning: från Enligt plan till Risk för avvikelse',
      'Bemanning och resurser: från Risk för avvikelse till Avvikelse'
    ]);
    rerender(<ReportComparison current={JUDGED} locale="sv-SE" targets={[{ title: 'föregående kvartal', period: { year: 2025, quarter: 3 }, report: JUDGED }]} />);
    expect(container.textContent).toContain('Inga bedömningar har ändrats.');
  });
});
