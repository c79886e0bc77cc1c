/** @jest-environment jsdom */
// Feeds every entry of tests/fixtures/bad-inputs/corpus.json through the editor's parsing and
// validation, then renders the editor section holding the field (Swedish UI) and checks that the
// expected message is shown next to the field, the input shows the text exactly as typed, and
// no element was created from the input (markup in input is never rendered as HTML).
import * as React from 'react';
import '../../support/quietIcons';
import { act, render } from '@testing-library/react';
import corpus from '../../../fixtures/bad-inputs/corpus.json';
import { parseDraft, toDraft } from '../../../../src/components/ReportEditor/draft/convert';
import { getRows, updateRow } from '../../../../src/components/ReportEditor/draft/rows';
import type { IFieldError, IReportDraft, RowSection } from '../../../../src/components/ReportEditor/draft/types';
import { fieldId, type IFormContext } from '../../../../src/components/ReportEditor/sections/formKit';
import * as Sections from '../../../../src/components/ReportEditor/sections/Sections';
import type { IStatusReport } from '../../../../src/domain/model';
import { sampleReport } from '../sampleReport';
import { loadCatalogue } from '../../../support/loc';

jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../../src/webparts/statusReport/loc/sv-se.js'));

interface IEntry {
  readonly id: string;
  readonly field: string;
  readonly input: string;
  readonly repeat?: number;
  readonly expected: string;
  readonly number?: number | null;
  readonly quarter?: { readonly year: number; readonly quarter: number };
  readonly note: string;
}

const entries = (corpus as { entries: IEntry[] }).entries;
const sv = loadCatalogue('sv-se');
const ROW_SECTIONS: readonly string[] = ['events', 'kpis', 'meetings', 'problems', 'activities', 'economy.items', 'staffing.items', 'communication'];

function split(field: string): { section?: RowSection; prop: string } {
  const dot = field.lastIndexOf('.');
  const section = field.slice(0, dot);
  return ROW_SECTIONS.indexOf(section) >= 0 ? { section: section as RowSection, prop: field.slice(dot + 1) } : { prop: field };
}

/** The draft with `value` typed into `field`, and the editor path of that field. */
function typeInto(field: string, value: string, base?: IReportDraft): { draft: IReportDraft; path: string } {
  const draft = base ?? toDraft(sampleReport(), 'sv-SE');
  const { section, prop } = split(field);
  if (section) {
    const id = getRows(draft, section)[0].id;
    return { draft: updateRow(draft, section, id, { [prop]: value }), path: `${section}.${id}.${prop}` };
  }
  const [top, sub] = field.split('.');
  if (sub === undefined) {
    return { draft: { ...draft, [top]: value }, path: field };
  }
  const part = draft[top as 'header' | 'staffing'];
  return { draft: { ...draft, [top]: { ...part, [sub]: value } }, path: field };
}

function storedText(report: IStatusReport, field: string): string | undefined {
  const { section, prop } = split(field);
  if (section) {
    const row = (section === 'economy.items' ? report.economy.items : section === 'staffing.items' ? report.staffing.items : report[section])[0] as unknown as Record<string, unknown>;
    const value = row[prop];
    if (prop === 'subItems') return (value as string[]).join('\n');
    if (prop === 'current' || prop === 'previous') return value === undefined ? undefined : (value as { text: string }).text;
    return value as string | undefined;
  }
  switch (field) {
    case 'header.coordinator':
      return report.header.coordinator.displayName;
    case 'header.objectTitle':
    case 'header.mission':
      return report.header[field.slice(7) as 'objectTitle' | 'mission'];
    default:
      return (report as unknown as Record<string, string>)[field];
  }
}

const SECTION_FOR: readonly [RegExp, (props: Sections.ISectionProps) => JSX.Element][] = [
  [/^header\./, Sections.HeaderSection],
  [/^events\./, Sections.EventsSection],
  [/^(kpis\.|kpiSectionTitle|chartCaption)/, Sections.KpiSection],
  [/^meetings\./, Sections.MeetingsSection],
  [/^problems\./, Sections.ProblemsSection],
  [/^activities\./, Sections.ActivitiesSection],
  [/^economy\./, Sections.EconomySection],
  [/^staffing\./, Sections.StaffingSection],
  [/^communication\./, Sections.CommunicationSection]
];

