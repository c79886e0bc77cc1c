import { loadOnce } from '../../src/services/loadOnce';

describe('loadOnce', () => {
  it('starts the load once and hands every caller the same promise', async () => {
    let starts = 0;
    const load = loadOnce(() => {
      starts += 1;
      return Promise.resolve(`chunk ${starts}`);
    });
    const first = load();
    expect(load()).toBe(first);
    await expect(first).resolves.toBe('chunk 1');
    await expect(load()).resolves.toBe('chunk 1');
    expect(starts).toBe(1);
  });

  it('starts again after a failure, and keeps the second load', async () => {
    let starts = 0;
    const load = loadOnce(() => {
      starts += 1;
      return starts === 1 ? Promise.reject(new Error('ChunkLoadError')) : Promise.resolve('chunk');
    });
    await expect(load()).rejects.toThrow('ChunkLoadError');
    await expect(load()).resolves.toBe('chunk');
    await expect(load()).resolves.toBe('chunk');
    expect(starts).toBe(2);
  });
});
