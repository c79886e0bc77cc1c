/**
 * Every error localsp raises has a Swedish text on an sv-SE site, with the same code: SharePoint
 * Online localises message.value and keeps the code (pnp/powershell#3436, French; pnp/cli-microsoft365#4375,
 * Dutch ValidateUpdateListItem messages).
 */
import { SpError, SpErrors } from '../../localsp/src/errors';
import { FolderErrors, UniquenessErrors } from '../../localsp/src/folderErrors';
import { bodyTooLarge, fieldAddSaveConflict, textTooLong } from '../../localsp/src/limits';
import { localizeMessage } from '../../localsp/src/messages';

const ALL: [string, SpError][] = [
  ['accessDenied', SpErrors.accessDenied()],
  ['unauthenticated', SpErrors.unauthenticated()],
  ['invalidDigest', SpErrors.invalidDigest()],
  ['listNotFound', SpErrors.listNotFound('Rapporter', 'https://tenant.example.org/sites/gits')],
  ['listIdNotFound', SpErrors.listIdNotFound()],
  ['itemNotFound', SpErrors.itemNotFound()],
  ['fieldNotFound', SpErrors.fieldNotFound('abc')],
  ['fieldNotFoundByName', SpErrors.fieldNotFoundByName('Poäng', '/sites/gits')],
  ['columnNotFound', SpErrors.columnNotFound('Poäng')],
  ['fieldOrPropertyNotFound', SpErrors.fieldOrPropertyNotFound('X')],
  ['propertyNotOnType', SpErrors.propertyNotOnType('X', 'SP.Data.RapporterListItem')],
  ['badValue', SpErrors.badValue('Edm.Double')],
  ['resourceNotFound', SpErrors.resourceNotFound('web/x')],
  ['methodNotAllowed', SpErrors.methodNotAllowed('SP.Web', 'DELETE')],
  ['versionConflict', SpErrors.versionConflict()],
  ['thresholdExceeded', SpErrors.thresholdExceeded()],
  ['duplicateValues', SpErrors.duplicateValues()],
  ['listExists', SpErrors.listExists('Rapporter')],
  ['duplicateField', SpErrors.duplicateField('Poang')],
  ['groupExists', SpErrors.groupExists('Team')],
  ['principalNotFound', SpErrors.principalNotFound()],
  ['userNotFound', SpErrors.userNotFound()],
  ['roleDefNotFound', SpErrors.roleDefNotFound()],
  ['throttled 429', SpErrors.throttled(429, 1)],
  ['throttled 503', SpErrors.throttled(503, 1)],
  ['folderNotFound', FolderErrors.folderNotFound('/sites/gits/Lists/GitsReports/SHVO')],
  ['folderExists', FolderErrors.folderExists('SHVO')],
  ['breakWithUniqueColumn', UniquenessErrors.breakWithUniqueColumn()],
  ['uniqueColumnWithItemScopes', UniquenessErrors.uniqueColumnWithItemScopes()],
  ['bodyTooLarge', bodyTooLarge(2000000)],
  ['textTooLong', textTooLong('Title', 255)],
  ['fieldAddSaveConflict', fieldAddSaveConflict()]
];

describe('error messages on a Swedish-language site', () => {
  it.each(ALL)('%s has a Swedish text', (_name, e) => {
    const sv = localizeMessage(e.message, 1053);
    expect(sv.lang).toBe('sv-SE');
    expect(sv.value).not.toBe(e.message);
    expect(sv.value.length).toBeGreaterThan(5);
  });

  it('keeps the values a message names (titles, URLs, numbers) and the line breaks', () => {
    expect(localizeMessage(SpErrors.listNotFound('Rapporter', 'https://tenant.example.org/sites/gits').message, 1053).value).toBe(
      "Listan 'Rapporter' finns inte på webbplatsen med URL-adressen 'https://tenant.example.org/sites/gits'."
    );
    expect(localizeMessage(FolderErrors.folderNotFound('/sites/gits/Lists/GitsReports/SHVO').message, 1053).value).toBe(
      'Filen hittades inte. /sites/gits/Lists/GitsReports/SHVO'
    );
    expect(localizeMessage(bodyTooLarge(1048600).message, 1053).value).toContain('totalt 1048600 byte');
    expect(localizeMessage(SpErrors.groupExists('Team').message, 1053).value).toBe(
      'Det angivna namnet används redan.\n\nNamnet "Team" används redan av en annan grupp eller användare.'
    );
  });

  it('leaves en-US sites in English and names untranslated text as English', () => {
    expect(localizeMessage('Item does not exist. It may have been deleted by another user.', 1033)).toEqual({
      lang: 'en-US',
      value: 'Item does not exist. It may have been deleted by another user.'
    });
    expect(localizeMessage('Something new.', 1053)).toEqual({ lang: 'en-US', value: 'Something new.' });
  });
});
