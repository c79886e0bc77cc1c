/** Message keys of the report text import (errors and reasons for unplaced lines). */
export const IMPORT_MESSAGE_KEYS = [
  // Errors: no report can be made.
  'ImportEmpty',
  'ImportNotAReport',
  'ImportQuarterMissing',
  'ImportYearMissing',
  'ImportQuarterConflict',
  'ImportYearConflict',
  'ImportObjectKeyMissing',
  'ErrorQuarterRange',
  'ErrorYearRange',
  // Reasons a line was not placed.
  'ImportUnknownSection',
  'ImportDuplicateSection',
  'ImportTextOutsideSection',
  'ImportUnexpectedLine',
  'ImportSubItemWithoutItem',
  'ImportExtraCells',
  'ImportKpiLabelMissing',
  'ImportMeetingTypeMissing'
] as const;
export type ImportMessageKey = (typeof IMPORT_MESSAGE_KEYS)[number];
