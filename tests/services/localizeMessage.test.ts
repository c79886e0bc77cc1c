jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../src/webparts/statusReport/loc/sv-se.js'));

import { importMessage } from '../../src/components/DocxImport';
import { fill, isMessageKey, message } from '../../src/messages';
import { localizeError } from '../../src/services/useAsyncData';

describe('message', () => {
  it('shows data layer, domain and docx keys in Swedish with their parameters filled', () => {
    expect(message('data.error.forbidden')).toBe('Du saknar behörighet för detta. Be webbplatsens ägare om åtkomst.');
    expect(message('validation.tooLong', { max: 200, length: 230 })).toBe('Texten är för lång: högst 200 tecken (nu 230).');
    expect(importMessage('docx.error.tooLarge', { limitMb: 10, sizeBytes: 12 * 1024 * 1024 })).toBe('Filen är 12 MB; dokument på högst 10 MB kan importeras.');
    expect(message('reader.noApprovedReport', ['SHVO'])).toBe('SHVO har ingen godkänd rapport ännu.');
  });

  it('gives the generic text, never the key, for an unknown key', () => {
    expect(isMessageKey('data.error.nothingLikeThis')).toBe(false);
    expect(message('data.error.nothingLikeThis' as never)).toBe('Något gick fel. Försök igen om en stund.');
  });

  it('localizes a repository error result', () => {
    expect(localizeError({ kind: 'alreadyExists', messageKey: 'data.error.alreadyExists' })).toBe('Det finns redan en rapport för det här kvartalet.');
  });
});

describe('fill', () => {
  it('fills positional values from an array and named values from a record, leaving others as written', () => {
    expect(fill('{0} av {1}', ['Godkänd', 'Ada'])).toBe('Godkänd av Ada');
    expect(fill('högst {max} ({length})', { max: 5 })).toBe('högst 5 ({length})');
    expect(fill('{0} {name}', [1])).toBe('1 {name}');
  });
});
