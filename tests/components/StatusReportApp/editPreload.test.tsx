/** @jest-environment jsdom */
// "Redigera rapport" starts the editor's chunk at the click, while the report to open is still
// being looked up, instead of after the answer: the two waits overlap.
jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/sv-se.js'));
jest.mock('../../../src/components/KpiTrendChart/chartSetup', () => ({
  createLineChart: jest.fn(() => ({ destroy: jest.fn() }))
}));
jest.mock('../../../src/components/ReportEditor', () => {
  const actual = jest.requireActual('../../../src/components/ReportEditor');
  return { ...actual, preloadReportEditor: jest.fn(() => new Promise(() => undefined)) };
});

import * as React from 'react';
import '../support/quietIcons';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StatusReportApp } from '../../../src/components/StatusReportApp/StatusReportApp';
import { preloadReportEditor } from '../../../src/components/ReportEditor';
import { editorRepository } from '../support/memoryRepository';
import { FakeReader, snapshotFor } from '../support/fakeReader';

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
  render(
    <StatusReportApp
      repository={repo}
      reportReader={new FakeReader([snapshotFor({ year: 2025, quarter: 4 })])}
      host="teams"
      theme={{ variant: 'default' }}
      view="report"
      objectKey="SHVO"
      locale="sv-SE"
      userDisplayName="Gisella Koutsiou"
      userEmail="greta.exempel@example.org"
    />
  );
  const edit = await screen.findByRole('button', { name: 'Redigera rapport' });
  expect(preloadReportEditor).not.toHaveBeenCalled();
  await user.click(edit);
  expect(listAsked).toEqual(['SHVO']);
  expect(preloadReportEditor).toHaveBeenCalledTimes(1);
}, 20000);
