/**
 * The render benchmark page (/workbench/bench.html): renders the web part's React root with a
 * large report (60 KPIs, 20 quarters of history) from an in-memory repository and measures,
 * in the browser, from ReactDOM.render to the card's last KPI row and the drawn chart being in
 * the DOM, with style and layout forced. `tools/bench-ui.ts` drives it through
 * `window.gitsRenderBench(runs)`.
 *
 * The baseline, `window.gitsRenderPaired(pairs)`: the same figures (every KPI's label and its
 * value in each of the 20 quarters, formatted as the card formats numbers) as a plain React
 * table, the floor any UI showing them must pay; rendered in the same page, alternately with
 * the web part (A B, B A, ...), the same way timed (render until in the DOM, then forced
 * layout). The ratio is the median of the pairs' ratios.
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { StatusReportApp } from '../../../src/components/StatusReportApp/StatusReportApp';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { ICON_FONT_BASE_URL } from '../icons';
import { hostTheme } from '../themes';
import { uiLanguage } from '../uiLanguage';
import { createLargeReport } from './largeReport';
import { MemoryStatusReportRepository } from '../memoryRepository';

export interface IRenderBenchResult {
  /** Milliseconds per measured run (the first, warm-up run excluded). */
  readonly runs: readonly number[];
  readonly medianMs: number;
  readonly kpiCount: number;
  readonly quarters: number;
  /** KPI rows found in the rendered card (proves the whole report rendered). */
  readonly renderedKpiRows: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** True when the last KPI's label is rendered and chart.js has taken over the canvas. */
function complete(container: HTMLElement, lastLabel: string): boolean {
  const canvas = container.querySelector('[data-testid="kpi-trend-chart"] canvas');
  // chart.js marks the canvases it owns with a `$chartjs` expando.
  const drawn = !!canvas && '$chartjs' in canvas;
  return drawn && (container.textContent || '').indexOf(lastLabel) >= 0;
}

