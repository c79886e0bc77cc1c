/**
 * Error messages in the site's language. SharePoint Online localises `odata.error.message.value`
 * (and ValidateUpdateListItem's ErrorMessage) to the site language and names the language in
 * `message.lang`, while the code ("<HRESULT>, <exception type>") stays the same. Public examples:
 * French for the 1 MiB limit in pnp/powershell#3436, Spanish and French in
 * vgrem/office365-rest-python-client#462. "Åtkomst nekad" is Microsoft's Swedish for "Access
 * denied" (learn.microsoft.com/sv-se/sharepoint/troubleshoot/administration/access-denied-or-need-permission-error-sharepoint-online-or-onedrive-for-business);
 * the other Swedish texts are written for localsp (no public recording of SharePoint's own
 * Swedish wording was found), so clients must classify errors by status and code, never by text.
 */
import { cultureOf } from './regional';

type Translation = [RegExp, (m: RegExpExecArray) => string];

const SWEDISH: Translation[] = [
  [/^Access denied\.$/, () => 'Åtkomst nekad.'],
  [/^Access denied\. You do not have permission to perform this action or access this resource\.$/, () => 'Åtkomst nekad. Du har inte behörighet att utföra den här åtgärden eller komma åt den här resursen.'],
  [
    /^The security validation for this page is invalid/,
    () => 'Säkerhetsverifieringen för den här sidan är ogiltig och kan vara skadad. Använd webbläsarens Bakåt-knapp och försök utföra åtgärden igen.'
  ],
  [/^List '([\s\S]*)' does not exist at site with URL '([\s\S]*)'\.$/, (m) => `Listan '${m[1]}' finns inte på webbplatsen med URL-adressen '${m[2]}'.`],
  [
    /^The list does not exist\./,
    () => 'Listan finns inte. Sidan du valde innehåller en lista som inte finns. Den kan ha tagits bort av en annan användare.'
  ],
  [/^Item does not exist\. It may have been deleted by another user\.$/, () => 'Objektet finns inte. Det kan ha tagits bort av en annan användare.'],
  [/^Invalid field name\. \{([\s\S]*)\}$/, (m) => `Ogiltigt fältnamn. {${m[1]}}`],
  [
    /^Column '([\s\S]*)' does not exist\. It may have been deleted by another user\.([\s\S]*)$/,
    (m) => `Kolumnen '${m[1]}' finns inte. Den kan ha tagits bort av en annan användare.${m[2]}`
  ],
  [/^The field or property '([\s\S]*)' does not exist\.$/, (m) => `Fältet eller egenskapen '${m[1]}' finns inte.`],
  [
    /^The property '([\s\S]*)' does not exist on type '([\s\S]*)'\. Make sure to only use property names that are defined by the type\.$/,
    (m) => `Egenskapen '${m[1]}' finns inte för typen '${m[2]}'. Använd bara egenskapsnamn som är definierade för typen.`
  ],
  [
    /^Cannot convert a primitive value to the expected type '([\s\S]*)'\. See the inner exception for more details\.$/,
    (m) => `Det går inte att konvertera ett primitivt värde till den förväntade typen '${m[1]}'. Mer information finns i det inre undantaget.`
  ],
  [/^Cannot find resource for the request ([\s\S]*)\.$/, (m) => `Det går inte att hitta någon resurs för begäran ${m[1]}.`],
  [/^The type ([\s\S]*) does not support HTTP ([\s\S]*) method\.$/, (m) => `Typen ${m[1]} stöder inte HTTP-metoden ${m[2]}.`],
  [
    /^Save Conflict\.(\r?\n\r?\n)/,
    (m) =>
      `Sparkonflikt.${m[1]}Dina ändringar står i konflikt med ändringar som en annan användare har gjort samtidigt. Om du vill att dina ändringar ska gälla klickar du på Bakåt i webbläsaren, uppdaterar sidan och skickar ändringarna igen.`
  ],
  [
    /^The attempted operation is prohibited because it exceeds the list view threshold\.$/,
    () => 'Den begärda åtgärden är förbjuden eftersom den överskrider tröskelvärdet för listvyn.'
  ],
  [
    /^The list item could not be added or updated because duplicate values were found/,
    () => 'Det gick inte att lägga till eller uppdatera listobjektet eftersom dubblettvärden hittades i ett eller flera fält i listan.'
  ],
  [
    /^A list, survey, discussion board, or document library with the specified title already exists in this Web site\.  Please choose another title\. \('([\s\S]*)'\)$/,
    (m) => `Det finns redan en lista, undersökning, diskussionsforum eller ett dokumentbibliotek med den angivna rubriken på den här webbplatsen.  Välj en annan rubrik. ('${m[1]}')`
  ],
  [/^A duplicate field name "([\s\S]*)" was found\.$/, (m) => `Ett dubblettfältnamn "${m[1]}" hittades.`],
  [
    /^The specified name is already in use\.(\r?\n\r?\n)The name "([\s\S]*)" is already used by another group or user\.$/,
    (m) => `Det angivna namnet används redan.${m[1]}Namnet "${m[2]}" används redan av en annan grupp eller användare.`
  ],
  [/^Group cannot be found\.$/, () => 'Det går inte att hitta gruppen.'],
  [/^User cannot be found\.$/, () => 'Det går inte att hitta användaren.'],
  [/^The role definition cannot be found\.$/, () => 'Det går inte att hitta rolldefinitionen.'],
  [/^Can not find the principal with id: (\d+)\.$/, (m) => `Det går inte att hitta säkerhetsobjektet med id: ${m[1]}.`],
  [/^This operation is not allowed on an object that inherits permissions\.$/, () => 'Den här åtgärden är inte tillåten för ett objekt som ärver behörigheter.'],
  [/^Content approval is not enabled for this list\.$/, () => 'Innehållsgodkännande är inte aktiverat för den här listan.'],
  [/^Invalid JSON\. A token was not recognized in the JSON content\.$/, () => 'Ogiltig JSON. En token i JSON-innehållet kändes inte igen.'],
  [/^File Not Found\.$/, () => 'Filen hittades inte.'],
  [
    /^The request has been throttled\./,
    () => 'Begäran har begränsats. Försök igen efter den tid som anges i huvudet Retry-After.'
  ],
  [/^The server is busy\. Please try again later\.$/, () => 'Servern är upptagen. Försök igen senare.'],
  [
    /^The maximum number of bytes allowed to be read from the stream has been exceeded\. After the last read operation, a total of (\d+) bytes has been read from the stream; however a maximum of (\d+) bytes is allowed\.$/,
    (m) =>
      `Det högsta antalet byte som får läsas från dataströmmen har överskridits. Efter den senaste läsåtgärden har totalt ${m[1]} byte lästs från dataströmmen, men högst ${m[2]} byte tillåts.`
  ],
  [
    /^The length of the value of the field '([\s\S]*)' exceeds the maximum allowed length of (\d+) characters\.$/,
    (m) => `Värdet i fältet '${m[1]}' är längre än den högsta tillåtna längden på ${m[2]} tecken.`
  ],
  [/^You must specify a value for this required field\.$/, () => 'Du måste ange ett värde för det här obligatoriska fältet.'],
  [/^The value of this field is not a valid number\.$/, () => 'Värdet i det här fältet är inte ett giltigt tal.'],
  [
    /^You must specify a valid date within the range of 1\/1\/1900 and 12\/31\/8900\.$/,
    () => 'Du måste ange ett giltigt datum mellan 1900-01-01 och 8900-12-31.'
  ],
  [/^Invalid Yes\/No value\.$/, () => 'Ogiltigt Ja/Nej-värde.'],
  [/^Invalid lookup value\.$/, () => 'Ogiltigt uppslagsvärde.'],
  [/^Invalid choice: '([\s\S]*)'\.$/, (m) => `Ogiltigt val: '${m[1]}'.`],
  [/^Invalid choice\.$/, () => 'Ogiltigt val.'],
  [/^Invalid approval status\.$/, () => 'Ogiltig godkännandestatus.'],
  [/^The parameter Title cannot be empty\.$/, () => 'Parametern Title får inte vara tom.'],
  [/^The SchemaXml is not valid\.$/, () => 'SchemaXml är inte giltig.']
];

export interface ILocalizedMessage {
  lang: string;
  value: string;
}

/**
 * The message as SharePoint would word it on a site of this language. Messages without a
 * Swedish text stay English and say so in `lang`.
 */
export function localizeMessage(english: string, lcid: number): ILocalizedMessage {
  if (lcid !== 1053) {
    return { lang: cultureOf(lcid), value: english };
  }
  for (const [re, make] of SWEDISH) {
    const m = re.exec(english);
    if (m) {
      return { lang: 'sv-SE', value: make(m) };
    }
  }
  return { lang: 'en-US', value: english };
}

/** Just the text (for ValidateUpdateListItem's ErrorMessage, which carries no language tag). */
export function localizedText(english: string, lcid: number): string {
  return localizeMessage(english, lcid).value;
}
