// Waits for the event that proves a save, not for wall time: the repository's saveReport
// promise, inside act so React has rendered its outcome when this resolves.
import { act } from '@testing-library/react';
import type { IStatusReportRepository } from '../../../src/data/repository/IStatusReportRepository';

/** Runs `start` (an action that begins a save) and resolves once that save and its render are done. */
export async function untilSaved(repository: IStatusReportRepository, start: () => void): Promise<void> {
  const save = jest.spyOn(repository, 'saveReport');
  const before = save.mock.results.length;
  await act(async () => {
    start();
    const started = save.mock.results[before];
    if (!started) throw new Error('the action did not start a save');
    await started.value;
  });
}
