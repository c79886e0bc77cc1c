import { LISTS } from '../../src/data/schema/schema';
import { definitionSelect, headerSelect, selectFor, selectOf, snapshotSelect } from '../../src/data/repository/rows/select';

describe('selects derived from the schema', () => {
  it('selects every own column of a list, Lookups by id and no Person columns', () => {
    const events = selectFor('events');
    expect(events).toEqual(['Id', 'ReportId', 'RowKey', 'SortOrder', 'ItemText', 'SubItems', 'EventDate']);
    const reports = selectFor('reports');
    expect(reports).not.toContain('Coordinator');
    expect(reports).toContain('SaveToken');
    LISTS.forEach((l) => expect(selectFor(l.key)).toHaveLength(1 + l.columns.filter((c) => c.type !== 'User').length));
  });

  it('adds the system fields each read needs', () => {
    expect(headerSelect()).toEqual([...selectFor('reports'), 'Modified']);
    expect(snapshotSelect()).toEqual(expect.arrayContaining(['SnapshotJson', 'OData__ModerationStatus', 'Editor/Title']));
    expect(definitionSelect()).toEqual(expect.arrayContaining(['Title', 'DefinitionKey', 'Unit', 'Category']));
  });

  it('refuses a column the schema does not have', () => {
    expect(selectOf('kpiValues', 'DefinitionKey', 'ApprovedNumber')).toEqual(['DefinitionKey', 'ApprovedNumber']);
    expect(() => selectOf('kpiValues', 'ApprovedNumbr')).toThrow(/ApprovedNumbr/);
    expect(() => selectOf('objects', 'SnapshotJson')).toThrow(/objects/);
  });
});
