/**
 * The provisioning service the web part hands to the app. A thin shell: the provisioning code
 * (schema, list and column creation, permission checks) is loaded only when the lists are
 * missing (chunk 'provisioning'), so readers never download it.
 */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { SPFI } from '@pnp/sp';
import { createSpfiForSpfx } from '../data/repository/createRepositoryForSpfx';
import type { IProvisioningService, ProvisioningOutcome } from './IProvisioningService';

/** The service over an SPFI (the web part's, the workbench's or Node's), loading its code on first use. */
export function createProvisioningService(getSp: () => SPFI, getApproversGroup: () => string | undefined = () => undefined): IProvisioningService {
  let loaded: Promise<IProvisioningService> | undefined;
  const service = (): Promise<IProvisioningService> => {
    if (!loaded) {
      loaded = import(/* webpackChunkName: 'provisioning' */ './provisioningService').then((m) => m.createProvisioningService(getSp, getApproversGroup));
    }
    return loaded;
  };
  return {
    canManageLists: (): Promise<boolean> => service().then((s) => s.canManageLists(), () => false),
    provision: (): Promise<ProvisioningOutcome> => service().then((s) => s.provision(), (): ProvisioningOutcome => ({ kind: 'failed' }))
  };
}

/** `getApproversGroup` reads the property pane's group when provisioning runs, not when the web part starts. */
export function createProvisioningServiceForSpfx(context: WebPartContext, getApproversGroup: () => string | undefined, dataSiteUrl?: string): IProvisioningService {
  return createProvisioningService(() => createSpfiForSpfx(context, dataSiteUrl), getApproversGroup);
}
