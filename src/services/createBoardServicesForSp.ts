/** The board services over an SPFI (the web part's or the workbench's), the repository code loaded on first use. */
import type { SPFI } from '@pnp/sp';
import { createLazyBoardServices } from './createBoardServices';
import type { IBoardServices } from './IBoardServices';

export function createBoardServicesForSp(getSp: () => SPFI): IBoardServices {
  return createLazyBoardServices(() =>
    import(/* webpackChunkName: 'board-data' */ '../data/repository/board/PnPBoardRepository').then((m) => new m.PnPBoardRepository(getSp()))
  );
}
