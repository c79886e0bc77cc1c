jest.mock('StatusReportWebPartStrings', () => jest.requireActual('../../../src/webparts/statusReport/loc/en-us.js'));

import { portfolioSheet, exportFileName } from '../../../src/components/Portfolio/export/portfolioSheet';
import { LocaleFormatter } from '../../../src/components/shared/format';
import { recentQuarters } from '../../../src/domain/portfolio';
import { PORTFOLIO_ENTRIES } from './entries';

const TODAY = new Date(2026, 1, 15);

describe('portfolio export in English', () => {
  it('has English headers, status words and file name', () => {
    const sheet = portfolioSheet(PORTFOLIO_ENTRIES, 'latest', recentQuarters(TODAY), new LocaleFormatter('en-US'), TODAY);
    expect(sheet.name).toBe('Portfolio');
    expect(sheet.headers.slice(0, 2)).toEqual(['Managed object', 'Overall status']);
    expect(sheet.headers[sheet.headers.length - 1]).toBe('Open problems');
    expect(sheet.rows[1][1]).toEqual({ kind: 'text', value: 'Off track' });
    expect(exportFileName(TODAY)).toBe('portfolio-2026-02-15.xlsx');
  });
});
