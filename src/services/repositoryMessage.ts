/**
 * The text of a repository error for the user, with the time to try again when SharePoint said
 * how long it is throttling (Retry-After), in the UI's language and clock.
 */
import { isMessageKey, message } from '../messages';

export interface IMessageCarrier {
  readonly messageKey: string;
  readonly retryAfterSeconds?: number;
  readonly retryAt?: string;
}

export function repositoryMessage(error: IMessageCarrier, locale?: string): string {
  if (!isMessageKey(error.messageKey)) return message('data.error.unexpected');
  if (error.messageKey === 'data.error.throttledUntil' && typeof error.retryAt === 'string' && typeof error.retryAfterSeconds === 'number') {
    const at = new Date(error.retryAt);
    const time = isNaN(at.getTime()) ? '' : new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
    return message('data.error.throttledUntil', { seconds: Math.ceil(error.retryAfterSeconds), time });
  }
  return message(error.messageKey === 'data.error.throttledUntil' ? 'data.error.throttled' : error.messageKey);
}
