/** @jest-environment jsdom */
// The web part's React tree is a chunk of its own: a failed download says so in words, and the
// next render tries the download again.
let failDownloads = 1;
jest.mock('../../../src/components/StatusReportApp/StatusReportApp', () => {
  if (failDownloads > 0) {
    failDownloads -= 1;
    throw new Error('ChunkLoadError: Loading chunk report-app failed.');
  }
  return jest.requireActual('../../../src/components/StatusReportApp/StatusReportApp');
});
jest.mock('../../../src/components/KpiTrendChart/chartSetup', () => ({
  createLineChart: jest.fn(() => ({ destroy: jest.fn() }))
}));
jest.mock('../../../src/data/repository/createRepositoryForSpfx', () => ({
  createRepositoryForSpfx: jest.fn()
}));

import '../../components/support/quietIcons';
import { createRepositoryForSpfx } from '../../../src/data/repository/createRepositoryForSpfx';
import { message } from '../../../src/messages';
import { reportProps, seedRepository, startWebPart, waitFor } from './webPartHarness';

jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

describe('StatusReportWebPart when its React tree cannot be downloaded', () => {
  beforeEach(() => {
    (createRepositoryForSpfx as jest.Mock).mockImplementation(seedRepository);
  });

  it('says so in plain text, then draws the report once a later render downloads it', async () => {
    const { webPart, element } = await startWebPart(reportProps);
    await waitFor(() => expect(element.textContent).toBe(message('webpart.loadFailed')));
    expect(element.querySelector('main, article, [role]')).toBeNull();
    webPart.render();
    await waitFor(() => expect(element.textContent).toMatch(/61\s829/));
    expect(element.textContent).not.toContain(message('webpart.loadFailed'));
  });
});
