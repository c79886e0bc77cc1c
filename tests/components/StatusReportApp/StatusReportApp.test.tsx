/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
jest.mock('../../../src/components/KpiTrendChart/chartSetup', () => ({
  createLineChart: jest.fn(() => ({ destroy: jest.fn() }))
}));

import * as React from 'react';
import '../support/quietIcons';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StatusReportApp } from '../../../src/components/StatusReportApp/StatusReportApp';
import type { IStatusReportAppProps } from '../../../src/components/StatusReportApp/IStatusReportAppProps';
import type { IStatusReportRepository } from '../../../src/data/repository/IStatusReportRepository';
import type { IStatusReport } from '../../../src/domain/model';
import { FakeReader, snapshotFor } from '../support/fakeReader';

jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

const withRegistered = (value: number) => (report: IStatusReport): IStatusReport => ({
  ...report,
  kpis: report.kpis.map((entry) =>
    entry.definitionKey === 'registered-users' ? { ...entry, current: { text: String(value), number: value } } : entry
  )
});

function reader(): FakeReader {
  return new FakeReader(
    [
      snapshotFor({ year: 2024, quarter: 4 }, withRegistered(52796)),
      snapshotFor({ year: 2025, quarter: 3 }, (r) => ({
        ...withRegistered(59020)(r),
        problems: [...r.problems.slice(0, 1), { text: 'Avtalet med Peak Networks löper ut.', subItems: [], status: 'open' }]
      })),
      snapshotFor({ year: 2025, quarter: 4 })
    ],
    undefined,
    [
      {
        object: { key: 'SHVO', title: 'Samordnad hälsa, vård och omsorg (SHVO)' },
        latestApprovedPeriod: { year: 2025, quarter: 4 },
        approvedAt: '2026-01-20T13:00:00Z',
        assessment: 'good'
      },
      { object: { key: 'ELAK', title: 'Elektronisk läkemedelskommunikation' }, latestApprovedPeriod: { year: 2025, quarter: 1 } }
    ]
  );
}

function props(overrides: Partial<IStatusReportAppProps>, fake: FakeReader): IStatusReportAppProps & { reportReader: FakeReader } {
  return {
    repository: {} as IStatusReportRepository,
    host: 'sharepoint',
    theme: { variant: 'default' },
    view: 'report',
    objectKey: 'SHVO',
    locale: 'sv-SE',
    userDisplayName: 'Test Testsson',
    reportReader: fake,
    ...overrides
  };
}

const title = (): string => screen.getByRole('heading', { level: 2 }).textContent ?? '';

