/**
 * Reads a site back and lists every difference from the schema and the security table:
 * lists, columns, indexes, content approval, draft visibility, unique permissions, role
 * assignments (of the lists and of each object's folders), roles, groups and the version.
 * Sends no writes.
 */
import type { SPFI } from '@pnp/sp';
import { SCHEMA_VERSION, schemaForVersion } from '../schema/schema';
import { planSite, type Difference } from './plan';
import { readSiteState } from './readSite';

export interface ICheckOptions {
  readonly version?: number;
  readonly approversGroup?: string;
}

export async function checkSite(sp: SPFI, options: ICheckOptions = {}): Promise<readonly Difference[]> {
  const version = options.version ?? SCHEMA_VERSION;
  const specs = schemaForVersion(version);
  const state = await readSiteState(sp, specs);
  return planSite(state, specs, { version, approversGroup: options.approversGroup });
}
