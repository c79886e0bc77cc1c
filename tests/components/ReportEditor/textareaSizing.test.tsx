/** @jest-environment jsdom */
// The editor's multiline fields grow with their text: through CSS `field-sizing: content` where
// the browser has it (no measuring, no forced layout per field), else through Fluent's measuring.
import * as React from 'react';
import { render } from '@testing-library/react';
import { InjectionMode, Stylesheet } from '@fluentui/react/lib/Styling';
import { type IFormContext, TextInput } from '../../../src/components/ReportEditor/sections/formKit';

// Rules kept in memory, so the test can read what Fluent would put in the page's stylesheet.
Stylesheet.getInstance().setConfig({ injectionMode: InjectionMode.none });

const ctx = { errorFor: () => undefined, touch: () => undefined, readOnly: false } as unknown as IFormContext;

function renderField(supports: boolean | undefined): HTMLTextAreaElement {
  const css = supports === undefined ? undefined : { supports: (property: string, value: string) => supports && property === 'field-sizing' && value === 'content' };
  Object.defineProperty(window, 'CSS', { value: css, configurable: true, writable: true });
  const { container } = render(<TextInput ctx={ctx} path="header.mission" label="Uppdrag" multiline value={'Rad ett\nRad två\nRad tre'} onChange={() => undefined} />);
  return container.querySelector('textarea') as HTMLTextAreaElement;
}

describe('the editor’s multiline fields', () => {
  afterEach(() => {
    Object.defineProperty(window, 'CSS', { value: undefined, configurable: true, writable: true });
  });

  it('are sized by the browser where it sizes textareas to their content: no height measured and set', () => {
    const field = renderField(true);
    expect(field.style.height).toBe('');
    expect(Stylesheet.getInstance().getRules()).toMatch(/field-sizing:\s*content/);
  });

  it('are measured by Fluent where the browser does not (the height is set inline)', () => {
    for (const supports of [false, undefined]) {
      const field = renderField(supports);
      expect(field.style.height).toMatch(/^\d+px$/);
    }
  });
});
