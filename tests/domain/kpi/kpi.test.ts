import { defaultHeadlineKpis, headlineKpis, KPI_KEY_PATTERN, kpiDefinitionForLabel, slugifyKpiLabel } from '../../../src/domain/kpi';
import { seedReport } from '../../support/seed';

describe('KPI definitions from labels', () => {
  it.each([
    ['Totalt registrerade användare i SAMSA IT-tjänst', 'registered-users', 'st', 'users'],
    ['Antal registrerade användare', 'registered-users', 'st', 'users'],
    ['Antal aktiva användare i SAMSA IT-tjänst', 'active-users', 'st', 'users'],
    ['Andel aktiva användare av registrerade användare i SAMSA IT-tjänst', 'share-active-users', '%', 'users'],
    ['Procentuell ökning aktiva användare 2024 jämfört 2025', 'active-users-change', '%', 'users'],
    ['Antalet bifogade filer', 'attached-files', 'st', 'usage'],
    ['Ärenden i funktionsbrevlådan', 'mailbox-cases', 'st', 'support'],
    ['Intruktionsfilmer i SAMSA IT-tjänst på Lärportalen', 'instruction-videos', 'st', 'training']
  ])('maps %p to the well-known key %p', (label, key, unit, category) => {
    expect(kpiDefinitionForLabel(label)).toEqual({ key, label, unit, category });
  });

  it('slugifies other labels to ASCII', () => {
    expect(kpiDefinitionForLabel('Rensning av filer i Alfresco')).toEqual({
      key: 'rensning-av-filer-i-alfresco',
      label: 'Rensning av filer i Alfresco',
      unit: '',
      category: 'other'
    });
    expect(slugifyKpiLabel('Öppna ärenden – väntar på åtgärd!')).toBe('oppna-arenden-vantar-pa-atgard');
    expect(slugifyKpiLabel('???')).toBe('kpi');
    const long = slugifyKpiLabel('Ett mycket långt nyckeltal som fortsätter och fortsätter utan att någonsin ta slut alls');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(KPI_KEY_PATTERN);
  });
});

describe('headline KPIs', () => {
  it('defaults to the numeric users KPIs (at most three) and follows the team choice in its order', () => {
    const seed = seedReport();
    expect(headlineKpis(seed).map((e) => e.definitionKey)).toEqual(['registered-users', 'active-users', 'share-active-users']);
    expect(defaultHeadlineKpis(seed, 2).map((e) => e.definitionKey)).toEqual(['registered-users', 'active-users']);
    const chosen = { ...seed, headlineKpis: ['mailbox-cases', 'registered-users', 'not-in-report'] };
    expect(headlineKpis(chosen).map((e) => e.definitionKey)).toEqual(['mailbox-cases', 'registered-users']);
    expect(headlineKpis({ ...seed, headlineKpis: [] })).toEqual([]);
    const noUsers = { ...seed, kpiDefinitions: seed.kpiDefinitions.map((d) => ({ ...d, category: 'other' as const })) };
    expect(headlineKpis(noUsers).map((e) => e.definitionKey)).toEqual(['attached-files', 'process-statistics-reports', 'operational-notices']);
  });
});
