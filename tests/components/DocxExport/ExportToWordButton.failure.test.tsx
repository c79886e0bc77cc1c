/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));

// The writer is replaced by one the test finishes by hand: busy state, then failure.
const pending: { reject?: (error: Error) => void } = {};
jest.mock('../../../src/docx/writer/exportReportToDocx', () => ({
  exportReportToDocx: () =>
    new Promise<Uint8Array>((_resolve, reject) => {
      pending.reject = reject;
    })
}));

import * as React from 'react';
import '../support/quietIcons';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { StatusCard } from '../../../src/components/StatusCard';
import { seedSnapshot } from './support';

describe('Exportera till Word when the document cannot be made', () => {
  it('shows the busy state, then a localized error, and downloads nothing', async () => {
    const createObjectURL = jest.fn(() => 'blob:never');
    (URL as unknown as { createObjectURL: unknown }).createObjectURL = createObjectURL;
    render(<StatusCard snapshot={seedSnapshot()} locale="sv-SE" wordExport={true} />);

    fireEvent.click(screen.getByRole('button', { name: /Exportera till Word/ }));
    const busy = await screen.findByRole('button', { name: /Skapar Word-dokumentet/ });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(busy.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(pending.reject).toBeDefined());

    await act(async () => {
      (pending.reject as (error: Error) => void)(new Error('chunk load failed'));
    });
    expect(await screen.findByText('Word-dokumentet kunde inte skapas. Försök igen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Exportera till Word/ }).getAttribute('aria-disabled')).toBeNull();
    expect(createObjectURL).not.toHaveBeenCalled();
  });
});
