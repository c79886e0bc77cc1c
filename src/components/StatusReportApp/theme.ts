import { createTheme } from '@fluentui/react/lib/Theme';
import type { IPartialTheme, ITheme } from '@fluentui/react/lib/Theme';
import type { IHostTheme } from './IStatusReportAppProps';

// Used when a dark/contrast host gives no palette of its own (Teams dark and high contrast).
const DARK_PALETTE: Readonly<Record<string, string>> = {
  themePrimary: '#7f85f5',
  themeLighterAlt: '#05050a',
  themeLighter: '#141527',
  themeLight: '#262849',
  themeTertiary: '#4c5093',
  themeSecondary: '#7075d7',
  themeDarkAlt: '#8c91f6',
  themeDark: '#9ea2f7',
  themeDarker: '#b7baf9',
  neutralLighterAlt: '#292929',
  neutralLighter: '#323232',
  neutralLight: '#404040',
  neutralQuaternaryAlt: '#494949',
  neutralQuaternary: '#505050',
  neutralTertiaryAlt: '#6e6e6e',
  neutralTertiary: '#c8c8c8',
  neutralSecondary: '#d0d0d0',
  neutralPrimaryAlt: '#dadada',
  neutralPrimary: '#ffffff',
  neutralDark: '#f4f4f4',
  black: '#f8f8f8',
  white: '#1f1f1f'
};

const CONTRAST_PALETTE: Readonly<Record<string, string>> = {
  themePrimary: '#ffff00',
  themeDarkAlt: '#ffff00',
  themeDark: '#ffff00',
  themeDarker: '#ffff00',
  themeLight: '#1aebff',
  themeLighter: '#000000',
  themeLighterAlt: '#000000',
  themeTertiary: '#1aebff',
  themeSecondary: '#ffff00',
  neutralLighterAlt: '#000000',
  neutralLighter: '#000000',
  neutralLight: '#ffffff',
  neutralQuaternaryAlt: '#ffffff',
  neutralQuaternary: '#ffffff',
  neutralTertiaryAlt: '#ffffff',
  neutralTertiary: '#ffffff',
  neutralSecondary: '#ffffff',
  neutralPrimaryAlt: '#ffffff',
  neutralPrimary: '#ffffff',
  neutralDark: '#ffffff',
  black: '#ffffff',
  white: '#000000',
  orange: '#1aebff',
  greenDark: '#3ff23f'
};

/**
 * The Fluent theme for the host's theme: the host's own palette and semantic colours when it
 * gives them (SharePoint site/section theme, Teams), else built-in dark and high-contrast
 * palettes; 'default' without colours is Fluent's default light theme.
 */
export function buildTheme(hostTheme: IHostTheme): ITheme {
  const fallback = hostTheme.variant === 'dark' ? DARK_PALETTE : hostTheme.variant === 'contrast' ? CONTRAST_PALETTE : undefined;
  const palette = { ...(fallback ?? {}), ...(hostTheme.palette ?? {}) };
  const partial: IPartialTheme = { palette, isInverted: hostTheme.variant !== 'default' };
  // An explicit `semanticColors: undefined` would wipe Fluent's derived semantic colours.
  return createTheme(hostTheme.semanticColors ? { ...partial, semanticColors: { ...hostTheme.semanticColors } } : partial);
}
