import { hostTheme } from '../../../workbench/src/themes';

function luminance(hex: string): number {
  const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = rgb.map((c) => (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('workbench host themes', () => {
  it('hands the web part a full palette and semantic colours for each variant', () => {
    for (const variant of ['default', 'dark', 'contrast'] as const) {
      const theme = hostTheme(variant);
      expect(theme.variant).toBe(variant);
      for (const slot of ['themePrimary', 'neutralPrimary', 'neutralSecondary', 'white', 'black', 'neutralLight']) {
        expect(theme.palette?.[slot]).toMatch(/^#[0-9a-f]{6}$/);
      }
      expect(theme.semanticColors?.bodyBackground).toBe(theme.palette?.white);
      expect(theme.semanticColors?.bodyText).toBe(theme.palette?.neutralPrimary);
    }
  });

  it('keeps text, subtext and links readable: AA in default and dark, AAA in high contrast', () => {
    const minimum = { default: 4.5, dark: 4.5, contrast: 7 } as const;
    for (const variant of ['default', 'dark', 'contrast'] as const) {
      const colors = hostTheme(variant).semanticColors!;
      for (const foreground of ['bodyText', 'bodySubtext', 'link', 'inputText', 'buttonText']) {
        expect({ variant, foreground, ok: contrast(colors[foreground], colors.bodyBackground) >= minimum[variant] }).toEqual({
          variant,
          foreground,
          ok: true
        });
      }
    }
  });

  it('paints dark themes dark and the default theme light', () => {
    expect(luminance(hostTheme('default').semanticColors!.bodyBackground)).toBeGreaterThan(0.9);
    expect(luminance(hostTheme('dark').semanticColors!.bodyBackground)).toBeLessThan(0.05);
    expect(hostTheme('contrast').semanticColors!.bodyBackground).toBe('#000000');
  });
});