/** The figures of the large report as a plain table: a row per KPI, a column per quarter. */
function PlainTable(props: { readonly report: ReturnType<typeof createLargeReport>; readonly locale: string }): JSX.Element {
  const format = new Intl.NumberFormat(props.locale);
  const { snapshot, history } = props.report;
  const periods = history.length ? history[0].points.map((p) => p.period) : [];
  return (
    <table>
      <thead>
        <tr>
          <th>Nyckeltal</th>
          {periods.map((p) => (
            <th key={`${p.year}-${p.quarter}`}>{`Q${p.quarter} ${p.year}`}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {snapshot.report.kpiDefinitions.map((d) => {
          const series = history.find((h) => h.definition.key === d.key);
          return (
            <tr key={d.key}>
              <th>{d.label}</th>
              {(series ? series.points : []).map((p) => (
                <td key={`${p.period.year}-${p.period.quarter}`}>{p.value === undefined ? '' : format.format(p.value)}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function renderPlainOnce(kpiCount: number, quarters: number): Promise<{ ms: number; rows: number }> {
  const report = createLargeReport({ kpiCount, quarters });
  const lastLabel = report.snapshot.report.kpiDefinitions[report.snapshot.report.kpiDefinitions.length - 1].label;
  const container = document.createElement('div');
  document.getElementById('bench-root')!.appendChild(container);
  return new Promise((resolve) => {
    const started = performance.now();
    ReactDOM.render(<PlainTable report={report} locale={uiLanguage()} />, container, () => {
      // The same end as the web part's: the last label in the DOM, style and layout forced.
      if ((container.textContent || '').indexOf(lastLabel) < 0) throw new Error('plain table incomplete');
      void container.getBoundingClientRect().height;
      const ms = performance.now() - started;
      const rows = container.querySelectorAll('tbody tr').length;
      ReactDOM.unmountComponentAtNode(container);
      container.remove();
      resolve({ ms, rows });
    });
  });
}

function renderOnce(kpiCount: number, quarters: number): Promise<{ ms: number; rows: number }> {
  const { snapshot, history } = createLargeReport({ kpiCount, quarters });
  const repository = new MemoryStatusReportRepository(snapshot.report, {
    permissions: { canRead: true, canEdit: false, canApprove: false, canManageLists: false },
    approvedSnapshot: snapshot,
    approvedHistory: history
  });
  const lastLabel = snapshot.report.kpiDefinitions[snapshot.report.kpiDefinitions.length - 1].label;
  const container = document.createElement('div');
  document.getElementById('bench-root')!.appendChild(container);
  return new Promise((resolve, reject) => {
    const timeout = window.setTimeout(() => reject(new Error('render did not complete within 10 s')), 10000);
    const finish = (started: number): void => {
      // Force style and layout so their cost is part of the figure.
      void container.getBoundingClientRect().height;
      const ms = performance.now() - started;
      window.clearTimeout(timeout);
      observer.disconnect();
      // Card rows only: their first cell is exactly the KPI label.
      const rows = Array.from(container.querySelectorAll('tr')).filter((tr) => /^Nyckeltal \d+$/.test((tr.cells[0]?.textContent || '').trim())).length;
      ReactDOM.unmountComponentAtNode(container);
      container.remove();
      resolve({ ms, rows });
    };
    let started = 0;
    const observer = new MutationObserver(() => {
      if (complete(container, lastLabel)) finish(started);
    });
    observer.observe(container, { childList: true, subtree: true, attributes: true });
    started = performance.now();
    ReactDOM.render(
      <StatusReportApp
        repository={repository}
        host="sharepoint"
        theme={hostTheme('default')}
        view="report"
        objectKey={snapshot.report.header.objectKey}
        locale={uiLanguage()}
        userDisplayName="Bänk Testsson"
      />,
      container
    );
    if (complete(container, lastLabel)) finish(started);
  });
}

async function gitsRenderBench(runs = 7, kpiCount = 60, quarters = 20): Promise<IRenderBenchResult> {
  await renderOnce(kpiCount, quarters); // warm-up: JIT, fonts, chart.js registration
  const times: number[] = [];
  let renderedKpiRows = 0;
  for (let i = 0; i < runs; i++) {
    const { ms, rows } = await renderOnce(kpiCount, quarters);
    times.push(ms);
    renderedKpiRows = rows;
  }
  return { runs: times, medianMs: median(times), kpiCount, quarters, renderedKpiRows };
}

export interface IRenderPairedResult {
  readonly webPartMs: readonly number[];
  readonly plainMs: readonly number[];
  readonly ratio: number;
  readonly renderedKpiRows: number;
  readonly plainRows: number;
}

async function gitsRenderPaired(pairs = 15, kpiCount = 60, quarters = 20): Promise<IRenderPairedResult> {
  await renderOnce(kpiCount, quarters);
  await renderPlainOnce(kpiCount, quarters);
  const webPartMs: number[] = [];
  const plainMs: number[] = [];
  const ratios: number[] = [];
  let renderedKpiRows = 0;
  let plainRows = 0;
  for (let i = 0; i < pairs; i++) {
    let ours: { ms: number; rows: number };
    let plain: { ms: number; rows: number };
    if (i % 2 === 0) {
      ours = await renderOnce(kpiCount, quarters);
      plain = await renderPlainOnce(kpiCount, quarters);
    } else {
      plain = await renderPlainOnce(kpiCount, quarters);
      ours = await renderOnce(kpiCount, quarters);
    }
    webPartMs.push(ours.ms);
    plainMs.push(plain.ms);
    ratios.push(ours.ms / plain.ms);
    renderedKpiRows = ours.rows;
    plainRows = plain.rows;
  }
  return { webPartMs, plainMs, ratio: median(ratios), renderedKpiRows, plainRows };
}

initializeIcons(ICON_FONT_BASE_URL, { disableWarnings: true });
(window as unknown as { gitsRenderBench: typeof gitsRenderBench }).gitsRenderBench = gitsRenderBench;
(window as unknown as { gitsRenderPaired: typeof gitsRenderPaired }).gitsRenderPaired = gitsRenderPaired;
document.documentElement.setAttribute('data-bench-ready', 'true');
