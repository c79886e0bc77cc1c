/** @jest-environment jsdom */
jest.mock('../../../src/components/KpiTrendChart/chartSetup', () => ({
  createLineChart: jest.fn(() => ({ destroy: jest.fn() }))
}));
jest.mock('../../../src/data/repository/createRepositoryForSpfx', () => ({
  createRepositoryForSpfx: jest.fn()
}));

import '../../components/support/quietIcons';
import { createRepositoryForSpfx } from '../../../src/data/repository/createRepositoryForSpfx';
import type { IStatusReportRepository } from '../../../src/data/repository/IStatusReportRepository';
import { type ITeamsFake, reportProps, seedRepository, startWebPart, waitFor } from './webPartHarness';

jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

describe('StatusReportWebPart', () => {
  beforeEach(() => {
    (createRepositoryForSpfx as jest.Mock).mockImplementation(seedRepository);
  });

  it('renders the approved report of the configured object into its DOM element', async () => {
    const { element } = await startWebPart(reportProps);
    await waitFor(() => expect(element.textContent).toMatch(/61\s829/));
    expect(element.textContent).toContain('Gisella Koutsiou');
    expect(element.querySelector('[data-host="sharepoint"]')).not.toBeNull();
    expect(element.querySelector('[lang="sv-SE"]')).not.toBeNull();
    expect(createRepositoryForSpfx).toHaveBeenCalledTimes(1);
  });

  it('follows the section background: an inverted theme renders dark', async () => {
    const { webPart, element } = await startWebPart(reportProps);
    (webPart as unknown as { __themeChanged: (t: unknown) => void }).__themeChanged({
      isInverted: true,
      semanticColors: { bodyBackground: '#201f1e', bodyText: '#ffffff' }
    });
    await waitFor(() => expect(element.querySelector('[data-theme-variant="dark"]')).not.toBeNull());
  });

  it('opens the portfolio in the Teams personal app and follows Teams theme changes', async () => {
    let onThemeChange: ((theme: string) => void) | undefined;
    const teams: ITeamsFake = {
      teamsJs: {
        app: {
          getContext: () => Promise.resolve({ app: { theme: 'dark' } }),
          registerOnThemeChangeHandler: (handler) => {
            onThemeChange = handler;
          }
        }
      }
    };
    const { element } = await startWebPart(reportProps, teams);
    expect(element.querySelector('[data-host="teams"]')).not.toBeNull();
    expect(element.querySelector('[data-theme-variant="dark"]')).not.toBeNull();
    await waitFor(() => expect(element.textContent).toContain('SHVO'));
    expect(onThemeChange).toBeDefined();
    onThemeChange?.('contrast');
    await waitFor(() => expect(element.querySelector('[data-theme-variant="contrast"]')).not.toBeNull());
  });

  it('unmounts its React tree on dispose', async () => {
    const { webPart, element } = await startWebPart(reportProps);
    await waitFor(() => expect(element.textContent).toMatch(/61\s829/));
    (webPart as unknown as { __dispose: () => void }).__dispose();
    expect(element.innerHTML).toBe('');
  });

  it('offers the objects from SharePoint in the property pane once it is opened', async () => {
    const { webPart } = await startWebPart(reportProps);
    const paneBefore = (webPart as unknown as { getPropertyPaneConfiguration: () => { pages: Array<{ groups: Array<{ groupFields: Array<{ type: string; targetProperty: string }> }> }> } }).getPropertyPaneConfiguration();
    expect(paneBefore.pages[0].groups[0].groupFields.map((f) => [f.type, f.targetProperty])).toEqual([
      ['TextField', 'objectKey'],
      ['ChoiceGroup', 'view']
    ]);
    (webPart as unknown as { __propertyPaneStart: () => void }).__propertyPaneStart();
    await waitFor(() => {
      const pane = (webPart as unknown as { getPropertyPaneConfiguration: () => typeof paneBefore }).getPropertyPaneConfiguration();
      expect(pane.pages[0].groups[0].groupFields[0].type).toBe('Dropdown');
    });
    const pane = (webPart as unknown as { getPropertyPaneConfiguration: () => typeof paneBefore }).getPropertyPaneConfiguration();
    expect(pane.pages[1 - 1].groups[1].groupFields.map((f) => f.targetProperty)).toEqual(['dataSiteUrl']);
    expect(pane.pages[1 - 1].groups[2].groupFields.map((f) => f.targetProperty)).toEqual(['approversGroup']);
  });

  it('offers editing to an editor only while the page is in edit mode', async () => {
    const { webPart, element } = await startWebPart(reportProps);
    await waitFor(() => expect(element.textContent).toMatch(/61\s829/));
    const repository = (createRepositoryForSpfx as jest.Mock).mock.results.slice(-1)[0].value as IStatusReportRepository;
    await waitFor(() => expect(repository.getPermissions).toHaveBeenCalled());
    expect(element.querySelector('[role="toolbar"]')).toBeNull();
    // SharePoint sets displayMode (2 = Edit) and tells the web part.
    Object.defineProperty(webPart, 'displayMode', { value: 2, configurable: true });
    (webPart as unknown as { onDisplayModeChanged: (old: number) => void }).onDisplayModeChanged(1);
    await waitFor(() => expect(element.querySelector('[role="toolbar"]')?.textContent).toMatch(/^Edit reportNew quarterly report/));
    Object.defineProperty(webPart, 'displayMode', { value: 1, configurable: true });
    (webPart as unknown as { onDisplayModeChanged: (old: number) => void }).onDisplayModeChanged(2);
    await waitFor(() => expect(element.querySelector('[role="toolbar"]')).toBeNull());
  });

  it('offers editing in a Teams tab without an edit mode', async () => {
    const teams: ITeamsFake = {
      teamsJs: { app: { getContext: () => Promise.resolve({ channel: { id: '19:gits' }, team: { internalId: '19:gits' }, app: { theme: 'default' } }), registerOnThemeChangeHandler: () => undefined } }
    };
    const { element } = await startWebPart(reportProps, teams);
    // The first render waits for the report's first screen (briefly).
    await waitFor(() => expect(element.querySelector('[data-host="teams"]')).not.toBeNull());
    await waitFor(() => expect(element.querySelector('[role="toolbar"]')?.textContent).toMatch(/^Edit reportNew quarterly report/));
  });
});
