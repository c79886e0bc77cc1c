/**
 * The themes the workbench hands to the web part, shaped as SharePoint/Teams hand them:
 * Fluent UI v8 palette slots plus the semantic colours the web part reads. Default is the
 * out-of-the-box SharePoint (Fluent) palette; dark follows Teams' dark theme; contrast follows
 * Teams/Windows high contrast (white and yellow on black).
 */
import type { IHostTheme } from '../../src/components/StatusReportApp/IStatusReportAppProps';
import type { WorkbenchTheme } from './state';

// Fluent UI v8 DefaultPalette (what a SharePoint site without a custom theme gives).
const DEFAULT_PALETTE: Readonly<Record<string, string>> = {
  themeDarker: '#004578',
  themeDark: '#005a9e',
  themeDarkAlt: '#106ebe',
  themePrimary: '#0078d4',
  themeSecondary: '#2b88d8',
  themeTertiary: '#71afe5',
  themeLight: '#c7e0f4',
  themeLighter: '#deecf9',
  themeLighterAlt: '#eff6fc',
  black: '#000000',
  neutralDark: '#201f1e',
  neutralPrimary: '#323130',
  neutralPrimaryAlt: '#3b3a39',
  neutralSecondary: '#605e5c',
  neutralSecondaryAlt: '#8a8886',
  neutralTertiary: '#a19f9d',
  neutralTertiaryAlt: '#c8c6c4',
  neutralQuaternary: '#d2d0ce',
  neutralQuaternaryAlt: '#e1dfdd',
  neutralLight: '#edebe9',
  neutralLighter: '#f3f2f1',
  neutralLighterAlt: '#faf9f8',
  accent: '#0078d4',
  white: '#ffffff',
  yellowDark: '#d29200',
  yellow: '#ffb900',
  yellowLight: '#fff100',
  orange: '#d83b01',
  orangeLight: '#ea4300',
  orangeLighter: '#ff8c00',
  redDark: '#a4262c',
  red: '#e81123',
  magentaDark: '#5c005c',
  magenta: '#b4009e',
  magentaLight: '#e3008c',
  purpleDark: '#32145a',
  purple: '#5c2d91',
  purpleLight: '#b4a0ff',
  blueDark: '#002050',
  blueMid: '#00188f',
  blue: '#0078d4',
  blueLight: '#00bcf2',
  tealDark: '#004b50',
  teal: '#008272',
  tealLight: '#00b294',
  greenDark: '#004b1c',
  green: '#107c10',
  greenLight: '#bad80a'
};

// Teams dark: neutrals inverted (white is the background), brighter accents.
const DARK_PALETTE: Readonly<Record<string, string>> = {
  ...DEFAULT_PALETTE,
  themeDarker: '#c7e0f4',
  themeDark: '#a9d3f2',
  themeDarkAlt: '#82c7ff',
  themePrimary: '#6cb8f6',
  themeSecondary: '#3a96dd',
  themeTertiary: '#2b6ea3',
  themeLight: '#1b4a70',
  themeLighter: '#123a5a',
  themeLighterAlt: '#0b2236',
  black: '#ffffff',
  neutralDark: '#fafafa',
  neutralPrimary: '#ffffff',
  neutralPrimaryAlt: '#f0f0f0',
  neutralSecondary: '#d6d6d6',
  neutralSecondaryAlt: '#adadad',
  neutralTertiary: '#a6a6a6',
  neutralTertiaryAlt: '#6b6b6b',
  neutralQuaternary: '#525252',
  neutralQuaternaryAlt: '#474747',
  neutralLight: '#3d3d3d',
  neutralLighter: '#333333',
  neutralLighterAlt: '#292929',
  accent: '#6cb8f6',
  white: '#1f1f1f',
  orange: '#ff8c00',
  orangeLight: '#ffaa44',
  orangeLighter: '#ffc083',
  redDark: '#f1707b',
  red: '#ff6b6b',
  magentaDark: '#e3008c',
  purple: '#b4a0ff',
  tealDark: '#00b294',
  greenDark: '#92c353',
  green: '#6bb700'
};

// High contrast (black): text white, interactive yellow, selection cyan.
const CONTRAST_PALETTE: Readonly<Record<string, string>> = {
  ...DARK_PALETTE,
  themeDarker: '#ffff00',
  themeDark: '#ffff00',
  themeDarkAlt: '#ffff00',
  themePrimary: '#ffff00',
  themeSecondary: '#ffff00',
  themeTertiary: '#ffff00',
  themeLight: '#1aebff',
  themeLighter: '#000000',
  themeLighterAlt: '#000000',
  black: '#ffffff',
  neutralDark: '#ffffff',
  neutralPrimary: '#ffffff',
  neutralPrimaryAlt: '#ffffff',
  neutralSecondary: '#ffffff',
  neutralSecondaryAlt: '#ffffff',
  neutralTertiary: '#ffffff',
  neutralTertiaryAlt: '#ffffff',
  neutralQuaternary: '#ffffff',
  neutralQuaternaryAlt: '#ffffff',
  neutralLight: '#ffffff',
  neutralLighter: '#000000',
  neutralLighterAlt: '#000000',
  accent: '#ffff00',
  white: '#000000',
  orange: '#ffff00',
  orangeLighter: '#ffff00',
  greenDark: '#3ff23f',
  tealDark: '#1aebff',
  magentaDark: '#ff77ff',
  purple: '#c5a3ff',
  redDark: '#ff8080'
};

function semanticColors(palette: Readonly<Record<string, string>>, link: string): Readonly<Record<string, string>> {
  return {
    bodyBackground: palette.white,
    bodyStandoutBackground: palette.neutralLighterAlt,
    bodyText: palette.neutralPrimary,
    bodySubtext: palette.neutralSecondary,
    bodyDivider: palette.neutralLight,
    link,
    linkHovered: link,
    inputBorder: palette.neutralSecondary,
    inputBackground: palette.white,
    inputText: palette.neutralPrimary,
    buttonBackground: palette.white,
    buttonText: palette.neutralPrimary,
    buttonBorder: palette.neutralSecondaryAlt,
    focusBorder: palette.neutralPrimary,
    disabledText: palette.neutralTertiary
  };
}

/** The theme object for the web part's `theme` prop. */
export function hostTheme(theme: WorkbenchTheme): IHostTheme {
  switch (theme) {
    case 'dark':
      return { variant: 'dark', palette: DARK_PALETTE, semanticColors: semanticColors(DARK_PALETTE, DARK_PALETTE.themePrimary) };
    case 'contrast':
      return { variant: 'contrast', palette: CONTRAST_PALETTE, semanticColors: semanticColors(CONTRAST_PALETTE, '#ffff00') };
    default:
      return { variant: 'default', palette: DEFAULT_PALETTE, semanticColors: semanticColors(DEFAULT_PALETTE, DEFAULT_PALETTE.themeDarkAlt) };
  }
}
