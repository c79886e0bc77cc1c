import { decideHost, isTeamsPersonalApp, themeVariantFromTeams } from '../../../src/webparts/statusReport/hostEnvironment';

describe('host detection', () => {
  it('keeps the configured view on a SharePoint page', () => {
    expect(decideHost('portfolio', undefined)).toEqual({ host: 'sharepoint', view: 'portfolio', variant: 'default' });
    expect(decideHost('report', undefined)).toEqual({ host: 'sharepoint', view: 'report', variant: 'default' });
  });

  it('opens the portfolio in the Teams personal app', () => {
    const personal = { app: { theme: 'dark' } };
    expect(isTeamsPersonalApp(personal)).toBe(true);
    expect(decideHost('report', personal)).toEqual({ host: 'teams', view: 'portfolio', variant: 'dark' });
  });

  it('keeps the configured view in a channel tab and follows the Teams theme', () => {
    const tab = { app: { theme: 'contrast' }, team: { displayName: 'Team SHVO' }, channel: { id: '19:abc' } };
    expect(isTeamsPersonalApp(tab)).toBe(false);
    expect(decideHost('report', tab)).toEqual({ host: 'teams', view: 'report', variant: 'contrast' });
  });

  it('maps Teams theme names, treating unknown ones as default', () => {
    expect(themeVariantFromTeams('default')).toBe('default');
    expect(themeVariantFromTeams('dark')).toBe('dark');
    expect(themeVariantFromTeams('contrast')).toBe('contrast');
    expect(themeVariantFromTeams('glass')).toBe('default');
    expect(themeVariantFromTeams(undefined)).toBe('default');
  });
});
