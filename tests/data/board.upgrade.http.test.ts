/**
 * The board's records on a site provisioned before they existed (schema version 3): the board
 * repository says "not provisioned" (not "forbidden"), and after the upgrade the lists are
 * there, empty, with the default setting and the recorders group.
 */
import { PnPBoardRepository } from '../../src/data/repository/board/PnPBoardRepository';
import { createNodeSpfi } from '../../src/data/repository/createNodeSpfi';
import { provisionSite } from '../../src/data/provisioning/provision';
import { RECORDERS_GROUP } from '../../src/data/schema/security';
import { setUpProductRoles } from './support/roles';
import { startTestSite, type ITestSite } from './support/server';
import '@pnp/sp/site-groups/web';

let site: ITestSite;
beforeAll(async () => {
  site = await startTestSite({ provision: false });
}, 60000);
afterAll(async () => site && site.close());

describe('board lists on an older site', () => {
  it('answers notProvisioned on schema 3, and after the upgrade reads empty records with the default setting', async () => {
    const owner = site.sp('owner');
    await provisionSite(owner, { version: 3 });
    await setUpProductRoles(owner);
    const board = (who: string): PnPBoardRepository => new PnPBoardRepository(createNodeSpfi(site.siteUrl, { headers: { 'X-Local-User': who } }));
    expect((await board('owner').loadBoardRecords()).kind).toBe('notProvisioned');
    expect((await board('reader').getBoardPermissions()).kind).toBe('notProvisioned');

    const upgrade = await provisionSite(owner);
    expect(upgrade.changes).toEqual(
      expect.arrayContaining(['list GitsBoardAssignments: created', 'list GitsReports: column ReportingBack (Note) added', 'config: BoardDueDaysBeforeMeeting = 14'])
    );
    const groups: { Title: string }[] = await owner.web.siteGroups.select('Title')();
    expect(groups.map((g) => g.Title)).toContain(RECORDERS_GROUP);
    const records = await board('reader').loadBoardRecords();
    expect(records).toEqual({ kind: 'ok', value: { meetings: [], handlings: [], assignments: [], settings: { dueDaysBeforeMeeting: 14 } } });
    expect(await board('approver').getBoardPermissions()).toEqual({ kind: 'ok', value: { canRead: true, canRecord: true } });
  });
});
