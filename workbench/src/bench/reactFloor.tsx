/**
 * The React floor of the open benchmark (/workbench/floor.html, written by tools/bench-ui.ts):
 * the bare page's work (send the report view's first-screen `$batch`, write the newest
 * snapshot's KPI numbers) done with React and ReactDOM, the same production build the
 * workbench ships, and nothing else: no Fluent, no repository, no web part. What any React web
 * part pays at the least; printed beside `e2e_open_ratio` as information.
 */
import { type IFloorKpi, renderFigures } from './floorFigures';

interface IFloorRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** The newest snapshot's KPIs in a $batch answer (the first part with a SnapshotJson row). */
function kpisOf(text: string): IFloorKpi[] {
  for (const line of text.split(/\r?\n/)) {
    if (line.charAt(0) !== '{') continue;
    let json: { value?: Array<{ SnapshotJson?: string }> };
    try {
      json = JSON.parse(line);
    } catch {
      continue;
    }
    const rows = json.value || [];
    if (rows.length && rows[0].SnapshotJson) return (JSON.parse(rows[0].SnapshotJson) as { report: { kpis: IFloorKpi[] } }).report.kpis;
  }
  return [];
}

const spec = JSON.parse((document.getElementById('floor-request') as HTMLElement).textContent || '{}') as IFloorRequest;
const digest = document.querySelector('meta[name="workbench-form-digest"]')?.getAttribute('content') || '';
fetch(spec.url, { method: 'POST', credentials: 'same-origin', headers: { ...spec.headers, 'X-RequestDigest': digest }, body: spec.body })
  .then((response) => response.text())
  .then((text) => {
    renderFigures(document.querySelector('main') as HTMLElement, kpisOf(text));
  })
  .catch((error: unknown) => {
    (document.querySelector('main') as HTMLElement).textContent = String(error);
  });
