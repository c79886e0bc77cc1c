/** Builds the workbench bundle once before the browser tests (esbuild, about two seconds). */
import { buildWorkbench } from '../../../workbench/build';

export default async function globalSetup(): Promise<void> {
  const result = await buildWorkbench({ logLevel: 'warning' });
  process.stdout.write(`\nWorkbench built in ${result.durationMs} ms\n`);
}
