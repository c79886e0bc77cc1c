/**
 * WCAG 2.1 contrast helpers. Chart lines are graphical objects (SC 1.4.11): they need at
 * least 3:1 against the background they are drawn on.
 */

export interface IRgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

export const MIN_GRAPHICS_CONTRAST: number = 3;

/** Parses "#rgb", "#rrggbb", "#rrggbbaa" (alpha ignored) and "rgb(a)(r, g, b…)"; undefined otherwise. */
export function parseColor(color: string): IRgb | undefined {
  const value = color.trim().toLowerCase();
  let match = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(value);
  if (match) {
    return { r: parseInt(match[1] + match[1], 16), g: parseInt(match[2] + match[2], 16), b: parseInt(match[3] + match[3], 16) };
  }
  match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/.exec(value);
  if (match) {
    return { r: parseInt(match[1], 16), g: parseInt(match[2], 16), b: parseInt(match[3], 16) };
  }
  match = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(,\s*[\d.]+\s*)?\)$/.exec(value);
  if (match) {
    return { r: Math.min(255, Number(match[1])), g: Math.min(255, Number(match[2])), b: Math.min(255, Number(match[3])) };
  }
  if (value === 'black') return { r: 0, g: 0, b: 0 };
  if (value === 'white') return { r: 255, g: 255, b: 255 };
  return undefined;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

/** WCAG relative luminance, 0 (black) … 1 (white). */
export function relativeLuminance(rgb: IRgb): number {
  return 0.2126 * channel(rgb.r) + 0.7152 * channel(rgb.g) + 0.0722 * channel(rgb.b);
}

/** WCAG contrast ratio of two colours, 1 … 21; undefined when a colour cannot be parsed. */
export function contrastRatio(foreground: string, background: string): number | undefined {
  const a = parseColor(foreground);
  const b = parseColor(background);
  if (!a || !b) return undefined;
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Picks `count` distinct colours from `candidates` (theme colours, preferred first) that reach
 * `minimum` contrast against `background`. When the theme has too few, `fallback` (the body
 * text colour, which always contrasts) fills the rest; lines also differ by dash and point
 * style, so they never rely on colour alone.
 */
export function pickSeriesColors(
  candidates: readonly (string | undefined)[],
  background: string,
  count: number,
  fallback: string,
  minimum: number = MIN_GRAPHICS_CONTRAST
): string[] {
  const chosen: string[] = [];
  for (const candidate of candidates) {
    if (chosen.length >= count) break;
    if (!candidate) continue;
    const normalized = candidate.toLowerCase();
    if (chosen.indexOf(normalized) >= 0) continue;
    const ratio = contrastRatio(normalized, background);
    if (ratio !== undefined && ratio >= minimum) chosen.push(normalized);
  }
  const safeFallback =
    (contrastRatio(fallback, background) ?? 0) >= minimum ? fallback.toLowerCase() : blackOrWhiteFor(background);
  while (chosen.length < count) chosen.push(safeFallback);
  return chosen;
}

/** Black or white, whichever contrasts more with `background`. */
export function blackOrWhiteFor(background: string): string {
  const onBlack = contrastRatio('#000000', background) ?? 21;
  const onWhite = contrastRatio('#ffffff', background) ?? 1;
  return onBlack >= onWhite ? '#000000' : '#ffffff';
}
