/**
 * The board services over an adapter loaded on first use (chunk 'board-data', with the board
 * repository): the card paints first, the board's records follow.
 */
import type { IBoardServices } from './IBoardServices';

export function createLazyBoardServices(load: () => Promise<IBoardServices>): IBoardServices {
  let loaded: Promise<IBoardServices> | undefined;
  const services = (): Promise<IBoardServices> => {
    if (!loaded) loaded = load();
    return loaded;
  };
  return {
    getAccess: () => services().then((s) => s.getAccess()),
    getCalendar: () => services().then((s) => s.getCalendar()),
    getRecords: (objectKey, period) => services().then((s) => s.getRecords(objectKey, period)),
    listAssignments: (objectKey) => services().then((s) => s.listAssignments(objectKey)),
    saveHandling: (input) => services().then((s) => s.saveHandling(input)),
    closeAssignment: (objectKey, key, note) => services().then((s) => s.closeAssignment(objectKey, key, note))
  };
}
