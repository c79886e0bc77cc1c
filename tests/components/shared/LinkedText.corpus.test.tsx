/** @jest-environment jsdom */
// The reader's side of tests/fixtures/bad-inputs/corpus.json: every text the editor stores as
// typed, shown through LinkedText, makes no element but the expected http(s)/mailto links.
import * as React from 'react';
import { render } from '@testing-library/react';
import corpus from '../../fixtures/bad-inputs/corpus.json';
import { LinkedText } from '../../../src/components/shared/LinkedText';

interface IEntry {
  readonly id: string;
  readonly field: string;
  readonly input: string;
  readonly repeat?: number;
  readonly expected: string;
  readonly links?: readonly (readonly [string, string])[];
  readonly shown?: string;
  readonly note: string;
}

// Fields whose stored value is report text (numbers, quarters and dates are parsed instead).
const TEXT_FIELD = /^(header\.(objectTitle|mission|coordinator)|kpiSectionTitle|chartCaption|kpis\.comment|meetings\.|(events|problems|activities|communication|economy\.items|staffing\.items)\.(text|subItems))/;
const entries = (corpus as { entries: IEntry[] }).entries.filter((e) => e.expected === 'stored-as-typed' && TEXT_FIELD.test(e.field));

describe('report text in the reader', () => {
  it('covers the markup entries of the corpus', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(entries.filter((e) => /[<&]/.test(e.input)).length).toBeGreaterThanOrEqual(20);
  });

  it.each(entries.map((e) => [`${e.id} ${e.field}: ${e.note}`, e] as const))('%s', (_name, entry) => {
    const input = entry.repeat ? entry.input.repeat(entry.repeat) : entry.input;
    const { container } = render(
      <div>
        <LinkedText text={input} />
      </div>
    );
    const root = container.firstChild as HTMLElement;
    const anchors = Array.from(root.querySelectorAll('a'));
    expect(anchors.map((a) => [a.getAttribute('href'), a.textContent])).toEqual(entry.links ?? []);
    anchors.forEach((a) => {
      expect(a.getAttribute('href')).toMatch(/^(https?:\/\/|mailto:)/);
      // href and the class that styles it: nothing from the text.
      expect(Array.from(a.attributes).map((attribute) => attribute.name).sort()).toEqual(['class', 'href']);
      expect(a.children.length).toBe(0);
    });
    expect(root.querySelectorAll('*').length).toBe(anchors.length);
    expect(root.textContent).toBe(entry.shown ?? input);
  });
});
