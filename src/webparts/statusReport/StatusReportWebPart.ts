import * as React from 'react';
import * as ReactDom from 'react-dom';
import { DisplayMode, Version } from '@microsoft/sp-core-library';
import {
  type IPropertyPaneConfiguration,
  type IPropertyPaneDropdownOption,
  PropertyPaneChoiceGroup,
  PropertyPaneDropdown,
  PropertyPaneTextField
} from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';

import type {
  AppView,
  IHostTheme,
  IStatusReportAppProps
} from '../../components/StatusReportApp/IStatusReportAppProps';
import type { IStatusReportRepository } from '../../data/repository/IStatusReportRepository';
import { createRepositoryForSpfx, createSpfiForSpfx } from '../../data/repository/createRepositoryForSpfx';
import type { IBoardServices } from '../../services/IBoardServices';
import { createBoardServicesForSp } from '../../services/createBoardServicesForSp';
import { checkDataSiteUrl, dataSiteOf } from '../../data/repository/dataSite';
import type { IProvisioningService } from '../../services/IProvisioningService';
import { createProvisioningServiceForSpfx } from '../../services/createProvisioningServiceForSpfx';
import { firstScreenSettled, prefetchReportView } from '../../services/createReportReader';
import { decideHost, type IHostDecision, themeVariantFromTeams } from './hostEnvironment';
import { message } from '../../messages';
import { loadReportApp, type ReportAppModule } from './loadReportApp';

export interface IStatusReportWebPartProps {
  /** Key of the förvaltningsobjekt shown in the report view, e.g. "SHVO". */
  objectKey: string;
  view: AppView;
  /** SharePoint group whose members may approve reports. */
  approversGroup: string;
  /** The site whose lists hold the reports (empty: the current site). */
  dataSiteUrl?: string;
}

/**
 * The web part only wires SharePoint/Teams to the React tree: lifecycle, host and theme,
 * property pane. Everything else lives in components, services and the domain.
 */
