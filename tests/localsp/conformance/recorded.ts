/**
 * What SharePoint Online answered, in public recordings, to each request shape the product's
 * data layer sends. Each entry is a reduced excerpt (the keys a client reads, with recorded
 * example values) and names its source. Sources:
 * - pnp/pnpcore src/sdk/PnP.Core.Test/** /MockData/** /*.response.json (recorded from SPO tenants);
 * - pnp/cli-microsoft365 src/m365/spo/commands/** /*.spec.ts (answers modelled on SPO);
 * - Microsoft Learn pages on the SharePoint REST service;
 * - issue threads quoting SPO answers.
 * Values only show the type: the conformance test compares shapes (status, headers that
 * matter, keys and JSON types, error codes), not tenant data.
 */

export interface IRecordedAnswer {
  /** Where the answer was recorded. */
  source: string;
  status: number;
  /** Header values that matter (compared case-insensitively by name; values as regular expressions). */
  headers?: Record<string, string>;
  /** Reduced JSON body; `undefined` = empty body. */
  body?: unknown;
  /** Keys whose value may be null in one answer and a string in the other. */
  nullable?: string[];
  /** For errors: the `odata.error.code` recorded. */
  errorCode?: string;
}

export interface IRecordedBatchAnswer {
  source: string;
  parts: { status: number; headers: Record<string, string>; body?: unknown; errorCode?: string }[];
}

const PNPCORE = 'pnp/pnpcore src/sdk/PnP.Core.Test/';
const CLI = 'pnp/cli-microsoft365 src/m365/spo/commands/';
const NOMETA_JSON = '^application/json;odata=nometadata;streaming=true;charset=utf-8$';

const user = {
  Id: 11,
  IsHiddenInUI: false,
  LoginName: 'i:0#.f|membership|person@tenant.example.org',
  Title: 'Person',
  PrincipalType: 1,
  Email: 'person@tenant.example.org',
  Expiration: '',
  IsEmailAuthenticationGuestUser: false,
  IsShareByEmailGuestUser: false,
  IsSiteAdmin: false,
  UserId: { NameId: '1003000084e4ff61', NameIdIssuer: 'urn:federation:microsoftonline' },
  UserPrincipalName: 'person@tenant.example.org'
};

const roleDefinition = {
  BasePermissions: { High: '432', Low: '1011030767' },
  Description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
  Hidden: false,
  Id: 1073741830,
  Name: 'Edit',
  Order: 48,
  RoleTypeKind: 6
};

const group = {
  Id: 5,
  IsHiddenInUI: false,
  LoginName: 'site Members',
  Title: 'site Members',
  PrincipalType: 8,
  AllowMembersEditMembership: true,
  AllowRequestToJoinLeave: false,
  AutoAcceptRequestToJoinLeave: false,
  Description: null,
  OnlyAllowMembersViewMembership: false,
  OwnerTitle: 'site Owners',
  RequestToJoinLeaveEmailSetting: ''
};

