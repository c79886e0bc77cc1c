/** @jest-environment jsdom */
// The web part's first render waits briefly for the report's first screen: a report that has
// answered is drawn at once, with no loading state first; a slow one shows the spinner.
jest.mock('../../../src/components/KpiTrendChart/chartSetup', () => ({
  createLineChart: jest.fn(() => ({ destroy: jest.fn() }))
}));
jest.mock('../../../src/data/repository/createRepositoryForSpfx', () => ({
  createRepositoryForSpfx: jest.fn()
}));

import '../../components/support/quietIcons';
import { createRepositoryForSpfx } from '../../../src/data/repository/createRepositoryForSpfx';
import { message } from '../../../src/messages';
import { firstScreenRepository, pendingFirstScreenRepository, reportProps, startWebPart, waitFor } from './webPartHarness';

jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

/** The element's text at every change the page could paint (MutationObserver callbacks). */
function watchTexts(element: HTMLElement): string[] {
  const texts: string[] = [];
  new MutationObserver(() => texts.push(element.textContent || '')).observe(element, { childList: true, subtree: true, characterData: true });
  return texts;
}

describe('StatusReportWebPart first render', () => {
  it('draws the report in its first commit when the first screen answers while the tree loads', async () => {
    const repository = firstScreenRepository();
    (createRepositoryForSpfx as jest.Mock).mockImplementation(() => repository);
    const element = document.createElement('div');
    const texts = watchTexts(element);
    const { element: drawn } = await startWebPart(reportProps, undefined, element);
    await waitFor(() => expect(drawn.textContent).toMatch(/61\s829/));
    // The first change of the element already holds the report: no spinner was drawn before it.
    expect(texts[0]).toMatch(/61\s829/);
    expect(texts.some((text) => text.includes(message('common.loading')))).toBe(false);
    expect(repository.loadReaderFirstScreen).toHaveBeenCalledTimes(1);
    expect(repository.loadApprovedReport).not.toHaveBeenCalled();
  });

  it('shows the spinner when the first screen is slow, then the report', async () => {
    const { repository, answer } = pendingFirstScreenRepository();
    (createRepositoryForSpfx as jest.Mock).mockImplementation(() => repository);
    const { element } = await startWebPart(reportProps);
    await waitFor(() => expect(element.textContent).toContain(message('common.loading')));
    expect(element.querySelector('article')).toBeNull();
    answer();
    await waitFor(() => expect(element.textContent).toMatch(/61\s829/));
    expect(repository.loadReaderFirstScreen).toHaveBeenCalledTimes(1);
  });
});