export default class StatusReportWebPart extends BaseClientSideWebPart<IStatusReportWebPartProps> {
  private _repository: IStatusReportRepository | undefined;
  private _provisioning: IProvisioningService | undefined;
  private _board: IBoardServices | undefined;
  private _hostDecision: IHostDecision = { host: 'sharepoint', view: 'report', variant: 'default' };
  private _sectionTheme: IReadonlyTheme | undefined;
  private _objectOptions: IPropertyPaneDropdownOption[] = [];
  private _dataSite: string = '';
  private _disposed: boolean = false;
  /** The React tree, once loaded and (briefly) once the report's first screen has answered. */
  private _firstRender: Promise<ReportAppModule> | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this._connectDataSite();
    // The report's first screen goes out now, while Teams answers and the React tree loads
    // (a Teams tab that turns out to show the portfolio leaves it unused).
    if (this._repository && this.properties.objectKey && this.properties.view !== 'portfolio') {
      prefetchReportView(this._repository, this.properties.objectKey);
    }
    // The React tree downloads alongside (and while Teams answers).
    loadReportApp().catch(() => undefined);

    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const teamsContext = await teams.teamsJs.app.getContext();
      this._hostDecision = decideHost(this.properties.view, teamsContext);
      // Teams lets the user switch theme while the tab is open; follow it.
      teams.teamsJs.app.registerOnThemeChangeHandler((teamsTheme: string) => {
        this._hostDecision = { ...this._hostDecision, variant: themeVariantFromTeams(teamsTheme) };
        this.render();
      });
    } else {
      this._hostDecision = decideHost(this.properties.view, undefined);
    }
  }

  public render(): void {
    if (!this._repository) {
      return;
    }
    const props: IStatusReportAppProps = {
      repository: this._repository,
      host: this._hostDecision.host,
      theme: this._currentTheme(),
      view: this._hostDecision.host === 'teams' ? this._hostDecision.view : this.properties.view || 'report',
      objectKey: this.properties.objectKey,
      locale: this.context.pageContext.cultureInfo.currentUICultureName,
      userDisplayName: this.context.pageContext.user.displayName,
      userEmail: this.context.pageContext.user.email || this.context.pageContext.user.loginName || undefined,
      displayMode: this.displayMode === DisplayMode.Edit ? 'edit' : 'read',
      provisioning: this._provisioning,
      board: this._board
    };
    // The first render waits for the report's first screen up to FIRST_SCREEN_WAIT_MS after the
    // tree has loaded: a report that has answered is drawn at once, with no loading state first.
    if (!this._firstRender) {
      const repository = this._repository;
      const objectKey = props.view === 'portfolio' ? undefined : props.objectKey;
      const loaded = loadReportApp();
      const locale = props.locale;
      this._firstRender = objectKey
        ? loaded.then((app) => {
            // While the request is out: the first render's formats, then the wait for its answer.
            app.warmUpFormats(locale);
            return firstScreenSettled(repository, objectKey).then(() => app);
          })
        : loaded;
      // A failed download is tried again by the next render.
      this._firstRender.catch(() => {
        this._firstRender = undefined;
      });
    }
    this._firstRender.then(
      (app) => {
        if (!this._disposed) ReactDom.render(React.createElement(app.StatusReportApp, props), this.domElement);
      },
      () => {
        // Plain text: a failed chunk download (offline, a new version deployed) must still say what happened.
        if (!this._disposed) this.domElement.textContent = message('webpart.loadFailed');
      }
    );
  }

  /** Repository and provisioning on the data site the properties name. */
  private _connectDataSite(): void {
    this._dataSite = dataSiteOf(this.properties.dataSiteUrl, this.context.pageContext.web.absoluteUrl);
    this._repository = createRepositoryForSpfx(this.context, this._dataSite);
    this._provisioning = createProvisioningServiceForSpfx(this.context, () => this.properties.approversGroup, this._dataSite);
    const dataSite = this._dataSite;
    this._board = createBoardServicesForSp(() => createSpfiForSpfx(this.context, dataSite));
    this._objectOptions = [];
  }

  /** Another data site: a new repository (its own caches and digest), the app drawn again. */
  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    if (propertyPath === 'dataSiteUrl' && dataSiteOf(String(newValue ?? ''), this.context.pageContext.web.absoluteUrl) !== this._dataSite) {
      this._connectDataSite();
      this.render();
    }
  }

  /** Switching the page between read and edit mode shows or hides the Edit actions. */
  protected onDisplayModeChanged(oldDisplayMode: DisplayMode): void {
    this.render();
  }

  /** SharePoint calls this with the site theme, or the section's background variant. */
  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    this._sectionTheme = currentTheme;
    this.render();
  }

  protected onDispose(): void {
    this._disposed = true;
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  /** Loads the objects for the dropdown only when an author opens the pane. */
  protected onPropertyPaneConfigurationStart(): void {
    if (!this._repository || this._objectOptions.length > 0) {
      return;
    }
    this._repository
      .listObjects()
      .then((result) => {
        // When the lists are not provisioned yet, the text field lets the author type a key.
        if (result.kind === 'ok' && result.value.length > 0) {
          this._objectOptions = result.value.map((o) => ({ key: o.key, text: `${o.key} – ${o.title}` }));
          this.context.propertyPane.refresh();
        }
      })
      .catch(() => {
        this._objectOptions = [];
      });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const objectField =
      this._objectOptions.length > 0
        ? PropertyPaneDropdown('objectKey', { label: message('webpart.objectKey'), options: this._objectOptions })
        : PropertyPaneTextField('objectKey', { label: message('webpart.objectKey') });
    return {
      pages: [
        {
          header: { description: message('webpart.description') },
          groups: [
            {
              groupName: message('webpart.settingsGroup'),
              groupFields: [
                objectField,
                PropertyPaneChoiceGroup('view', {
                  label: message('webpart.view'),
                  options: [
                    { key: 'report', text: message('webpart.view.report') },
                    { key: 'portfolio', text: message('webpart.view.portfolio') }
                  ]
                })
              ]
            },
            {
              groupName: message('webpart.dataGroup'),
              groupFields: [
                PropertyPaneTextField('dataSiteUrl', {
                  label: message('webpart.dataSiteUrl'),
                  description: message('webpart.dataSiteUrl.description'),
                  placeholder: this.context.pageContext.web.absoluteUrl,
                  deferredValidationTime: 500,
                  onGetErrorMessage: (value: string): string => {
                    const checked = checkDataSiteUrl(value, this.context.pageContext.web.absoluteUrl);
                    return checked.ok ? '' : message(checked.messageKey);
                  }
                })
              ]
            },
            {
              groupName: message('webpart.approvalGroup'),
              groupFields: [
                PropertyPaneTextField('approversGroup', {
                  label: message('webpart.approversGroup'),
                  description: message('webpart.approversGroup.description')
                })
              ]
            }
          ]
        }
      ]
    };
  }

  private _currentTheme(): IHostTheme {
    const section = this._sectionTheme;
    const variant =
      this._hostDecision.host === 'teams'
        ? this._hostDecision.variant
        : section?.isInverted
          ? 'dark'
          : 'default';
    return {
      variant,
      palette: section?.palette as Readonly<Record<string, string>> | undefined,
      semanticColors: section?.semanticColors as Readonly<Record<string, string>> | undefined
    };
  }
}
