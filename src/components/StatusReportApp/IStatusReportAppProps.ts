import type { IStatusReportRepository } from '../../data/repository/IStatusReportRepository';

/** Where the web part runs: a SharePoint page or a Microsoft Teams tab / personal app. */
export type HostKind = 'sharepoint' | 'teams';

/** What the web part shows: one object's report, or the portfolio of all objects. */
export type AppView = 'report' | 'portfolio';

/** Theme variant to render with; 'contrast' is Teams/Windows high contrast. */
export type ThemeVariant = 'default' | 'dark' | 'contrast';

/**
 * Semantic colours the web part receives from SharePoint (site theme / section background)
 * or from Teams. Keys follow Fluent UI v8 palette and semanticColors naming.
 */
export interface IHostTheme {
  readonly variant: ThemeVariant;
  /** Fluent UI v8 palette slots (themePrimary, neutralPrimary, white, ...), when the host gives them. */
  readonly palette?: Readonly<Record<string, string>>;
  /** Fluent UI v8 semantic colours (bodyBackground, bodyText, link, ...), when the host gives them. */
  readonly semanticColors?: Readonly<Record<string, string>>;
}

export interface IStatusReportAppProps {
  readonly repository: IStatusReportRepository;
  readonly host: HostKind;
  readonly theme: IHostTheme;
  readonly view: AppView;
  /** The förvaltningsobjekt to show in the report view, e.g. "SHVO". */
  readonly objectKey?: string;
  /** UI locale, e.g. "sv-SE" or "en-US"; numbers and dates are formatted for it. */
  readonly locale: string;
  /** Display name of the current user (for greetings/approval UI). */
  readonly userDisplayName: string;
}
