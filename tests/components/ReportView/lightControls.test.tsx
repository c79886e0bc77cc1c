/** @jest-environment jsdom */
import * as React from 'react';
import '../support/quietIcons';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LightButton, LightMessage } from '../../../src/components/ReportView/lightControls';

describe('LightButton', () => {
  it('is a native button named by its text that calls onClick', async () => {
    const onClick = jest.fn();
    render(<LightButton text="Skriv ut" iconName="Print" onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Skriv ut' });
    expect(button.getAttribute('type')).toBe('button');
    await userEvent.setup().click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('stays focusable when disabled with allowDisabledFocus, but does nothing', async () => {
    const onClick = jest.fn();
    render(<LightButton text="Föregående rapport" disabled={true} allowDisabledFocus={true} onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Föregående rapport' });
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    button.focus();
    expect(document.activeElement).toBe(button);
    await userEvent.setup().click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('is disabled outright otherwise, and reads its description after the name', () => {
    render(
      <>
        <LightButton text="Nästa rapport" disabled={true} />
        <LightButton text="Föregående rapport" description="Q3 2025" />
      </>
    );
    expect(screen.getByRole('button', { name: 'Nästa rapport' }).hasAttribute('disabled')).toBe(true);
    const described = screen.getByRole('button', { name: /Föregående rapport/ });
    const id = described.getAttribute('aria-describedby') as string;
    expect(document.getElementById(id)?.textContent).toBe('Q3 2025');
  });
});

describe('LightMessage', () => {
  it('announces errors as alerts and other messages as status, with its actions', () => {
    render(
      <>
        <LightMessage kind="error" actions={<LightButton text="Försök igen" />}>
          Kunde inte läsa
        </LightMessage>
        <LightMessage kind="info">Välj ett objekt</LightMessage>
      </>
    );
    expect(screen.getByRole('alert').textContent).toBe('Kunde inte läsa');
    expect(screen.getByRole('status').textContent).toBe('Välj ett objekt');
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeTruthy();
  });

  it('offers a named close button when it can be dismissed', async () => {
    const onDismiss = jest.fn();
    render(
      <LightMessage kind="error" onDismiss={onDismiss} dismissLabel="Stäng">
        Exporten misslyckades
      </LightMessage>
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Stäng' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