describe('StatusReportApp', () => {
  it('shows the latest approved report of the object', async () => {
    render(<StatusReportApp {...props({}, reader())} />);
    expect(screen.getByText('Laddar…')).toBeTruthy();
    await waitFor(() => expect(title()).toContain('Q4 2025, okt–dec'));
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('ökade från');
  });

  it('moves between the object’s approved reports', async () => {
    const user = userEvent.setup();
    render(<StatusReportApp {...props({}, reader())} />);
    await waitFor(() => expect(title()).toContain('Q4 2025'));
    const next = screen.getByRole('button', { name: /Nästa rapport/ }) as HTMLButtonElement;
    await waitFor(() => expect(screen.getByRole('button', { name: /Föregående rapport/ }).hasAttribute('disabled')).toBe(false));
    expect(next.hasAttribute('disabled') || next.getAttribute('aria-disabled') === 'true').toBe(true);
    await user.click(screen.getByRole('button', { name: /Föregående rapport/ }));
    await waitFor(() => expect(title()).toContain('Q3 2025, juli–sep'));
    await user.click(screen.getByRole('button', { name: /Föregående rapport/ }));
    await waitFor(() => expect(title()).toContain('Q4 2024'));
    await user.click(screen.getByRole('button', { name: /Nästa rapport/ }));
    await waitFor(() => expect(title()).toContain('Q3 2025'));
  });

  it('keeps keyboard focus on the navigation while another quarter loads, and announces it', async () => {
    const user = userEvent.setup();
    render(<StatusReportApp {...props({}, reader())} />);
    await waitFor(() => expect(title()).toContain('Q4 2025'));
    const previous = screen.getByRole('button', { name: /Föregående rapport/ });
    await waitFor(() => expect(previous.getAttribute('aria-disabled')).not.toBe('true'));
    previous.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(title()).toContain('Q3 2025'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Föregående rapport/ }));
    expect(screen.getByRole('status').textContent).toBe('Visar Q3 2025, juli–sep');
  });

  it('compares with the previous quarter and the same quarter last year', async () => {
    const user = userEvent.setup();
    render(<StatusReportApp {...props({}, reader())} />);
    await waitFor(() => expect(title()).toContain('Q4 2025'));
    await user.click(screen.getByRole('button', { name: 'Jämförelse med tidigare rapporter' }));
    const previous = await screen.findByRole('heading', { name: 'Jämfört med föregående kvartal (Q3 2025)' });
    const previousSection = previous.closest('section') as HTMLElement;
    // Testing Library normalises the NBSP group separator of the cell text to a space.
    expect(within(previousSection).getByText('+2 809')).toBeTruthy();
    expect(within(previousSection).getByTestId('new-problems').textContent).toContain('I nuläget saknas representation');
    expect(within(previousSection).getByTestId('closed-problems').textContent).toBe('Avtalet med Peak Networks löper ut.');
    const lastYear = screen.getByRole('heading', { name: 'Jämfört med samma kvartal förra året (Q4 2024)' });
    expect(within(lastYear.closest('section') as HTMLElement).getByText('+9 033')).toBeTruthy();
  });

  it('says so when the object has no approved report', async () => {
    render(<StatusReportApp {...props({ objectKey: 'NONE' }, reader())} />);
    expect(await screen.findByText('NONE har ingen godkänd rapport ännu.')).toBeTruthy();
  });

  it('asks for an object when none is configured', async () => {
    render(<StatusReportApp {...props({ objectKey: undefined }, reader())} />);
    expect(await screen.findByText('Välj ett förvaltningsobjekt i webbdelens inställningar.')).toBeTruthy();
  });

  it('opens a report from the portfolio and goes back', async () => {
    const user = userEvent.setup();
    render(<StatusReportApp {...props({ view: 'portfolio', objectKey: undefined, now: () => new Date(2026, 1, 15) } as never, reader())} />);
    const elak = await screen.findByRole('button', { name: 'Elektronisk läkemedelskommunikation' });
    expect((elak.closest('tr') as HTMLElement).textContent).toContain('Försenad: ingen godkänd rapport för Q3 2025');
    await user.click(screen.getByRole('button', { name: 'Samordnad hälsa, vård och omsorg (SHVO)' }));
    await waitFor(() => expect(title()).toContain('Q4 2025'));
    await user.click(screen.getByRole('button', { name: 'Tillbaka till portföljen' }));
    expect(await screen.findByRole('button', { name: 'Elektronisk läkemedelskommunikation' })).toBeTruthy();
  });

  it('shows a localized error with a retry', async () => {
    const user = userEvent.setup();
    const fake = reader();
    const original = fake.getApprovedReport.bind(fake);
    let fail = true;
    fake.getApprovedReport = (key, period) => (fail ? Promise.reject({ messageKey: 'data.error.throttled' }) : original(key, period));
    render(<StatusReportApp {...props({}, fake)} />);
    expect(await screen.findByText('SharePoint är upptaget. Vänta en stund och försök igen.')).toBeTruthy();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(title()).toContain('Q4 2025'));
  });

  it.each([
    ['sharepoint', 'default'],
    ['teams', 'dark'],
    ['teams', 'contrast']
  ] as const)('applies host %s and theme %s', async (host, variant) => {
    const { container } = render(<StatusReportApp {...props({ host, theme: { variant } }, reader())} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.getAttribute('data-host')).toBe(host);
    expect(root.getAttribute('data-theme-variant')).toBe(variant);
    expect(root.className).toContain(host === 'teams' ? 'teams' : 'sharepoint');
    expect(root.getAttribute('lang')).toBe('sv-SE');
    await waitFor(() => expect(title()).toContain('Q4 2025'));
  });
});
