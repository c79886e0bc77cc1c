/**
 * Provisioning against the local SharePoint: idempotent (a second run sends no writes),
 * versioned, and an older schema upgraded in place with its data kept.
 */
import { getProvisioningStatus, ensureProvisioned, provisionSite } from '../../src/data/provisioning/provision';
import { SCHEMA_VERSION, listTitle, schemaForVersion } from '../../src/data/schema/schema';
import { loadSeedReport } from '../../tools/seed/seedData';
import { recordRequests, startTestSite, type ITestSite } from './support/server';

type Row = Record<string, unknown>;

describe('provisioning over HTTP', () => {
  let site: ITestSite;
  afterEach(async () => site && site.close());

  it('creates every list, column, index and content approval, then a second run sends no writes', async () => {
    site = await startTestSite({ provision: false });
    const first = await provisionSite(site.sp('owner'));
    expect(first.previousVersion).toBe(0);
    expect(first.version).toBe(SCHEMA_VERSION);
    expect(first.changes.length).toBeGreaterThan(20);

    const sp = site.sp('owner');
    const snapshots: Row = await sp.web.lists.getByTitle(listTitle('snapshots')).select('EnableModeration', 'DraftVersionVisibility')();
    expect(snapshots).toMatchObject({ EnableModeration: true, DraftVersionVisibility: 2 });
    const config: Row = await sp.web.lists.getByTitle(listTitle('config')).select('Hidden')();
    expect(config.Hidden).toBe(true);
    const fields: Row[] = await sp.web.lists.getByTitle(listTitle('kpiValues')).fields.select('InternalName', 'Title', 'Indexed', 'EnforceUniqueValues', 'TypeAsString')();
    const field = (n: string): Row | undefined => fields.find((f) => f.InternalName === n);
    expect(field('RowKey')).toMatchObject({ Indexed: true, EnforceUniqueValues: false, Title: 'Radnyckel' });
    expect(field('CurrentNumber')).toMatchObject({ TypeAsString: 'Number', Title: 'Värde i år' });
    expect(field('ObjectKey')).toMatchObject({ Indexed: true });
    expect(field('Report')).toMatchObject({ TypeAsString: 'Lookup', Indexed: true });
    const coordinator: Row[] = await sp.web.lists.getByTitle(listTitle('reports')).fields.filter("InternalName eq 'Coordinator'").select('TypeAsString')();
    expect(coordinator[0]?.TypeAsString).toBe('User');

    const log: { method: string; url: string; writes: string[] }[] = [];
    const second = await provisionSite(site.sp('owner', recordRequests(log)));
    expect(second.changes).toEqual([]);
    expect(second.previousVersion).toBe(SCHEMA_VERSION);
    expect(log.length).toBeGreaterThan(0);
    expect(log.flatMap((r) => r.writes)).toEqual([]);
    expect(await ensureProvisioned(site.sp('owner'))).toBeUndefined();
    expect((await getProvisioningStatus(site.sp('reader'))).upToDate).toBe(true);
  });

  it('ensureProvisioned (the web part\'s entry point) provisions a bare site once, then only reads', async () => {
    site = await startTestSite({ provision: false });
    const before = await getProvisioningStatus(site.sp('owner'));
    expect(before.storedVersion).toBe(0);
    expect(before.missingLists).toHaveLength(schemaForVersion(SCHEMA_VERSION).length);
    expect((await site.repo('reader').listObjects()).kind).toBe('notProvisioned');
    const result = await ensureProvisioned(site.sp('owner'));
    expect(result?.version).toBe(SCHEMA_VERSION);
    expect(result?.changes.length).toBeGreaterThan(0);
    expect(await ensureProvisioned(site.sp('owner'))).toBeUndefined();
    expect((await site.repo('reader').listObjects()).kind).toBe('ok');
  });

  it('creates the approvers group and gives it the approve role (by base permissions) on the snapshot list, site members nothing', async () => {
    site = await startTestSite({ provision: false });
    const result = await provisionSite(site.sp('owner'));
    expect(result.warnings).toEqual([]);
    const sp = site.sp('owner');
    const groups: Row[] = await sp.web.siteGroups.filter("Title eq 'GITS Statusrapport godkännare'").select('Id')();
    expect(groups).toHaveLength(1);
    const assignments: Row[] = await sp.web.lists
      .getByTitle(listTitle('snapshots'))
      .roleAssignments.expand('RoleDefinitionBindings')();
    const mine = assignments.find((a) => Number(a.PrincipalId) === Number(groups[0].Id));
    const bindings = (mine?.RoleDefinitionBindings as Row[] | undefined) ?? [];
    expect(bindings.map((b) => b.Name)).toEqual(['GITS Statusrapport godkänna']);
    // ApproveItems (kind 5, bit 4) and EditListItems (kind 3), never DeleteListItems (kind 4).
    const low = Number((bindings[0].BasePermissions as Row).Low);
    expect([Math.floor(low / 16) % 2, Math.floor(low / 4) % 2, Math.floor(low / 8) % 2]).toEqual([1, 1, 0]);
    const members = (await sp.web.associatedMemberGroup.select('Id')()) as unknown as Row;
    for (const spec of schemaForVersion(SCHEMA_VERSION)) {
      const a: Row[] = await sp.web.lists.getByTitle(spec.title).roleAssignments.select('PrincipalId')();
      expect({ list: spec.title, members: a.some((x) => Number(x.PrincipalId) === Number(members.Id)) }).toEqual({ list: spec.title, members: false });
    }
    // And a second run changes nothing.
    expect((await provisionSite(site.sp('owner'))).changes).toEqual([]);
  });

  it('uses the approvers group named in the property pane, quotes and all', async () => {
    site = await startTestSite({ provision: false });
    const groupName = "Ledningsrådets godkännare (O'Brien)";
    const result = await provisionSite(site.sp('owner'), { approversGroup: `  ${groupName} ` });
    expect(result.warnings).toEqual([]);
    expect(result.changes).toContain(`group ${groupName}: created`);
    const sp = site.sp('owner');
    const groups: Row[] = await sp.web.siteGroups.filter(`Title eq '${groupName.replace(/'/g, "''")}'`).select('Id', 'Title')();
    expect(groups.map((g) => g.Title)).toEqual([groupName]);
    const defaults: Row[] = await sp.web.siteGroups.filter("Title eq 'GITS Statusrapport godkännare'").select('Id')();
    expect(defaults).toEqual([]);
    const assignments: Row[] = await sp.web.lists
      .getByTitle(listTitle('snapshots'))
      .roleAssignments.filter(`PrincipalId eq ${String(groups[0].Id)}`)
      .expand('RoleDefinitionBindings')();
    expect(assignments).toHaveLength(1);
    // The same name again changes nothing.
    expect((await provisionSite(site.sp('owner'), { approversGroup: groupName })).changes).toEqual([]);
  });

  it('upgrades the first schema in place and keeps the data', async () => {
    site = await startTestSite({ provision: false });
    const old = await provisionSite(site.sp('owner'), { version: 1, permissions: false });
    expect(old.version).toBe(1);
    const sp = site.sp('owner');
    const titles = ((await sp.web.lists.select('Title')()) as Row[]).map((l) => l.Title);
    expect(titles).not.toContain(listTitle('approvalLog'));
    // Data written in the old shape (raw, as an older version of the web part would).
    const seed = loadSeedReport();
    const header = (await sp.web.lists.getByTitle(listTitle('reports')).items.add({
      Title: 'SHVO 2025-Q4',
      RowKey: 'SHVO-2025-Q4',
      ObjectKey: 'SHVO',
      PeriodYear: 2025,
      PeriodQuarter: 4,
      Mission: seed.header.mission,
      ApprovalState: 'draft',
      Revision: 0
    })) as Row;
    await sp.web.lists.getByTitle(listTitle('kpiValues')).items.add({
      Title: 'registered-users',
      ReportId: header.Id,
      RowKey: `${String(header.Id)}/kpiValues/0000`,
      SortOrder: 0,
      ObjectKey: 'SHVO',
      DefinitionKey: 'registered-users',
      CurrentText: '61 829',
      CurrentNumber: 61829
    });
    const status = await getProvisioningStatus(sp);
    expect(status).toMatchObject({
      storedVersion: 1,
      upToDate: false,
      missingLists: [listTitle('approvalLog'), listTitle('boardMeetings'), listTitle('boardHandlings'), listTitle('boardAssignments'), listTitle('boardLog')]
    });

    const upgrade = await provisionSite(sp);
    expect(upgrade.previousVersion).toBe(1);
    expect(upgrade.changes).toEqual(
      expect.arrayContaining([
        `list ${listTitle('approvalLog')}: created`,
        `list ${listTitle('reports')}: column SaveToken (Text) added`,
        `list ${listTitle('kpiValues')}: column IsApproved (Boolean) added`,
        `list ${listTitle('snapshots')}: column SummaryJson (Note) added`,
        `list ${listTitle('reports')}: column ReportingBack (Note) added`,
        `list ${listTitle('boardAssignments')}: created`,
        'config: BoardDueDaysBeforeMeeting = 14'
      ])
    );
    const newLists = schemaForVersion(SCHEMA_VERSION).length - schemaForVersion(1).length;
    expect(upgrade.changes.filter((c) => / created$/.test(c) && c.indexOf('list ') === 0)).toHaveLength(newLists);

    // The data is still there, and the repository of this version reads it.
    const kept: Row[] = await sp.web.lists.getByTitle(listTitle('kpiValues')).items.select('CurrentText', 'CurrentNumber')();
    expect(kept).toEqual([expect.objectContaining({ CurrentText: '61 829', CurrentNumber: 61829 })]);
    const loaded = await site.repo('owner').loadReportForEditing(Number(header.Id));
    expect(loaded.kind).toBe('ok');
    if (loaded.kind === 'ok') {
      expect(loaded.value.editable.report.header.mission).toBe(seed.header.mission);
      expect(loaded.value.editable.report.kpis[0].current).toEqual({ text: '61 829', number: 61829 });
    }
    expect((await getProvisioningStatus(sp)).upToDate).toBe(true);
  });
});
