// The editor's chunk is asked for once, however often the user clicks; a failed download (a
// dropped connection, a new version deployed) is tried again on the next ask.
let failDownloads = 1;
jest.mock('../../../src/components/ReportEditor/ReportEditor', () => {
  if (failDownloads > 0) {
    failDownloads -= 1;
    throw new Error('ChunkLoadError: Loading chunk report-editor failed.');
  }
  return { __esModule: true, default: function ReportEditorStub(): null { return null; } };
});

import { preloadReportEditor } from '../../../src/components/ReportEditor';

describe('preloadReportEditor', () => {
  it('tries a failed download again, then hands every caller the same download', async () => {
    await expect(preloadReportEditor()).rejects.toThrow('ChunkLoadError');
    const again = preloadReportEditor();
    expect(preloadReportEditor()).toBe(again);
    const loaded = await again;
    expect(loaded.default.name).toBe('ReportEditorStub');
  });
});
