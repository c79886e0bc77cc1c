import { buildTheme } from '../../../src/components/StatusReportApp/theme';
import { contrastRatio } from '../../../src/components/KpiTrendChart/contrast';

describe('buildTheme', () => {
  it('is Fluent’s light theme by default', () => {
    const theme = buildTheme({ variant: 'default' });
    expect(theme.isInverted).toBe(false);
    expect(theme.semanticColors.bodyBackground).toBe('#ffffff');
  });

  it('uses a built-in dark palette when a dark host gives none', () => {
    const theme = buildTheme({ variant: 'dark' });
    expect(theme.isInverted).toBe(true);
    expect(theme.semanticColors.bodyBackground).toBe('#1f1f1f');
    expect(contrastRatio(theme.semanticColors.bodyText, theme.semanticColors.bodyBackground)).toBeGreaterThanOrEqual(7);
  });

  it('uses black, white and yellow for high contrast', () => {
    const theme = buildTheme({ variant: 'contrast' });
    expect(theme.semanticColors.bodyBackground).toBe('#000000');
    expect(theme.semanticColors.bodyText).toBe('#ffffff');
    expect(theme.palette.themePrimary).toBe('#ffff00');
  });

  it('takes the host’s palette and semantic colours over the defaults', () => {
    const theme = buildTheme({
      variant: 'dark',
      palette: { themePrimary: '#6264a7' },
      semanticColors: { bodyBackground: '#292929', bodyText: '#f0f0f0' }
    });
    expect(theme.palette.themePrimary).toBe('#6264a7');
    expect(theme.palette.white).toBe('#1f1f1f');
    expect(theme.semanticColors.bodyBackground).toBe('#292929');
    expect(theme.semanticColors.bodyText).toBe('#f0f0f0');
  });
});
