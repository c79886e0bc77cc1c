/** @jest-environment jsdom */
// English UI: jest maps both loc modules to their en-us.js files.
import * as React from 'react';
import '../support/quietIcons';
import '../DocxExport/support';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exportReportToDocx } from '../../../src/docx';
import { DocxImport } from '../../../src/components/DocxImport';
import { seedReport } from '../../support/seed';
import { fakeRepository } from './fakeRepository';
import { findMessageBar } from '../support/messageBar';

async function renderImport(): Promise<ReturnType<typeof fakeRepository>> {
  const fake = fakeRepository();
  render(<DocxImport repository={fake.repository} locale="en-US" />);
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return fake;
}

describe('Import panel (en-US)', () => {
  it('previews the seed document in English', async () => {
    const user = userEvent.setup();
    await renderImport();
    const bytes = await exportReportToDocx(seedReport(), { locale: 'en-US' });
    await user.upload(screen.getByLabelText('Report file (.docx, .md or .txt)'), new File([bytes], 'report.docx'));
    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByRole('heading', { level: 3 }).textContent).toBe('Preview');
    expect(within(preview).getByRole('heading', { name: /^Important events during the period/ }).textContent).toBe(
      `Important events during the period${seedReport().events.length} points`
    );
    expect(within(preview).getByText('Text that could not be placed (0)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import as draft' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('names a damaged file in English and writes nothing', async () => {
    const user = userEvent.setup();
    const fake = await renderImport();
    await user.upload(screen.getByLabelText('Report file (.docx, .md or .txt)'), new File(['not a zip'], 'old.docx'));
    const errors = await findMessageBar('import-errors');
    expect(errors.textContent).toContain('The report cannot be imported');
    expect(errors.textContent).toContain('The file is not a Word document or it is damaged.');
    for (const write of fake.writes) expect(write).not.toHaveBeenCalled();
  });
});
