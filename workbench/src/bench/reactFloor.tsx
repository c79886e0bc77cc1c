/**
 * The React floor of the open benchmark (/workbench/floor.html, written by tools/bench-ui.ts):
 * the bare page's work (send the report view's first-screen `$batch`, write the newest
 * snapshot's KPI numbers) done with React and ReactDOM, the same production build the
 * workbench ships, and nothing else: no Fluent, no repository, no web part. What any React web
 * part pays at the least; printed beside `e2e_open_ratio` as information.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';

interface IFloorRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

interface IFloorKpi {
  readonly definitionKey: string;
  readonly current?: { readonly number?: number };
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

function Figures(props: { readonly kpis: readonly IFloorKpi[] }): JSX.Element {
  const format = React.useMemo(() => new Intl.NumberFormat('sv-SE'), []);
  return (
    <article>
      {props.kpis.map((k) => (
        <p key={k.definitionKey}>
          {k.definitionKey}: {k.current && typeof k.current.number === 'number' ? format.format(k.current.number) : ''}
        </p>
      ))}
    </article>
  );
}

const spec = JSON.parse((document.getElementById('floor-request') as HTMLElement).textContent || '{}') as IFloorRequest;
const digest = document.querySelector('meta[name="workbench-form-digest"]')?.getAttribute('content') || '';
fetch(spec.url, { method: 'POST', credentials: 'same-origin', headers: { ...spec.headers, 'X-RequestDigest': digest }, body: spec.body })
  .then((response) => response.text())
  .then((text) => {
    // eslint-disable-next-line @rushstack/pair-react-dom-render-unmount
    ReactDOM.render(<Figures kpis={kpisOf(text)} />, document.querySelector('main') as HTMLElement);
  })
  .catch((error: unknown) => {
    (document.querySelector('main') as HTMLElement).textContent = String(error);
  });
