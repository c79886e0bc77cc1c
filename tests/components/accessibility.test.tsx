/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../src/webparts/statusReport/loc/sv-se.js'));
jest.mock('../../src/components/KpiTrendChart/chartSetup', () => ({
  createLineChart: jest.fn(() => ({ destroy: jest.fn() }))
}));

import * as React from 'react';
import './support/quietIcons';
import { render, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { StatusCard } from '../../src/components/StatusCard';
import { KpiTrendChart } from '../../src/components/KpiTrendChart';
import { Portfolio } from '../../src/components/Portfolio';
import * as chartSetup from '../../src/components/KpiTrendChart/chartSetup';
import { SHVO_HISTORY, SHVO_SNAPSHOT } from './support/shvoFixture';

jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

/** axe's structural WCAG 2.1 A/AA rules; colour contrast needs real layout, which jsdom lacks. */
async function violations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } }
  });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe, structural rules)', () => {
  it('the status card with the chart has no violations', async () => {
    const { container } = render(
      <main>
        <StatusCard snapshot={SHVO_SNAPSHOT} locale="sv-SE" chart={<KpiTrendChart series={SHVO_HISTORY} locale="sv-SE" />} />
      </main>
    );
    await waitFor(() => expect(chartSetup.createLineChart).toHaveBeenCalled());
    expect(await violations(container)).toEqual([]);
  });

  it('the portfolio has no violations', async () => {
    const { container } = render(
      <main>
        <Portfolio
          entries={[
            { object: { key: 'SHVO', title: 'SHVO' }, latestApprovedPeriod: { year: 2025, quarter: 2 }, assessment: 'attention' },
            { object: { key: 'NYTT', title: 'Nytt objekt' } }
          ]}
          locale="sv-SE"
          today={new Date(2026, 1, 15)}
          onOpenReport={jest.fn()}
        />
      </main>
    );
    expect(await violations(container)).toEqual([]);
  });
});
