/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../src/webparts/statusReport/loc/sv-se.js'));

import * as React from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { localizeError, useAsyncData } from '../../src/services/useAsyncData';
import { ServicesProvider, useServices } from '../../src/services/ServicesContext';
import { useApprovedReport } from '../../src/services/hooks';
import { FakeReader, snapshotFor } from '../components/support/fakeReader';
import type { IServices } from '../../src/services/ServicesContext';

describe('localizeError', () => {
  it('maps repository message keys to the UI language', () => {
    expect(localizeError({ messageKey: 'data.error.forbidden' })).toBe('Du saknar behörighet för detta. Be webbplatsens ägare om åtkomst.');
    expect(localizeError({ messageKey: 'data.error.network' })).toBe(
      'Ingen anslutning till SharePoint. Kontrollera nätverket och försök igen.'
    );
  });

  it('never shows raw error text', () => {
    const message = localizeError(new Error('500 Internal Server Error {"odata.error": …}'));
    expect(message).toBe('Rapporten kunde inte laddas. Försök igen om en stund.');
    expect(localizeError({ status: 403 })).toBe('Du har inte behörighet att läsa rapporterna.');
    expect(localizeError({ messageKey: 'no.such.key' })).toBe('Rapporten kunde inte laddas. Försök igen om en stund.');
    expect(localizeError(undefined)).toBe('Rapporten kunde inte laddas. Försök igen om en stund.');
  });
});

function Probe(props: { readonly objectKey: string }): JSX.Element {
  const state = useApprovedReport(props.objectKey);
  if (state.status === 'loading') return <p>laddar</p>;
  if (state.status === 'error') return <p role="alert">{state.errorMessage}</p>;
  return <p>{state.data.snapshot ? state.data.snapshot.report.header.objectKey : 'ingen'}</p>;
}

function services(reader: FakeReader): IServices {
  return { reports: reader, locale: 'sv-SE', now: () => new Date(2026, 1, 15) };
}

describe('data hooks', () => {
  it('go from loading to the data', async () => {
    const reader = new FakeReader([snapshotFor({ year: 2025, quarter: 4 })]);
    render(
      <ServicesProvider services={services(reader)}>
        <Probe objectKey="SHVO" />
      </ServicesProvider>
    );
    expect(screen.getByText('laddar')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('SHVO')).toBeTruthy());
    expect(reader.calls).toEqual(['report:SHVO:latest']);
  });

  it('show a localized error when loading fails', async () => {
    const reader = new FakeReader([]);
    reader.getApprovedReport = () => Promise.reject({ messageKey: 'data.error.notProvisioned' });
    render(
      <ServicesProvider services={services(reader)}>
        <Probe objectKey="SHVO" />
      </ServicesProvider>
    );
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Rapportlistorna saknas eller är inaktuella. Be webbplatsens ägare att skapa dem.'
      )
    );
  });

  it('refuse to run without a provider', () => {
    const Orphan = (): JSX.Element => <p>{useServices().locale}</p>;
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Orphan />)).toThrow('useServices must be used inside a ServicesProvider');
  });

  it('show data already at hand in the first render, without loading it again', async () => {
    const load = jest.fn(() => Promise.resolve('läst'));
    const drawn: string[] = [];
    let reload: () => void = () => undefined;
    function AtHand(): JSX.Element {
      const state = useAsyncData(load, [], () => 'till hands');
      reload = state.reload;
      const text = state.status === 'ready' ? state.data : state.status;
      drawn.push(text);
      return <p>{text}</p>;
    }
    render(<AtHand />);
    // The very first render has the data; the first load is not made.
    expect(drawn).toEqual(['till hands']);
    expect(screen.getByText('till hands')).toBeTruthy();
    await act(async () => {
      await Promise.resolve();
    });
    expect(load).not.toHaveBeenCalled();
    // A reload reads.
    act(() => reload());
    await waitFor(() => expect(screen.getByText('läst')).toBeTruthy());
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('load as before when nothing is at hand', async () => {
    const load = jest.fn(() => Promise.resolve('läst'));
    function NothingAtHand(): JSX.Element {
      const state = useAsyncData(load, [], () => undefined);
      return <p>{state.status === 'ready' ? state.data : state.status}</p>;
    }
    render(<NothingAtHand />);
    expect(screen.getByText('loading')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('läst')).toBeTruthy());
    expect(load).toHaveBeenCalledTimes(1);
  });
});
