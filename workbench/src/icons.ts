/** Where the workbench serves Fluent's icon font files (copied from @fluentui/font-icons-mdl2 at build). */
export const ICON_FONT_BASE_URL: string = '/workbench/';
