/**
 * The provisioning service the web part hands to the app, over real HTTP against the local
 * SharePoint: owners may create the lists, and afterwards the repository works; others are refused.
 */
import { createProvisioningService } from '../../src/services/createProvisioningServiceForSpfx';
import { startTestSite, type ITestSite } from '../data/support/server';

describe('provisioning service over HTTP', () => {
  let site: ITestSite;
  beforeEach(async () => {
    site = await startTestSite({ provision: false });
  });
  afterEach(async () => site && site.close());

  it('lets the site owner create the lists, after which the repository reads permissions', async () => {
    expect((await site.repo('owner').getPermissions()).kind).toBe('notProvisioned');
    const service = createProvisioningService(() => site.sp('owner'));
    expect(await service.canManageLists()).toBe(true);
    const outcome = await service.provision();
    expect(outcome.kind).toBe('ok');
    expect(outcome.kind === 'ok' && outcome.changes).toBeGreaterThan(20);
    const permissions = await site.repo('owner').getPermissions();
    // No object yet, so no object folder to write in.
    expect(permissions).toEqual({ kind: 'ok', value: { canRead: true, canEdit: true, canApprove: true, canManageLists: true, editableObjects: [] } });
    // A second run finds everything in place.
    expect(await service.provision()).toEqual({ kind: 'ok', changes: 0, warnings: 0 });
  }, 60000);

  it('creates the approvers group named in the property pane of the web part, read when provisioning runs', async () => {
    let configured = 'Ledningsrådets godkännare';
    const service = createProvisioningService(() => site.sp('owner'), () => configured);
    configured = 'GITS ledningsråd godkännare';
    expect((await service.provision()).kind).toBe('ok');
    const groups: Array<Record<string, unknown>> = await site.sp('owner').web.siteGroups.select('Title')();
    const titles = groups.map((g) => g.Title);
    expect(titles).toContain('GITS ledningsråd godkännare');
    expect(titles).not.toContain('Ledningsrådets godkännare');
  }, 60000);

  it('does not let an editor or reader create lists', async () => {
    const editor = createProvisioningService(() => site.sp('editor'));
    expect(await editor.canManageLists()).toBe(false);
    expect(await editor.provision()).toEqual({ kind: 'forbidden' });
    expect(await createProvisioningService(() => site.sp('reader')).canManageLists()).toBe(false);
    expect((await site.repo('owner').getPermissions()).kind).toBe('notProvisioned');
  }, 60000);
});
