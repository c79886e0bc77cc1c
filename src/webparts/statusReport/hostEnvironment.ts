import type { AppView, HostKind, ThemeVariant } from '../../components/StatusReportApp/IStatusReportAppProps';

/**
 * The few facts of the Teams context (teamsJs.app.getContext()) the web part needs.
 * Declared here so host detection stays pure and testable without TeamsJS.
 */
export interface ITeamsContextFacts {
  readonly app: { readonly theme?: string };
  readonly team?: unknown;
  readonly chat?: unknown;
  readonly channel?: unknown;
}

/** Maps a Teams theme name to ours; Teams also has "glass", which renders like the default theme. */
export function themeVariantFromTeams(teamsTheme: string | undefined): ThemeVariant {
  switch (teamsTheme) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return 'default';
  }
}

/** A Teams personal app has neither a team, a channel nor a chat around it. */
export function isTeamsPersonalApp(context: ITeamsContextFacts): boolean {
  return !context.team && !context.channel && !context.chat;
}

export interface IHostDecision {
  readonly host: HostKind;
  readonly view: AppView;
  readonly variant: ThemeVariant;
}

/**
 * Decides host, view and theme variant. The personal app always opens the portfolio
 * (the board's overview); a tab and a SharePoint page use the view from the property pane.
 */
export function decideHost(configuredView: AppView, teamsContext: ITeamsContextFacts | undefined): IHostDecision {
  if (!teamsContext) {
    return { host: 'sharepoint', view: configuredView, variant: 'default' };
  }
  return {
    host: 'teams',
    view: isTeamsPersonalApp(teamsContext) ? 'portfolio' : configuredView,
    variant: themeVariantFromTeams(teamsContext.app.theme)
  };
}
