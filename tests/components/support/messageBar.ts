import { screen, waitFor } from '@testing-library/react';

/**
 * The Fluent MessageBar with the given test id, once its text is there. MessageBar renders its
 * text through DelayedRender (a timer after mount, so screen readers announce it), so the bar
 * exists for a moment with no text; on a loaded machine a test can read it in that moment.
 */
export async function findMessageBar(testId: string): Promise<HTMLElement> {
  const bar = await screen.findByTestId(testId);
  await waitFor(() => expect(bar.textContent).not.toBe(''));
  return bar;
}
