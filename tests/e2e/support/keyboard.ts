/**
 * Keyboard reachability: presses Tab through the whole page and records which element has
 * focus after each press, then compares with every element that should be tabbable.
 */
import type { Page } from 'playwright-core';

export interface IFocusStop {
  /** A stable description: tag, id, role, accessible-ish name. */
  readonly description: string;
  /** Index in document order among the tabbable elements (-1 when not in that list). */
  readonly tabbableIndex: number;
  /** Whether a visible focus indicator is drawn (outline or box-shadow differs from unfocused). */
  readonly hasFocusStyle: boolean;
}

/** Marks and describes every element that should be reachable with Tab (visible, enabled, tabindex ≥ 0). */
export async function listTabbables(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate((root: string) => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"], canvas[tabindex]';
    const container = document.querySelector(root);
    if (!container) return [];
    const all = Array.from(container.querySelectorAll<HTMLElement>(selector)).filter((el) => {
      if ((el as HTMLButtonElement).disabled) return false;
      if (el.tabIndex < 0) return false;
      if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
      if (el.closest('[inert], [aria-hidden="true"]')) return false;
      const style = window.getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      const rect = el.getBoundingClientRect();
      // Visually hidden (1px) inputs behind custom controls still take focus; count them.
      return rect.width > 0 || rect.height > 0 || el.getClientRects().length > 0;
    });
    // Chromium makes a scrollable container without focusable content a tab stop of its own
    // (keyboard-focusable scrollers), so a keyboard user can scroll a wide table.
    const scrollers = Array.from(container.querySelectorAll<HTMLElement>('*')).filter((el) => {
      const style = window.getComputedStyle(el);
      const scrolls = /(auto|scroll)/.test(style.overflowX + ' ' + style.overflowY);
      const overflowing = el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight;
      return scrolls && overflowing && el.tabIndex < 0 && !all.some((child) => el.contains(child)) && !el.closest('[aria-hidden="true"]');
    });
    all.push(...scrollers);
    all.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    let counter = 0;
    return all.map((el) => {
      if (!el.dataset.e2eTab) el.dataset.e2eTab = `t${counter++}-${Math.random().toString(36).slice(2, 7)}`;
      return el.dataset.e2eTab;
    });
  }, within);
}

/** Describes the focused element (for messages). */
export async function describeFocused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const name = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '';
    return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.getAttribute('role') ? '[role=' + el.getAttribute('role') + ']' : ''} "${name.trim().slice(0, 60)}"`;
  });
}

export interface ITabWalk {
  /** The e2e ids in the order Tab reached them (first cycle only). */
  readonly reached: readonly string[];
  /** Descriptions of the focused elements in order. */
  readonly descriptions: readonly string[];
  /** Elements reached whose focus indicator was not visible. */
  readonly withoutFocusStyle: readonly string[];
}

/**
 * Starting from the top of the document, presses Tab up to `maxPresses` times (stops when
 * focus leaves the page or comes back to the first reached element).
 */
export async function walkTabOrder(page: Page, maxPresses = 300): Promise<ITabWalk> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const reached: string[] = [];
  const descriptions: string[] = [];
  const withoutFocusStyle: string[] = [];
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const style = window.getComputedStyle(el);
      const after = window.getComputedStyle(el, '::after');
      // Fluent draws its focus ring on ::after; native controls use outline.
      const visible =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none' ||
        (after.content !== 'none' && after.content !== 'normal' && (after.borderStyle !== 'none' || after.outlineStyle !== 'none')) ||
        // A visually hidden input styles its visible label/box instead (:focus-visible + sibling).
        el.matches('input[type="checkbox"], input[type="radio"]');
      return { id: el.dataset.e2eTab || '(untracked)', visible };
    });
    if (!info) break;
    if (reached.length && info.id === reached[0]) break;
    const description = await describeFocused(page);
    reached.push(info.id === '(untracked)' ? `(untracked) ${description}` : info.id);
    descriptions.push(description);
    if (!info.visible) withoutFocusStyle.push(description);
  }
  return { reached, descriptions, withoutFocusStyle };
}
