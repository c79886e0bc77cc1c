/** Field types the local SharePoint knows (SP.FieldType values and their REST type names). */
import { ValueKind } from './odata/filter';

export interface IFieldTypeInfo {
  kind: number;
  typeAsString: string;
  spType: string;
  displayName: string;
  valueKind: ValueKind;
}

export const FIELD_TYPES: Record<number, IFieldTypeInfo> = {
  2: { kind: 2, typeAsString: 'Text', spType: 'SP.FieldText', displayName: 'Single line of text', valueKind: 'text' },
  3: { kind: 3, typeAsString: 'Note', spType: 'SP.FieldMultiLineText', displayName: 'Multiple lines of text', valueKind: 'text' },
  4: { kind: 4, typeAsString: 'DateTime', spType: 'SP.FieldDateTime', displayName: 'Date and Time', valueKind: 'datetime' },
  5: { kind: 5, typeAsString: 'Counter', spType: 'SP.Field', displayName: 'Counter', valueKind: 'number' },
  6: { kind: 6, typeAsString: 'Choice', spType: 'SP.FieldChoice', displayName: 'Choice', valueKind: 'text' },
  7: { kind: 7, typeAsString: 'Lookup', spType: 'SP.FieldLookup', displayName: 'Lookup', valueKind: 'number' },
  8: { kind: 8, typeAsString: 'Boolean', spType: 'SP.Field', displayName: 'Yes/No', valueKind: 'boolean' },
  9: { kind: 9, typeAsString: 'Number', spType: 'SP.FieldNumber', displayName: 'Number', valueKind: 'number' },
  10: { kind: 10, typeAsString: 'Currency', spType: 'SP.FieldCurrency', displayName: 'Currency', valueKind: 'number' },
  11: { kind: 11, typeAsString: 'URL', spType: 'SP.FieldUrl', displayName: 'Hyperlink or Picture', valueKind: 'text' },
  12: { kind: 12, typeAsString: 'Computed', spType: 'SP.FieldComputed', displayName: 'Computed', valueKind: 'text' },
  14: { kind: 14, typeAsString: 'Guid', spType: 'SP.FieldGuid', displayName: 'Guid', valueKind: 'text' },
  15: { kind: 15, typeAsString: 'MultiChoice', spType: 'SP.FieldMultiChoice', displayName: 'Choice', valueKind: 'text' },
  17: { kind: 17, typeAsString: 'Calculated', spType: 'SP.FieldCalculated', displayName: 'Calculated', valueKind: 'text' },
  20: { kind: 20, typeAsString: 'User', spType: 'SP.FieldUser', displayName: 'Person or Group', valueKind: 'number' }
};

export const TYPE_BY_NAME: Record<string, number> = {
  Text: 2, Note: 3, DateTime: 4, Counter: 5, Choice: 6, Lookup: 7, LookupMulti: 7, Boolean: 8, Number: 9, Currency: 10,
  URL: 11, Computed: 12, Guid: 14, MultiChoice: 15, Calculated: 17, User: 20, UserMulti: 20, ModStat: 2
};

/** Built-in columns every custom list has (ids as in SharePoint). */
export const BUILT_IN_FIELDS: { id: string; name: string; title: string; kind: number; typeAsString?: string; props: Record<string, unknown> }[] = [
  { id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', name: 'Title', title: 'Title', kind: 2, props: { Required: true, MaxLength: 255 } },
  { id: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', name: 'ID', title: 'ID', kind: 5, props: { ReadOnlyField: true } },
  { id: '8c06beca-0777-48f7-91c7-6da68bc07b69', name: 'Created', title: 'Created', kind: 4, props: { ReadOnlyField: true, DisplayFormat: 1 } },
  { id: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', name: 'Modified', title: 'Modified', kind: 4, props: { ReadOnlyField: true, DisplayFormat: 1 } },
  { id: '1df5e554-ec7e-46a6-901d-d85a3881cb18', name: 'Author', title: 'Created By', kind: 20, props: { ReadOnlyField: true, LookupField: 'Title' } },
  { id: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', name: 'Editor', title: 'Modified By', kind: 20, props: { ReadOnlyField: true, LookupField: 'Title' } },
  { id: 'fdc3b2ed-5bf2-4835-a4bc-b885f3396a61', name: '_ModerationStatus', title: 'Approval Status', kind: 2, typeAsString: 'ModStat', props: { Hidden: true } },
  { id: '34ad21eb-75bd-4544-8c73-0e08330291fe', name: '_ModerationComments', title: 'Approver Comments', kind: 3, props: { Hidden: true } },
  { id: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0', name: 'GUID', title: 'GUID', kind: 14, props: { ReadOnlyField: true, Hidden: true } },
  { id: '67df98f4-9dec-48ff-a553-29bece9c5bf4', name: 'Attachments', title: 'Attachments', kind: 8, props: { ReadOnlyField: true } },
  { id: '7841bf41-43d0-4434-9f50-a673baef7631', name: '_UIVersionString', title: 'Version', kind: 2, props: { ReadOnlyField: true, Hidden: true } },
  // Where an item is: its name, its folder, its URL, item (0) or folder (1). Lookups in SharePoint; compared as text here.
  { id: '8553196d-ec8d-4564-9861-3dbe931050c8', name: 'FileLeafRef', title: 'Name', kind: 2, typeAsString: 'File', props: { ReadOnlyField: false, Hidden: true } },
  { id: '56605df6-8fa1-47e4-a04c-5b384d59609f', name: 'FileDirRef', title: 'Path', kind: 2, typeAsString: 'Lookup', props: { ReadOnlyField: true, Hidden: true } },
  { id: '94f89715-e097-4e8b-ba79-ea02aa8b7adb', name: 'FileRef', title: 'URL Path', kind: 2, typeAsString: 'Lookup', props: { ReadOnlyField: true, Hidden: true } },
  { id: '30bb605f-5bae-48fe-b4e3-1f81d9772af9', name: 'FSObjType', title: 'Item Type', kind: 9, typeAsString: 'Lookup', props: { ReadOnlyField: true, Hidden: true } }
];

/** Names handled by the item engine itself rather than stored in the item's data. */
export const SYSTEM_FIELDS = [
  'ID', 'Created', 'Modified', 'Author', 'Editor', '_ModerationStatus', '_ModerationComments', 'GUID', 'Attachments', '_UIVersionString',
  'FileLeafRef', 'FileDirRef', 'FileRef', 'FSObjType'
];

/** List properties that can be set on create and via MERGE. */
export const LIST_PROPERTIES: Record<string, unknown> = {
  AllowContentTypes: true,
  ContentTypesEnabled: false,
  DraftVersionVisibility: 0,
  EnableAttachments: true,
  EnableFolderCreation: false,
  EnableMinorVersions: false,
  EnableModeration: false,
  EnableVersioning: true,
  ForceCheckout: false,
  Hidden: false,
  IrmEnabled: false,
  MajorVersionLimit: 50,
  MajorWithMinorVersionsLimit: 0,
  NoCrawl: false,
  OnQuickLaunch: false,
  ReadSecurity: 1,
  WriteSecurity: 1,
  ValidationFormula: '',
  ValidationMessage: '',
  Direction: 'none',
  ExcludeFromOfflineClient: false,
  DisableGridEditing: false,
  DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000'
};
