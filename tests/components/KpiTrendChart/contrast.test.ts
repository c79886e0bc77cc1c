import {
  blackOrWhiteFor,
  contrastRatio,
  parseColor,
  pickSeriesColors,
  relativeLuminance
} from '../../../src/components/KpiTrendChart/contrast';
import { chartColorsFromTheme } from '../../../src/components/KpiTrendChart/KpiTrendChart';
import { buildTheme } from '../../../src/components/StatusReportApp/theme';

describe('contrast', () => {
  it('parses hex and rgb colours', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255 });
    expect(parseColor('#0078D4')).toEqual({ r: 0, g: 120, b: 212 });
    expect(parseColor('#0078d4ff')).toEqual({ r: 0, g: 120, b: 212 });
    expect(parseColor('rgb(16, 124, 16)')).toEqual({ r: 16, g: 124, b: 16 });
    expect(parseColor('rgba(0,0,0,0.5)')).toEqual({ r: 0, g: 0, b: 0 });
    expect(parseColor('not a colour')).toBeUndefined();
  });

  it('computes WCAG luminance and contrast ratios', () => {
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1, 5);
    expect(relativeLuminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // Known reference values.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#0078d4', '#ffffff')).toBeCloseTo(4.53, 2);
    expect(contrastRatio('#ffff00', '#ffffff')).toBeCloseTo(1.07, 2);
    // Symmetric.
    expect(contrastRatio('#0078d4', '#1f1f1f')).toBeCloseTo(contrastRatio('#1f1f1f', '#0078d4') as number, 10);
    expect(contrastRatio('nope', '#fff')).toBeUndefined();
  });

  it('keeps only colours with at least 3:1 against the background and fills up with the text colour', () => {
    const colors = pickSeriesColors(['#ffff00', '#0078d4', '#c8c8c8', '#107c10'], '#ffffff', 3, '#323130');
    expect(colors).toEqual(['#0078d4', '#107c10', '#323130']);
    colors.forEach((color) => expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(3));
  });

  it('never returns a low-contrast fallback', () => {
    expect(pickSeriesColors([], '#000000', 2, '#111111')).toEqual(['#ffffff', '#ffffff']);
    expect(blackOrWhiteFor('#fafafa')).toBe('#000000');
    expect(blackOrWhiteFor('#202020')).toBe('#ffffff');
  });

  it.each(['default', 'dark', 'contrast'] as const)('gives chart lines of the %s theme 3:1 against its background', (variant) => {
    const theme = buildTheme({ variant });
    const colors = chartColorsFromTheme(theme, 4);
    expect(colors.series).toHaveLength(4);
    colors.series.forEach((color) => {
      expect(contrastRatio(color, theme.semanticColors.bodyBackground)).toBeGreaterThanOrEqual(3);
    });
    expect(contrastRatio(colors.text, theme.semanticColors.bodyBackground)).toBeGreaterThanOrEqual(4.5);
  });

  it('uses a SharePoint site theme colour only when it contrasts enough', () => {
    const pale = buildTheme({ variant: 'default', palette: { themePrimary: '#a0d8ff' } });
    expect(chartColorsFromTheme(pale, 1).series[0]).not.toBe('#a0d8ff');
    const strong = buildTheme({ variant: 'default', palette: { themePrimary: '#005a9e' } });
    expect(chartColorsFromTheme(strong, 1).series[0]).toBe('#005a9e');
  });
});
