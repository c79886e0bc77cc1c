/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { HostBar } from '../../../workbench/src/HostBar';
import { DEFAULT_WORKBENCH_STATE, IWorkbenchState } from '../../../workbench/src/state';

function renderBar(state: IWorkbenchState = DEFAULT_WORKBENCH_STATE): jest.Mock<void, [IWorkbenchState]> {
  const onChange = jest.fn<void, [IWorkbenchState]>();
  render(<HostBar state={state} onChange={onChange} />);
  return onChange;
}

describe('workbench host bar', () => {
  it('labels every control in Swedish and shows the current state', () => {
    renderBar({ ...DEFAULT_WORKBENCH_STATE, user: 'approver', theme: 'contrast' });
    expect((screen.getByLabelText('Användare') as HTMLSelectElement).value).toBe('approver');
    expect((screen.getByLabelText('Värd') as HTMLSelectElement).value).toBe('sharepoint');
    expect((screen.getByLabelText('Tema') as HTMLSelectElement).value).toBe('contrast');
    expect((screen.getByLabelText('Sidläge') as HTMLSelectElement).value).toBe('read');
    expect((screen.getByLabelText('Språk') as HTMLSelectElement).value).toBe('sv-SE');
    expect((screen.getByLabelText('Vy') as HTMLSelectElement).value).toBe('report');
    expect((screen.getByLabelText('Förvaltningsobjekt') as HTMLInputElement).value).toBe('SHVO');
    expect(screen.getByRole('region', { name: 'Arbetsbänk' })).toBeTruthy();
    expect(Array.from((screen.getByLabelText('Användare') as HTMLSelectElement).options).map((o) => o.value)).toEqual([
      'reader',
      'editor',
      'approver',
      'owner'
    ]);
  });

  it('labels the controls in English when the page is in English', () => {
    renderBar({ ...DEFAULT_WORKBENCH_STATE, lang: 'en-US' });
    expect(screen.getByLabelText('User')).toBeTruthy();
    expect(screen.getByLabelText('Page mode')).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Teams tab' })).toBeTruthy();
  });

  it('reports the next state when a control changes, keeping the other parameters', () => {
    const onChange = renderBar({ ...DEFAULT_WORKBENCH_STATE, theme: 'dark' });
    fireEvent.change(screen.getByLabelText('Användare'), { target: { value: 'editor' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_WORKBENCH_STATE, theme: 'dark', user: 'editor' });
    fireEvent.change(screen.getByLabelText('Värd'), { target: { value: 'teams' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_WORKBENCH_STATE, theme: 'dark', host: 'teams' });
    fireEvent.change(screen.getByLabelText('Språk'), { target: { value: 'en-US' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_WORKBENCH_STATE, theme: 'dark', lang: 'en-US' });
  });

  it('shows another object in the report view when the object form is submitted', () => {
    const onChange = renderBar({ ...DEFAULT_WORKBENCH_STATE, view: 'portfolio' });
    fireEvent.change(screen.getByLabelText('Förvaltningsobjekt'), { target: { value: ' KVB ' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Visa' }));
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_WORKBENCH_STATE, view: 'report', object: 'KVB' });
  });

  it('ignores an empty or malformed object key', () => {
    const onChange = renderBar();
    for (const value of ['   ', "SHVO' or 1 eq 1", '<b>x</b>']) {
      fireEvent.change(screen.getByLabelText('Förvaltningsobjekt'), { target: { value } });
      fireEvent.click(screen.getByRole('button', { name: 'Visa' }));
    }
    expect(onChange).not.toHaveBeenCalled();
  });
});
