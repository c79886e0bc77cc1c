import { mergeBenchFigures, parsePartOutput } from '../../tools/bench-all';

describe('npm run bench: merging the parts', () => {
  it('reads the last JSON line of a part and flattens the data layer goals', () => {
    const stdout = 'noise before\n{"requests_save":2,"open_ms_ours":63,"goals_pass":{"requests_save":true}}\n\n';
    expect(parsePartOutput(stdout)).toEqual({ requests_save: 2, open_ms_ours: 63, requests_save_pass: true });
  });

  it('keeps a figure two parts both report under the later part prefix, with its own verdict', () => {
    const { merged, rows } = mergeBenchFigures([
      { prefix: 'data', figures: { requests_save: 2, requests_save_pass: true, open_ms_ours: 63 } },
      { prefix: 'editor', figures: { editor_open_ms: 324, editor_open_ms_pass: true, requests_save: 3, requests_save_pass: false } }
    ]);
    expect(merged).toEqual({
      requests_save: 2,
      requests_save_pass: true,
      open_ms_ours: 63,
      editor_open_ms: 324,
      editor_open_ms_pass: true,
      editor_requests_save: 3,
      editor_requests_save_pass: false
    });
    expect(rows.map((r) => [r.name, r.value, r.pass])).toEqual([
      ['requests_save', 2, true],
      ['open_ms_ours', 63, undefined],
      ['editor_open_ms', 324, true],
      ['editor_requests_save', 3, false]
    ]);
  });
});
