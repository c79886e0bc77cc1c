/**
 * The store keeps parsed items between reads: what a read returns must still be what the
 * database holds after every write, a rolled-back transaction and a deleted list.
 */
import { Store, type IItemRow, type IItemVersion } from '../../localsp/src/store';

const LIST = 'list-1';

function version(title: string, v: number): IItemVersion {
  return { data: { Title: title }, version: v, modified: '2026-01-20T10:00:00Z', editorId: 7, modStatus: 0, modComments: undefined };
}

function row(id: number, title: string): IItemRow {
  return { listId: LIST, id, guid: `guid-${id}`, created: '2026-01-20T10:00:00Z', authorId: 7, current: version(title, 1), approved: undefined };
}

describe('Store: parsed items between reads', () => {
  let store: Store;

  beforeEach(() => {
    store = new Store(':memory:');
  });

  afterEach(() => store.close());

  it('returns an update on the next read, by id and in scans', () => {
    store.insertItem(row(1, 'Första'));
    store.insertItem(row(2, 'Andra'));
    expect(store.item(LIST, 1)?.current.data.Title).toBe('Första');
    expect(store.itemsByIds(LIST, [1, 2]).map((i) => i.current.data.Title)).toEqual(['Första', 'Andra']);

    const item = store.item(LIST, 1) as IItemRow;
    item.current = { ...version('Ändrad', 2) };
    store.updateItem(item);
    expect(store.item(LIST, 1)?.current.data.Title).toBe('Ändrad');
    expect(store.item(LIST, 1)?.current.version).toBe(2);
    expect(store.itemsByIds(LIST, [1]).map((i) => i.current.data.Title)).toEqual(['Ändrad']);
    expect(store.scanItems(LIST, 0, 10).map((i) => i.current.data.Title)).toEqual(['Ändrad', 'Andra']);
  });

  it('forgets what a failed transaction wrote', () => {
    store.insertItem(row(1, 'Före'));
    expect(store.item(LIST, 1)?.current.data.Title).toBe('Före');
    expect(() =>
      store.transaction(() => {
        const item = store.item(LIST, 1) as IItemRow;
        item.current = version('Under transaktionen', 2);
        store.updateItem(item);
        // Read inside the transaction: the new text is what this connection sees now.
        expect(store.item(LIST, 1)?.current.data.Title).toBe('Under transaktionen');
        throw new Error('rollback');
      })
    ).toThrow('rollback');
    expect(store.item(LIST, 1)?.current.data.Title).toBe('Före');
    expect(store.item(LIST, 1)?.current.version).toBe(1);
  });

  it('forgets deleted items', () => {
    store.insertItem(row(1, 'Borta snart'));
    expect(store.item(LIST, 1)).toBeDefined();
    store.deleteItem(LIST, 1);
    expect(store.item(LIST, 1)).toBeUndefined();
    expect(store.itemsByIds(LIST, [1])).toEqual([]);
  });

  it('hands out copies: setting an item\'s version does not change the next read, and versions are frozen', () => {
    store.insertItem(row(1, 'Orörd'));
    const first = store.item(LIST, 1) as IItemRow;
    first.current = version('Bara lokalt', 9);
    expect(store.item(LIST, 1)?.current.data.Title).toBe('Orörd');
    const again = store.item(LIST, 1) as IItemRow;
    expect(Object.isFrozen(again.current)).toBe(true);
    expect(Object.isFrozen(again.current.data)).toBe(true);
    expect(() => {
      (again.current.data as Record<string, unknown>).Title = 'Ändrad på plats';
    }).toThrow(TypeError);
  });
});
