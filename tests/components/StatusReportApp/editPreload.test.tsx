/** @jest-environment jsdom */
// "Redigera rapport" starts the editor's chunk at the click, while the report to open is still
// being looked up, instead of after the answer: the two waits overlap. The toolbar is a lazy
// chunk behind the permissions read: on a loaded machine it takes more than findBy's default second.
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
jest.mock('../../../src/components/KpiTrendChart/chartSetup', () => ({
  createLineChart: jest.fn(() => ({ destroy: jest.fn() }))
}));
jest.mock('../../../src/components/ReportEditor', () => {
  const actual = jest.requireActual('../../../src/components/ReportEditor');
  return { ...actual, preloadReportEditor: jest.fn(() => new Promise(() => undefined)) };
});

import '../support/quietIcons';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { preloadReportEditor } from '../../../src/components/ReportEditor';
import { editorRepository } from '../support/memoryRepository';
import { FakeReader, snapshotFor } from '../support/fakeReader';
import { renderStatusReportApp } from '../support/renderApp';

jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

it('asks for the editor chunk when Edit is clicked, before the report list has answered', async () => {
  const user = userEvent.setup();
  const repo = editorRepository();
  repo.permissions = { canRead: true, canEdit: true, canApprove: false, canManageLists: false };
  const listAsked: string[] = [];
  // The report list never answers: only the click can have started the chunk.
  repo.listReports = (objectKey: string) => {
    listAsked.push(objectKey);
    return new Promise(() => undefined);
  };
  renderStatusReportApp({ repository: repo, reportReader: new FakeReader([snapshotFor({ year: 2025, quarter: 4 })]), host: 'teams', userEmail: 'greta.exempel@example.org' });
  const edit = await screen.findByRole('button', { name: 'Redigera rapport' }, { timeout: 10000 });
  expect(preloadReportEditor).not.toHaveBeenCalled();
  await user.click(edit);
  expect(listAsked).toEqual(['SHVO']);
  expect(preloadReportEditor).toHaveBeenCalledTimes(1);
}, 20000);
