/**
 * Starts the web part as SharePoint does (context, DOM element and properties, then onInit()
 * and render()) over a repository holding the seed's approved SHVO report. The test files mock
 * `createRepositoryForSpfx` and chart.js themselves (jest.mock is per file).
 */
import { waitFor as waitForDefault } from '@testing-library/react';
import StatusReportWebPart, { type IStatusReportWebPartProps } from '../../../src/webparts/statusReport/StatusReportWebPart';
import type { IReaderFirstScreen, IStatusReportRepository, RepositoryResult } from '../../../src/data/repository/IStatusReportRepository';
import { summarizeReport } from '../../../src/domain/snapshot';
import { SHVO_HISTORY, SHVO_Q4_SUMMARY, SHVO_SNAPSHOT } from '../../components/support/shvoFixture';

// Rendering the whole card under a loaded machine can take seconds; wait long enough for it.
export const waitFor = <T,>(check: () => T): Promise<T> => waitForDefault(check, { timeout: 15000 });

/** A repository holding the seed's approved SHVO report, as the web part would read it from SharePoint. */
export function seedRepository(): IStatusReportRepository {
  const ok = <T,>(value: T): Promise<{ kind: 'ok'; value: T }> => Promise.resolve({ kind: 'ok' as const, value });
  return {
    listObjects: jest.fn(() => ok([{ key: 'SHVO', title: SHVO_SNAPSHOT.report.header.objectTitle }])),
    listReports: jest.fn(() => ok([SHVO_Q4_SUMMARY])),
    loadApprovedReport: jest.fn(() => ok({ snapshot: SHVO_SNAPSHOT, history: SHVO_HISTORY })),
    loadPortfolio: jest.fn((since: unknown) =>
      ok({
        objects: [{ key: 'SHVO', title: SHVO_SNAPSHOT.report.header.objectTitle }],
        snapshots: [{ objectKey: 'SHVO', period: { year: 2025, quarter: 4 }, revision: 1, approvedAt: '2026-01-20T13:00:00Z', summary: summarizeReport(SHVO_SNAPSHOT.report) }],
        since
      })
    ),
    loadApprovedSummaries: jest.fn(() => ok([{ revision: 1, summary: summarizeReport(SHVO_SNAPSHOT.report) }])),
    getPermissions: jest.fn(() => ok({ canRead: true, canEdit: true, canApprove: false, canManageLists: false }))
  } as unknown as IStatusReportRepository;
}

/**
 * The seed repository reading the report's first screen in one call (as the SharePoint
 * repository does), answered when `answer` says so: at once by default.
 */
export function firstScreenRepository(
  answer: (value: () => Promise<RepositoryResult<IReaderFirstScreen>>) => Promise<RepositoryResult<IReaderFirstScreen>> = (value) => value()
): IStatusReportRepository {
  // The answers come from a seed of their own, so the repository's own reads stay uncounted.
  const answers = seedRepository();
  const value = async (): Promise<RepositoryResult<IReaderFirstScreen>> => ({
    kind: 'ok',
    value: {
      approved: await answers.loadApprovedReport('SHVO'),
      reports: await answers.listReports('SHVO'),
      permissions: await answers.getPermissions()
    }
  });
  return Object.assign(seedRepository(), { loadReaderFirstScreen: jest.fn(() => answer(value)) });
}

/** The first-screen repository whose answer waits until `answer()` is called. */
export function pendingFirstScreenRepository(): { repository: IStatusReportRepository; answer: () => void } {
  let answer: () => void = () => undefined;
  const repository = firstScreenRepository(
    (value) =>
      new Promise<RepositoryResult<IReaderFirstScreen>>((resolve) => {
        answer = () => resolve(value());
      })
  );
  return { repository, answer: () => answer() };
}

export interface ITeamsFake {
  teamsJs: {
    app: {
      getContext: () => Promise<unknown>;
      registerOnThemeChangeHandler: (handler: (theme: string) => void) => void;
    };
  };
}

function fakeContext(teams?: ITeamsFake): unknown {
  return {
    sdks: { microsoftTeams: teams },
    pageContext: { web: { absoluteUrl: 'https://contoso.sharepoint.com/sites/gits' }, cultureInfo: { currentUICultureName: 'sv-SE' }, user: { displayName: 'Alva Prov', email: 'alva.prov@example.org' } },
    propertyPane: { refresh: jest.fn() }
  };
}

export async function startWebPart(
  properties: IStatusReportWebPartProps,
  teams?: ITeamsFake,
  element: HTMLElement = document.createElement('div')
): Promise<{ webPart: StatusReportWebPart; element: HTMLElement }> {
  document.body.appendChild(element);
  const webPart = new StatusReportWebPart();
  // What SharePoint does: context, DOM element and properties first, then onInit() and render().
  (webPart as unknown as { __initializeForTest: (c: unknown, e: HTMLElement, p: unknown) => void }).__initializeForTest(
    fakeContext(teams),
    element,
    properties
  );
  await (webPart as unknown as { __onInit: () => Promise<void> }).__onInit();
  webPart.render();
  return { webPart, element };
}

export const reportProps: IStatusReportWebPartProps = { objectKey: 'SHVO', view: 'report', approversGroup: 'Statusrapport godkännare' };
