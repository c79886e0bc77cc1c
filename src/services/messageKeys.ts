/**
 * Message keys the UI can be asked to show, collected in one place so a test can check that
 * both loc files translate every one of them.
 */
import type { RepositoryMessageKey } from '../data/repository/IStatusReportRepository';

// A record (not an array) so that a key added to RepositoryMessageKey without a line here fails to compile.
const REPOSITORY_KEYS: Readonly<Record<RepositoryMessageKey, true>> = {
  'data.error.conflict': true,
  'data.error.forbidden': true,
  'data.error.notFound': true,
  'data.error.notProvisioned': true,
  'data.error.alreadyExists': true,
  'data.error.invalidState': true,
  'data.error.throttled': true,
  'data.error.throttledUntil': true,
  'data.error.network': true,
  'data.error.partialSave': true,
  'data.error.approvalNotApplied': true,
  'data.error.unexpected': true,
  'data.warning.coordinatorNotSet': true
};

/** Every RepositoryMessageKey. */
export const REPOSITORY_MESSAGE_KEYS: readonly RepositoryMessageKey[] = Object.keys(REPOSITORY_KEYS) as RepositoryMessageKey[];
