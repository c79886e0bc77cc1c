/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));

import * as React from 'react';
import '../support/quietIcons';
import '../DocxExport/support';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exportReportToDocx } from '../../../src/docx';
import { ImportFromWordButton } from '../../../src/components/DocxImport';
import { ServicesProvider } from '../../../src/services/ServicesContext';
import type { IServices } from '../../../src/services/ServicesContext';
import type { IReportReader } from '../../../src/services/IReportReader';
import type { IStatusReportRepository } from '../../../src/data/repository/IStatusReportRepository';
import { seedReport } from '../../docx/support/seed';
import { fakeRepository } from './fakeRepository';

function services(repository: IStatusReportRepository): IServices {
  return {
    reports: {} as IReportReader,
    now: () => new Date('2026-11-26T05:00:00Z'),
    locale: 'sv-SE',
    editing: { repository, currentUser: { displayName: 'Gisella Koutsiou' }, editingAllowedHere: true }
  };
}

describe('Importera från Word (toolbar button)', () => {
  it('opens the panel, uses the repository from the services, and opens the created draft', async () => {
    const user = userEvent.setup();
    const fake = fakeRepository();
    const onOpenReport = jest.fn();
    const onClosed = jest.fn();
    render(
      <ServicesProvider services={services(fake.repository)}>
        <ImportFromWordButton onOpenReport={onOpenReport} onClosed={onClosed} />
      </ServicesProvider>
    );
    const button = screen.getByRole('button', { name: 'Importera från Word' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(button);
    const dialog = await screen.findByRole('dialog');
    const bytes = await exportReportToDocx(seedReport(), { locale: 'sv-SE' });
    await user.upload(within(dialog).getByLabelText('Rapportfil (.docx, .md eller .txt)'), new File([bytes], 'rapport.docx'));
    await within(dialog).findByTestId('import-preview');
    await user.click(within(dialog).getByRole('button', { name: 'Importera som utkast' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Öppna utkastet' }));
    expect(fake.createReport).toHaveBeenCalledTimes(1);
    expect(onOpenReport).toHaveBeenCalledWith(41, 'SHVO');
    expect(onClosed).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('gives the focus back to the button when the panel is cancelled', async () => {
    const user = userEvent.setup();
    render(
      <ServicesProvider services={services(fakeRepository().repository)}>
        <ImportFromWordButton />
      </ServicesProvider>
    );
    await user.click(screen.getByRole('button', { name: 'Importera från Word' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Importera från Word' })));
  });
});
