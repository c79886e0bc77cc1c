/**
 * SharePoint Online's limits and the profile that switches them: 'real' (the default, as a
 * tenant behaves) or 'lenient' (the earlier local behaviour, kept as an explicit option).
 */
import { SpError } from './errors';

export type Profile = 'real' | 'lenient';

export interface IFidelity {
  /** Unzoned REST dates and form dates read in the site's time zone (else UTC). */
  siteTimeDates: boolean;
  /** Largest request body read, in bytes (SharePoint Online: 1,048,576); undefined = none. */
  maxBodyBytes: number | undefined;
  /** Single line of text: at most MaxLength (255) characters on REST writes. */
  enforceTextLength: boolean;
  /** createfieldasxml parts after the first on one list in one $batch answer 409. */
  batchedFieldAddConflict: boolean;
}

export function fidelityOf(profile: Profile | undefined): IFidelity {
  const real = profile !== 'lenient';
  return { siteTimeDates: real, maxBodyBytes: real ? MAX_BODY_BYTES : undefined, enforceTextLength: real, batchedFieldAddConflict: real };
}

/** SharePoint Online's request body limit (pnp/pnpcore#777, pnp/pnpjs#2980, pnp/powershell#3436). */
export const MAX_BODY_BYTES = 1048576;

/** The server reads the body in 16 KiB blocks, so the total it reports passes the limit by up to one block. */
const READ_BLOCK = 16384;

/**
 * 400 `-1, Microsoft.SharePoint.Client.InvalidClientQueryException`: the text is the one quoted
 * in pnp/pnpjs#2980 and pnp/pnpcore#777 ("a total of 1063984 bytes has been read ... a maximum
 * of 1048576 bytes is allowed"); the code and `odata.error` shape are those of pnp/pnpjs#2980.
 * SharePoint maps InvalidClientQueryException to 400 Bad Request (as for malformed queries).
 */
export function bodyTooLarge(bodyBytes: number, limit: number = MAX_BODY_BYTES): SpError {
  const read = Math.min(bodyBytes, Math.ceil((limit + 1) / READ_BLOCK) * READ_BLOCK);
  return new SpError(
    400,
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
    `The maximum number of bytes allowed to be read from the stream has been exceeded. After the last read operation, a total of ${read} bytes has been read from the stream; however a maximum of ${limit} bytes is allowed.`
  );
}

/** The message of a too-long single line of text (REST error and ValidateUpdateListItem ErrorMessage). */
export function textTooLongMessage(fieldTitle: string, max: number): string {
  return `The length of the value of the field '${fieldTitle}' exceeds the maximum allowed length of ${max} characters.`;
}

/** SharePoint's field validation exception code (as in vgrem/office365-rest-python-client's taxonomy example). */
export const FIELD_VALIDATION_CODE = '-2146232832, Microsoft.SharePoint.SPFieldValidationException';
export const FIELD_VALIDATION_HRESULT = -2146232832;

export function textTooLong(fieldTitle: string, max: number): SpError {
  return new SpError(400, FIELD_VALIDATION_CODE, textTooLongMessage(fieldTitle, max));
}

/** Single line of text columns default to 255 characters in SharePoint. */
export function textMaxLength(props: Record<string, unknown>): number {
  const n = Number(props.MaxLength);
  return isFinite(n) && n > 0 ? Math.min(n, 255) : 255;
}

/**
 * Field adds batched together: SharePoint Online answers 409 `-2130575305` "Save Conflict" for
 * most createfieldasxml parts on one list in one $batch, while every field is still created
 * (pnp/pnpjs#2646, PnPjs 3.14 on SPO in 2023; also pnp/pnpjs#263 and #172 for parallel adds).
 * localsp answers every such part after the first on the same list this way.
 */
export function fieldAddSaveConflict(): SpError {
  return new SpError(
    409,
    '-2130575305, Microsoft.SharePoint.SPException',
    'Save Conflict.\n\nYour changes conflict with those made concurrently by another user. If you want your changes to be applied, click Back in your Web browser, refresh the page, and resubmit your changes.'
  );
}