export const RECORDED: Record<string, IRecordedAnswer> = {
  contextinfo: {
    source:
      'learn.microsoft.com/sharepoint/dev/sp-add-ins/complete-basic-operations-using-sharepoint-rest-endpoints (POST _api/contextinfo); ' +
      'an SPO answer (LibraryVersion 16.0.7730.1208, xyz.sharepoint.com) quoted in a public Project Online sample',
    status: 200,
    body: {
      FormDigestTimeoutSeconds: 1800,
      FormDigestValue: '0x50266,08 Jun 2018 16:40:51 -0000',
      LibraryVersion: '16.0.7730.1208',
      SiteFullUrl: 'https://xyz.sharepoint.com/sites/pwa',
      SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
      WebFullUrl: 'https://xyz.sharepoint.com/sites/pwa'
    }
  },
  listByTitle: {
    source: `${PNPCORE}Base/MockData/AddExpandoTests/AddListItemViaBatchRest-0-00004.response.json (list JSON)`,
    status: 200,
    headers: { 'content-type': NOMETA_JSON },
    body: {
      AllowContentTypes: true,
      BaseTemplate: 100,
      BaseType: 0,
      ContentTypesEnabled: false,
      Created: '2022-05-30T13:33:51Z',
      Description: '',
      DraftVersionVisibility: 0,
      EnableAttachments: true,
      EnableFolderCreation: false,
      EnableMinorVersions: false,
      EnableModeration: false,
      EnableVersioning: true,
      EntityTypeName: 'AddListItemViaBatchRestList',
      ForceCheckout: false,
      Hidden: false,
      Id: '75822453-d60d-40fe-ac63-de8dd5869151',
      ItemCount: 0,
      LastItemModifiedDate: '2022-05-30T13:33:51Z',
      ListItemEntityTypeFullName: 'SP.Data.AddListItemViaBatchRestListItem',
      ParentWebUrl: '/sites/prov-2',
      Title: 'AddListItemViaBatchRest'
    }
  },
  listMissing: {
    source: `${CLI}eventreceiver (spec answers: 404 "-1, System.ArgumentException" "List 'Documents' does not exist at site with URL '…'.")`,
    status: 404,
    errorCode: '-1, System.ArgumentException',
    body: { 'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: "List 'Documents' does not exist at site with URL 'https://contoso.sharepoint.com/sites/portal'." } } }
  },
  itemsPage: {
    source: `${PNPCORE}Base/MockData/PagingTests/RESTListItemAsyncPaging-100-00001.response.json ($select=Id,Title&$top=100)`,
    status: 200,
    headers: { 'content-type': NOMETA_JSON },
    body: {
      'odata.nextLink': 'https://tenant.sharepoint.com/sites/prov-2/_api/web/lists(guid%27…%27)/items?%24skiptoken=Paged%3dTRUE%26p_ID%3d100&%24select=Id%2cTitle&%24top=100',
      value: [{ Id: 1, ID: 1, Title: 'Item 0' }]
    }
  },
  errorVerbose: {
    source: 'learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests (verbose error body {"error":{"code","message":{"lang","value"}}})',
    status: 404,
    body: { error: { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: "List 'X' does not exist at site with URL '…'." } } }
  },
  itemMerge: {
    source: `${PNPCORE}Base/MockData/UpdateTests/UpdatePropertyViaRest-0-00003.response.json (204, no body)`,
    status: 204
  },
  staleEtag: {
    source:
      'learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest (412 on a stale IF-MATCH); code as quoted in pnp/pnpjs#2646',
    status: 412,
    errorCode: '-2130575305, Microsoft.SharePoint.SPException'
  },
  validateUpdateListItem: {
    source: `${CLI}listitem/listitem-batch-add.spec.ts (SP.ListItemFormUpdateValue values)`,
    status: 200,
    headers: { 'content-type': NOMETA_JSON },
    body: { value: [{ ErrorCode: 0, ErrorMessage: null, FieldName: 'Title', FieldValue: 'Title A', HasException: false, ItemId: 0 }] },
    nullable: ['ErrorMessage']
  },
  addValidateUpdateItemUsingPath: {
    source: `${CLI}listitem/listitem-batch-add.spec.ts (AddValidateUpdateItemUsingPath parts: one value per form field, then {FieldName: 'Id', FieldValue: '<new id>'})`,
    status: 200,
    headers: { 'content-type': NOMETA_JSON },
    body: {
      value: [
        { ErrorCode: 0, ErrorMessage: null, FieldName: 'Title', FieldValue: 'Title A', HasException: false, ItemId: 0 }
      ]
    },
    nullable: ['ErrorMessage']
  },
  createFieldAsXml: {
    source: `${PNPCORE}SharePoint/MockData/ListFieldTests/AddListFieldAsXmlTest-0-00003.response.json`,
    status: 200,
    body: {
      CanBeDeleted: true,
      DefaultValue: null,
      Description: '',
      EnforceUniqueValues: false,
      Filterable: true,
      Group: 'Custom Columns',
      Hidden: false,
      Id: 'd13aaf94-2f13-4d87-9cae-068637d271cb',
      Indexed: false,
      InternalName: 'ADDED_x0020_FIELD',
      ReadOnlyField: false,
      Required: false,
      SchemaXml: '<Field Type="Text" … />',
      Sortable: true,
      StaticName: 'ADDED_x0020_FIELD',
      Title: 'ADDED FIELD',
      FieldTypeKind: 2,
      TypeAsString: 'Text',
      TypeDisplayName: 'Single line of text',
      MaxLength: 255
    }
  },
  listUpdate: {
    source: `${PNPCORE}Base/MockData/UpdateTests/UpdatePropertyViaRest-0-00003.response.json (MERGE of an SP.List: 204)`,
    status: 204
  },
  siteGroups: {
    source: `${PNPCORE}Security/MockData/SharePointGroupTests/GetSharePointGroups-0-00002.response.json`,
    status: 200,
    body: { value: [group] },
    nullable: ['Description', 'RequestToJoinLeaveEmailSetting']
  },
  roleDefinitions: {
    source: `${PNPCORE}Security/MockData/RoleDefinitionTests/GetWebRoleDefinitions-0-00002.response.json (BasePermissions High/Low as strings)`,
    status: 200,
    body: { value: [roleDefinition] }
  },
  roleAssignmentsExpanded: {
    source: `${PNPCORE}Security/MockData/RoleAssignmentsTests/ListWithCustomPermissions-0-00011.response.json ($expand=RoleDefinitionBindings)`,
    status: 200,
    body: { value: [{ RoleDefinitionBindings: [roleDefinition], PrincipalId: 3 }] }
  },
  nullResult: {
    source: `${PNPCORE}Security/MockData/RoleAssignmentsTests/ListWithCustomPermissions-0-00004.response.json (breakroleinheritance: {"odata.null":true})`,
    status: 200,
    body: { 'odata.null': true }
  },
  currentUser: {
    source: `${PNPCORE}Security/MockData/UserTests/GetCurrentUser-0-00002.response.json and SharePoint/MockData/WebTests/EnsureUserTest-0-00002.response.json`,
    status: 200,
    body: user
  },
  groupUsers: {
    source: `${PNPCORE}SharePoint/MockData/ListTests/CheckIfUserHasPermissionsAsyncTest-0-00003.response.json (a user collection)`,
    status: 200,
    body: { value: [user] }
  },
  effectivePermissions: {
    source: `${PNPCORE}Security/MockData/RoleDefinitionTests/GetWebRoleDefinitions-0-00002.response.json (SP.BasePermissions {High, Low} as strings)`,
    status: 200,
    body: { High: '432', Low: '1011030767' }
  },
  regionalSettings: {
    source: `${PNPCORE}SharePoint/MockData/WebTests/GetRegionalSettingsPlusTimeZoneTest-0-00002.response.json`,
    status: 200,
    body: { TimeZone: { Description: '(UTC-08:00) Pacific Time (US and Canada)', Id: 13, Information: { Bias: 480, DaylightBias: -60, StandardBias: 0 } }, DateFormat: 0, DecimalSeparator: '.' }
  }
};

