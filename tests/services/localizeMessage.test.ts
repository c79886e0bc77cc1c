jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../src/webparts/statusReport/loc/sv-se.js'));

import { localizeError, localizeMessage } from '../../src/services/useAsyncData';

describe('localizeMessage', () => {
  it('shows data layer, domain and docx keys in Swedish with their parameters filled', () => {
    expect(localizeMessage('data.error.forbidden')).toBe('Du har inte behörighet att göra detta.');
    expect(localizeMessage('ErrorTooLong', { max: 200, length: 230 })).toBe('Texten är för lång: högst 200 tecken (nu 230).');
    expect(localizeMessage('docx.error.tooLarge', { limitMb: 10 })).toBe('Filen är för stor: högst 10 MB.');
  });

  it('gives the generic text, never the key, for an unknown key', () => {
    expect(localizeMessage('data.error.nothingLikeThis')).toBe('Rapporten kunde inte laddas. Försök igen om en stund.');
  });

  it('localizes a repository error result', () => {
    expect(localizeError({ kind: 'alreadyExists', messageKey: 'data.error.alreadyExists' })).toBe('Det finns redan en rapport för det här kvartalet.');
  });
});
