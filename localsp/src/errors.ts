/**
 * SharePoint-shaped errors. The code strings are the ones SharePoint Online puts in
 * `odata.error.code` ("<HRESULT>, <exception type>"); statuses are SharePoint's.
 */
export class SpError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
}

export const SpErrors = {
  accessDenied: (): SpError =>
    new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.'),
  unauthenticated: (): SpError =>
    new SpError(401, '-2147024891, System.UnauthorizedAccessException', 'Access denied.', {
      'WWW-Authenticate': 'Bearer realm="localsp",client_id="00000003-0000-0ff1-ce00-000000000000"'
    }),
  invalidDigest: (): SpError =>
    new SpError(
      403,
      '-2130575251, System.Runtime.InteropServices.COMException',
      'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.'
    ),
  listNotFound: (title: string, webUrl: string): SpError =>
    new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${webUrl}'.`),
  listIdNotFound: (): SpError =>
    new SpError(
      404,
      '-2130575322, Microsoft.SharePoint.SPException',
      'The list does not exist. The page you selected contains a list that does not exist. It may have been deleted by another user.'
    ),
  // Code as recorded from SharePoint Online: pnp/pnpcore src/sdk/PnP.Core.Test/Base/MockData/BatchClientTests/HandleBatchErrorsForLargeBatch-0-00008.response.json
  itemNotFound: (): SpError =>
    new SpError(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'),
  fieldNotFound: (name: string): SpError =>
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `Invalid field name. {${name}}`),
  fieldNotFoundByName: (name: string, webPath: string): SpError =>
    new SpError(
      404,
      '-2147024809, System.ArgumentException',
      `Column '${name}' does not exist. It may have been deleted by another user.  ${webPath}`
    ),
  columnNotFound: (name: string): SpError =>
    new SpError(400, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`),
  fieldOrPropertyNotFound: (name: string): SpError =>
    new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`),
  propertyNotOnType: (name: string, type: string): SpError =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`
    ),
  badQuery: (message: string): SpError =>
    new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message),
  badValue: (edmType: string): SpError =>
    new SpError(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`
    ),
  resourceNotFound: (segment: string): SpError =>
    new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${segment}.`),
  methodNotAllowed: (type: string, method: string): SpError =>
    new SpError(
      405,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      `The type ${type} does not support HTTP ${method} method.`
    ),
  versionConflict: (): SpError =>
    new SpError(
      412,
      '-2130575305, Microsoft.SharePoint.SPException',
      'Save Conflict.\r\n\r\nYour changes conflict with those made concurrently by another user. If you want your changes to be applied, click Back in your Web browser, refresh the page, and resubmit your changes.'
    ),
  thresholdExceeded: (): SpError =>
    new SpError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.'
    ),
  duplicateValues: (): SpError =>
    new SpError(
      500,
      '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
    ),
  listExists: (title: string): SpError =>
    new SpError(
      500,
      '-2130575342, Microsoft.SharePoint.SPException',
      `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title. ('${title}')`
    ),
  duplicateField: (name: string): SpError =>
    new SpError(
      500,
      '-2130575342, Microsoft.SharePoint.SPException',
      `A duplicate field name "${name}" was found.`
    ),
  groupExists: (title: string): SpError =>
    new SpError(
      400,
      '-2130575293, Microsoft.SharePoint.SPException',
      `The specified name is already in use.\n\nThe name "${title}" is already used by another group or user.`
    ),
  principalNotFound: (): SpError =>
    new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.'),
  userNotFound: (): SpError =>
    new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'),
  roleDefNotFound: (): SpError =>
    new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The role definition cannot be found.'),
  throttled: (status: number, retryAfter: number): SpError =>
    new SpError(
      status,
      status === 429 ? '-2147024860, Microsoft.SharePoint.SPRequestThrottledException' : '-2147467259, Microsoft.SharePoint.SPServerTooBusyException',
      status === 429 ? 'The request has been throttled. Please retry after the time given in the Retry-After header.' : 'The server is busy. Please try again later.',
      { 'Retry-After': String(retryAfter) }
    )
};
