// What the 'board-data' chunk holds: the board repository over PnPjs and the services' adapter.
import type { SPFI } from '@pnp/sp';
import { PnPBoardRepository } from '../data/repository/board/PnPBoardRepository';
import { createBoardServices } from './createBoardServices';
import type { IBoardServices } from './IBoardServices';

export function createBoardServicesOver(sp: SPFI): IBoardServices {
  return createBoardServices(new PnPBoardRepository(sp));
}