/** Renders the field's section with every error shown; returns the container once Fluent's delayed error text is in. */
async function renderSection(field: string, draft: IReportDraft, errors: readonly IFieldError[]): Promise<HTMLElement> {
  const Section = SECTION_FOR.filter(([pattern]) => pattern.test(field))[0][1];
  const byPath: Record<string, IFieldError> = {};
  errors.forEach((e) => (byPath[e.path] = e));
  const ctx: IFormContext = { update: () => undefined, errorFor: (p) => byPath[p], touch: () => undefined, announce: () => undefined, focusLater: () => undefined };
  const { container } = render(<Section ctx={ctx} draft={draft} />);
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  return container;
}

function tagCounts(container: HTMLElement): Record<string, number> {
  const counts: Record<string, number> = {};
  container.querySelectorAll('*').forEach((element) => {
    counts[element.tagName] = (counts[element.tagName] ?? 0) + 1;
  });
  return counts;
}

function expectedMessage(error: IFieldError): string {
  return sv[error.messageKey].replace(/\{([a-z]+)\}/g, (m, name: string) => String(error.params?.[name] ?? m));
}

describe('bad-input corpus', () => {
  it('has at least 100 entries, each with a known field and outcome', () => {
    expect(entries.length).toBeGreaterThanOrEqual(100);
    entries.forEach((e) => {
      expect(e.expected).toMatch(/^(error: [A-Za-z.]+|stored-as-typed)$/);
      expect(SECTION_FOR.some(([pattern]) => pattern.test(e.field))).toBe(true);
      if (e.expected.startsWith('error: ')) {
        expect(typeof sv[e.expected.slice(7)]).toBe('string');
      }
    });
  });

  it.each(entries.map((e) => [`${e.id} ${e.field}: ${e.note}`, e] as const))('%s', async (_name, entry) => {
    const input = entry.repeat ? entry.input.repeat(entry.repeat) : entry.input;
    const base = toDraft(sampleReport(), 'sv-SE');
    const { draft, path } = typeInto(entry.field, input, base);
    const result = parseDraft(draft, 'sv-SE');
    const error = result.errors.filter((e) => e.path === path)[0];

    if (entry.expected === 'stored-as-typed') {
      expect(result.errors).toEqual([]);
      const report = result.report as IStatusReport;
      if (entry.field === 'staffing.fteStart' || entry.field === 'staffing.fteEnd') {
        expect(report.staffing[entry.field.slice(9) as 'fteStart' | 'fteEnd']).toBe(entry.number);
      } else if (entry.field === 'header.period') {
        expect(report.header.period).toEqual(entry.quarter);
      } else if (entry.field === 'events.date') {
        expect(report.events[0].date).toBe(input);
      } else {
        expect(storedText(report, entry.field)).toBe(input);
      }
      if (entry.number !== undefined && /^kpis\.(current|previous)$/.test(entry.field)) {
        const cell = report.kpis[0][entry.field.slice(5) as 'current' | 'previous'];
        expect(cell?.number).toBe(entry.number === null ? undefined : entry.number);
      }
    } else {
      expect(error && error.messageKey).toBe(entry.expected.slice(7));
      expect(result.report).toBeUndefined();
    }

    const container = await renderSection(entry.field, draft, result.errors);
    const element = container.querySelector(`#${fieldId(path)}`) as HTMLInputElement | HTMLTextAreaElement;
    // Shown exactly as typed, as the value of a form control (which by the HTML spec drops line
    // breaks in single-line inputs and reports CRLF as LF in text areas).
    expect(element.value).toBe(element.tagName === 'INPUT' ? input.replace(/[\r\n]/g, '') : input.replace(/\r\n?/g, '\n'));
    if (error) {
      expect(element.getAttribute('aria-invalid')).toBe('true');
      const description = (element.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => (id ? container.querySelector(`#${id}`)?.textContent : ''))
        .join(' ');
      expect(description).toContain(expectedMessage(error));
    }
    // Nothing rendered from the input: the same elements as with harmless text in the field.
    const counts = tagCounts(container);
    const baseline = await renderSection(entry.field, typeInto(entry.field, 'x', base).draft, result.errors);
    expect(counts).toEqual(tagCounts(baseline));
    expect(container.querySelectorAll('script, img, iframe, svg, math, object, embed, style, marquee, details, a[href]').length).toBe(0);
  });
});
