/** Message keys of the report text import (errors and reasons for unplaced lines). */
export const IMPORT_MESSAGE_KEYS = [
  // Errors: no report can be made.
  'import.error.empty',
  'import.error.notAReport',
  'import.error.quarterMissing',
  'import.error.yearMissing',
  'import.error.quarterConflict',
  'import.error.yearConflict',
  'import.error.objectKeyMissing',
  'import.error.quarterRange',
  'import.error.yearRange',
  // Reasons a line was not placed.
  'import.unplaced.unknownSection',
  'import.unplaced.duplicateSection',
  'import.unplaced.textOutsideSection',
  'import.unplaced.unexpectedLine',
  'import.unplaced.subItemWithoutItem',
  'import.unplaced.extraCells',
  'import.unplaced.kpiLabelMissing',
  'import.unplaced.meetingTypeMissing'
] as const;
export type ImportMessageKey = (typeof IMPORT_MESSAGE_KEYS)[number];
