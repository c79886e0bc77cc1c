/** @jest-environment jsdom */
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
import * as React from 'react';
import '../support/quietIcons';
import { fireEvent, render, screen, within } from '@testing-library/react';
import ReportEditor from '../../../src/components/ReportEditor/ReportEditor';
import { setJudgements } from '../../../src/domain/judgement';
import { untilSaved } from './untilSaved';
import { editorRepository, GRETA } from '../support/memoryRepository';
import { sampleReport } from './sampleReport';

jest.setTimeout(60000);

function button(name: string, container: HTMLElement = document.body): HTMLButtonElement {
  const found = Array.from(container.querySelectorAll('button')).filter((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons named ${name}`);
  return found[0];
}

function judgement(target: string): HTMLElement {
  return document.querySelector(`fieldset[data-judgement="${target}"]`) as HTMLElement;
}

beforeEach(() => window.localStorage.clear());

describe('the judgement section of the editor', () => {
  it('comes right after the header, asks every judgement, and requires a comment below Enligt plan', async () => {
    const repo = editorRepository();
    render(<ReportEditor repository={repo} reportId={7} currentUser={GRETA} locale="sv-SE" autosaveDelayMs={10} />);
    await screen.findByRole('heading', { level: 1 });
    const headings = Array.from(document.querySelectorAll('form section > h2')).map((h) => h.textContent);
    expect(headings.slice(0, 3)).toEqual(['Rapporthuvud', 'Bedömning', 'Viktiga händelser under perioden']);
    expect(Array.from(document.querySelectorAll('fieldset[data-judgement] > legend')).map((l) => l.textContent)).toEqual([
      'Samlad bedömning',
      'Verksamhet och leverans',
      'Ekonomi',
      'Bemanning och resurser',
      'Risker'
    ]);
    const overall = judgement('overall');
    expect(within(overall).getAllByRole('radio').map((r) => r.parentElement?.textContent)).toEqual(['Enligt plan', 'Risk för avvikelse', 'Avvikelse', 'Ej bedömd']);
    // The sample report's economy assessment is the economy judgement.
    expect((within(judgement('economy')).getByRole('radio', { name: 'Enligt plan' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(within(overall).getByRole('radio', { name: 'Risk för avvikelse' }));
    fireEvent.click(button('Spara'));
    const summary = await screen.findByRole('alert', { name: /Rätta de här fälten innan du sparar \(1\)/ });
    expect(within(summary).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Samlad bedömning – Kommentar: Skriv en kommentar. Den krävs när statusen är Risk för avvikelse eller Avvikelse.'
    ]);
    expect(repo.saves).toHaveLength(0);

    fireEvent.change(within(overall).getByLabelText(/^Kommentar om Samlad bedömning/), { target: { value: 'Väntar på beslut i VVG.' } });
    fireEvent.click(within(judgement('economy')).getByRole('radio', { name: 'Avvikelse' }));
    fireEvent.change(within(judgement('economy')).getByLabelText(/^Kommentar om Ekonomi/), { target: { value: 'Underskott i prognosen.' } });
    await untilSaved(repo, () => fireEvent.click(button('Spara')));
    expect(await screen.findByText(/^Sparad /)).toBeTruthy();
    expect(repo.saves).toHaveLength(1);
    expect(repo.saves[0].judgements).toEqual({
      overall: { status: 'attention', comment: 'Väntar på beslut i VVG.' },
      dimensions: {
        delivery: { status: 'notAssessed', comment: '' },
        economy: { status: 'problem', comment: 'Underskott i prognosen.' },
        resources: { status: 'notAssessed', comment: '' },
        risks: { status: 'notAssessed', comment: '' }
      }
    });
    expect(repo.saves[0].economy.assessment).toBe('problem');
  });

  it('marks judgements carried over from the previous quarter until confirmed or changed', async () => {
    const carried = setJudgements(sampleReport(), {
      overall: { status: 'good', comment: '', carriedOver: true },
      dimensions: {
        delivery: { status: 'good', comment: '', carriedOver: true },
        economy: { status: 'good', comment: '' },
        resources: { status: 'attention', comment: 'Rekrytering pågår.', carriedOver: true },
        risks: { status: 'notAssessed', comment: '' }
      }
    });
    const repo = editorRepository(carried);
    render(<ReportEditor repository={repo} reportId={7} currentUser={GRETA} locale="sv-SE" autosaveDelayMs={10} />);
    await screen.findByRole('heading', { level: 1 });
    expect(judgement('overall').textContent).toContain('Överförd från föregående kvartal och ännu inte bekräftad.');
    expect(judgement('economy').textContent).not.toContain('Överförd');
    expect(button('Bekräfta alla 3 överförda bedömningar')).toBeTruthy();
    fireEvent.click(button('Bekräfta Samlad bedömning som den är'));
    expect(judgement('overall').textContent).not.toContain('Överförd');
    expect(screen.getByText('Samlad bedömning är bekräftad.')).toBeTruthy();
    fireEvent.change(within(judgement('resources')).getByLabelText(/^Kommentar om Bemanning och resurser/), { target: { value: 'Rekrytering klar i januari.' } });
    expect(judgement('resources').textContent).not.toContain('Överförd');
    await untilSaved(repo, () => fireEvent.click(button('Spara')));
    expect(await screen.findByText(/^Sparad /)).toBeTruthy();
    const saved = repo.saves[0].judgements;
    expect(saved?.overall).toEqual({ status: 'good', comment: '' });
    expect(saved?.dimensions.delivery).toEqual({ status: 'good', comment: '', carriedOver: true });
    expect(saved?.dimensions.resources).toEqual({ status: 'attention', comment: 'Rekrytering klar i januari.' });
  });

  it('lets the team choose the headline KPIs, the default checked at first', async () => {
    const repo = editorRepository();
    render(<ReportEditor repository={repo} reportId={7} currentUser={GRETA} locale="sv-SE" autosaveDelayMs={10} />);
    await screen.findByRole('heading', { level: 1 });
    const boxes = (): HTMLInputElement[] => Array.from(document.querySelectorAll('input[id$="-headline"]')) as HTMLInputElement[];
    const before = boxes().map((b) => b.checked);
    expect(before.filter((c) => c).length).toBeGreaterThan(0);
    const firstUnchecked = before.indexOf(false);
    fireEvent.click(boxes()[firstUnchecked]);
    await untilSaved(repo, () => fireEvent.click(button('Spara')));
    expect(await screen.findByText(/^Sparad /)).toBeTruthy();
    const chosen = repo.saves[0].headlineKpis as readonly string[];
    expect(chosen[chosen.length - 1]).toBe(repo.saves[0].kpis[firstUnchecked].definitionKey);
    expect(chosen).toHaveLength(before.filter((c) => c).length + 1);
  });
});
