import { DEFAULT_PORTFOLIO_VIEW, formatPortfolioView, parsePortfolioView } from '../../../src/domain/portfolio';

describe('portfolio view in the URL', () => {
  it('reads tab, statuses, overdue, text and sort', () => {
    expect(parsePortfolioView('?view=portfolio&tab=quarters&status=problem,attention&overdue=1&q=v%C3%A5rd&sort=status-desc')).toEqual({
      tab: 'quarters',
      status: ['attention', 'problem'],
      overdue: true,
      query: 'vård',
      sort: { key: 'status', direction: 'desc' }
    });
  });

  it('gives the default view for no parameters', () => {
    expect(parsePortfolioView('')).toEqual(DEFAULT_PORTFOLIO_VIEW);
    expect(parsePortfolioView('?view=portfolio&object=SHVO')).toEqual(DEFAULT_PORTFOLIO_VIEW);
  });

  it('ignores values it does not know, keeping the ones it does', () => {
    expect(parsePortfolioView('?tab=chart&status=awful,PROBLEM,problem,,none&overdue=yes&sort=colour-up')).toEqual({
      ...DEFAULT_PORTFOLIO_VIEW,
      status: ['problem', 'none']
    });
    expect(parsePortfolioView('?sort=period').sort).toEqual({ key: 'period', direction: 'asc' });
    expect(parsePortfolioView('?sort=-desc').sort).toEqual(DEFAULT_PORTFOLIO_VIEW.sort);
    expect(parsePortfolioView('?overdue=true').overdue).toBe(true);
    expect(parsePortfolioView(`?q=${'a'.repeat(500)}`).query).toHaveLength(200);
    // Malformed percent-encoding does not throw.
    expect(() => parsePortfolioView('?q=%E0%A4%A&status=%')).not.toThrow();
  });

  it('writes only what differs from the default and keeps other parameters in place', () => {
    expect(formatPortfolioView(DEFAULT_PORTFOLIO_VIEW, '?view=portfolio&object=SHVO')).toBe('?view=portfolio&object=SHVO');
    expect(formatPortfolioView(DEFAULT_PORTFOLIO_VIEW, '?status=good&sort=kpi-asc')).toBe('');
    expect(
      formatPortfolioView(
        { tab: 'quarters', status: ['problem', 'good'], overdue: true, query: ' vård & omsorg ', sort: { key: 'due', direction: 'desc' } },
        '?view=portfolio&status=attention'
      )
    ).toBe('?view=portfolio&tab=quarters&status=good%2Cproblem&overdue=1&q=v%C3%A5rd+%26+omsorg&sort=due-desc');
  });

  it('reads back what it writes', () => {
    const view = { tab: 'latest' as const, status: ['attention' as const, 'none' as const], overdue: false, query: 'SHVO', sort: { key: 'approved' as const, direction: 'asc' as const } };
    expect(parsePortfolioView(formatPortfolioView(view, '?view=portfolio'))).toEqual(view);
  });
});
