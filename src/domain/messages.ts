/**
 * Every message key the domain can return, so the UI can check that both loc files
 * (sv-SE and en-US) carry a string for each.
 */
import { BOARD_MESSAGE_KEYS } from './board/validation';
import { IMPORT_MESSAGE_KEYS } from './import/messages';
import { NUMBER_MESSAGE_KEYS } from './numbers';
import { QUARTER_MESSAGE_KEYS } from './quarter';
import { VALIDATION_MESSAGE_KEYS } from './validation';

export { BOARD_MESSAGE_KEYS, IMPORT_MESSAGE_KEYS, NUMBER_MESSAGE_KEYS, QUARTER_MESSAGE_KEYS, VALIDATION_MESSAGE_KEYS };

/** Distinct keys of all domain modules, sorted. */
export const DOMAIN_MESSAGE_KEYS: readonly string[] = ([] as string[])
  .concat(VALIDATION_MESSAGE_KEYS, QUARTER_MESSAGE_KEYS, NUMBER_MESSAGE_KEYS, IMPORT_MESSAGE_KEYS, BOARD_MESSAGE_KEYS)
  .filter((key, index, all) => all.indexOf(key) === index)
  .sort();
