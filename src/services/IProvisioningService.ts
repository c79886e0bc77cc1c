/**
 * Creating or upgrading the report lists from the web part, by a site owner. The web part builds
 * it from its SPFx context (createProvisioningServiceForSpfx); tests pass fakes.
 */
export type ProvisioningOutcome =
  /** The lists are there now; `changes` counts the writes made (0: they already were). */
  | { readonly kind: 'ok'; readonly changes: number; readonly warnings: number }
  | { readonly kind: 'forbidden' }
  /** Some step could not be completed; the schema version was not written, so running again continues. */
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'failed' };

export interface IProvisioningService {
  /** Whether the current user may provision: a site owner (Manage Lists, Manage Permissions and Create Groups on the site). */
  canManageLists(): Promise<boolean>;
  /** Creates or upgrades the lists; never rejects. */
  provision(): Promise<ProvisioningOutcome>;
}
