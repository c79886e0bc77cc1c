/** The board services over an SPFI (the web part's or the workbench's), the repository and its adapter loaded on first use. */
import type { SPFI } from '@pnp/sp';
import { createLazyBoardServices } from './createLazyBoardServices';
import type { IBoardServices } from './IBoardServices';

export function createBoardServicesForSp(getSp: () => SPFI): IBoardServices {
  return createLazyBoardServices(() => import(/* webpackChunkName: 'board-data' */ './boardDataChunk').then((m) => m.createBoardServicesOver(getSp())));
}