export const RECORDED_BATCH: Record<string, IRecordedBatchAnswer> = {
  addThenUpdate: {
    source:
      `${PNPCORE}Base/MockData/AddExpandoTests/AddListItemViaBatchRest-0-00004.response.json (201 with ETAG and LOCATION) and ` +
      'Base/MockData/UpdateTests/UpdatePropertyViaBatchRest-0-00003.response.json (204 with CONTENT-TYPE and ETAG)',
    parts: [
      { status: 201, headers: { 'CONTENT-TYPE': NOMETA_JSON, ETAG: '^".+"$', LOCATION: '^https?://.+/_api/Web/Lists\\(guid\'[0-9a-f-]{36}\'\\)' }, body: { Id: 1, Title: 'x' } },
      { status: 204, headers: { 'CONTENT-TYPE': NOMETA_JSON, ETAG: '^".+"$' } }
    ]
  },
  notFoundInTheMiddle: {
    source: `${PNPCORE}Base/MockData/BatchClientTests/HandleBatchErrorsForLargeBatch-0-00008.response.json (a 404 part between 200 parts)`,
    parts: [
      { status: 200, headers: { 'CONTENT-TYPE': NOMETA_JSON } },
      { status: 404, headers: { 'CONTENT-TYPE': NOMETA_JSON }, errorCode: '-2130575338, System.ArgumentException' },
      { status: 200, headers: { 'CONTENT-TYPE': NOMETA_JSON } }
    ]
  }
};
