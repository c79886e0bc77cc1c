import * as path from 'path';
import { SRC, staticGraph } from '../../support/importGraph';

// The card shows the frozen reporting back and the next due date itself; everything else of the
// board (its views, the recorder's form, the pack, the board repository) comes in chunks loaded
// on demand, after the card.
describe('the board in the web part’s first screen (its entry and the report-app chunk)', () => {
  const files = new Set([
    ...staticGraph(path.join(SRC, 'webparts/statusReport/StatusReportWebPart.ts')).files,
    ...staticGraph(path.join(SRC, 'components/StatusReportApp/StatusReportApp.tsx')).files
  ]);
  const modules = Array.from(files).map((file) => path.relative(SRC, file).split(path.sep).join('/'));

  it('holds only what the card shows', () => {
    expect(modules.filter((m) => m.startsWith('components/Board/')).sort()).toEqual([
      'components/Board/Board.module.scss',
      'components/Board/DueBadge.tsx',
      'components/Board/ReportingBackList.tsx',
      'components/Board/answerLabels.tsx'
    ]);
  });

  it('leaves out the board repository, the pack and the Word writer', () => {
    // Reading open assignments for a new quarter's draft loads the board's reads on demand too.
    const boardData = ['data/repository/board/PnPBoardRepository.ts', 'data/repository/board/write.ts', 'data/repository/board/read.ts', 'data/repository/board/rows.ts'];
    expect(modules.filter((m) => boardData.indexOf(m) >= 0 || m === 'domain/board/pack.ts' || m.startsWith('docx/'))).toEqual([]);
  });
});
