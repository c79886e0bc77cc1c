/**
 * axe-core injected into the page under test. Rules: WCAG 2.0/2.1 A and AA plus axe's best
 * practices; a test fails on any violation of impact "serious" or "critical".
 */
import type { Page } from 'playwright-core';

export interface IAxeNode {
  readonly target: readonly string[];
  readonly html: string;
  readonly failureSummary?: string;
}

export interface IAxeViolation {
  readonly id: string;
  readonly impact?: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  readonly help: string;
  readonly nodes: readonly IAxeNode[];
}

export interface IAxeReport {
  readonly violations: readonly IAxeViolation[];
  /** Number of rules that passed (proves axe actually ran over content). */
  readonly passes: number;
  /** Number of elements axe checked in the passing rules. */
  readonly checkedNodes: number;
}

export const AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs axe on the elements matched by `include` (CSS selectors); throws if none match. */
export async function runAxe(page: Page, include: readonly string[]): Promise<IAxeReport> {
  const present = await page.evaluate((selectors: string[]) => selectors.filter((s) => !document.querySelector(s)), [...include]);
  if (present.length) throw new Error(`axe: nothing matches ${present.join(', ')}`);
  // Fluent fades messages in (e.g. a field's error text); axe's contrast rule measures the
  // colour of the moment, so a half-faded text reads as a violation. Wait for every finite
  // animation to end first (spinners repeat forever and are left alone).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined))
    )
  );
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(
    async ({ selectors, tags }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: IAxeViolation[]; passes: { nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run({ include: selectors.map((s) => [s]) }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] });
      return {
        violations: result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 300), failureSummary: n.failureSummary }))
        })),
        passes: result.passes.length,
        checkedNodes: result.passes.reduce((sum, p) => sum + p.nodes.length, 0)
      };
    },
    { selectors: [...include], tags: [...AXE_TAGS] }
  );
}

/** The serious and critical violations, formatted for a readable assertion message. */
export function seriousViolations(report: IAxeReport): string[] {
  return report.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.html}\n      ${n.failureSummary || ''}`).join('\n'));
}
