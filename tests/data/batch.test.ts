import { allValues, type Settled } from '../../src/data/repository/batch';

describe('batch results', () => {
  it('gives the values in order when every part succeeded', () => {
    const settled: Settled[] = [{ ok: true, value: 1 }, { ok: true, value: 'b' }];
    expect(allValues<[number, string]>(settled)).toEqual({ kind: 'ok', value: [1, 'b'] });
  });

  it('gives the first failure as a typed error', () => {
    const settled: Settled[] = [
      { ok: true, value: 1 },
      { ok: false, error: Object.assign(new Error('Access denied'), { status: 403 }) },
      { ok: false, error: Object.assign(new Error('Not found'), { status: 404 }) }
    ];
    expect(allValues(settled)).toEqual({ kind: 'forbidden', messageKey: 'data.error.forbidden' });
  });
});
