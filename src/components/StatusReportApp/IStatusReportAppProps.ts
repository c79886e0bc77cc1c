import type { IStatusReportRepository } from '../../data/repository/IStatusReportRepository';
import type { IProvisioningService } from '../../services/IProvisioningService';
import type { IBoardServices } from '../../services/IBoardServices';

/** Where the web part runs: a SharePoint page or a Microsoft Teams tab / personal app. */
export type HostKind = 'sharepoint' | 'teams';

/** What the web part shows: one object's report, or the portfolio of all objects. */
export type AppView = 'report' | 'portfolio';

/** SharePoint page mode the web part is in; a Teams tab has no edit mode of its own. */
export type PageDisplayMode = 'read' | 'edit';

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
  /**
   * E-mail (login) of the current user: the editor keeps drafts per user and the approval panel
   * tells a submitter from an approver by it (by display name when absent).
   */
  readonly userEmail?: string;
  /**
   * The SharePoint page's mode; editing is offered on a page in edit mode and always in Teams.
   * Default 'read'.
   */
  readonly displayMode?: PageDisplayMode;
  /** Creates the report lists when a site owner asks; without it owners are told the lists are missing. */
  readonly provisioning?: IProvisioningService;
  /** The board's records (handling, assignments, calendar); without them nothing of the board is shown. */
  readonly board?: IBoardServices;
}
