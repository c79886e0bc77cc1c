import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Theme } from '@fluentui/react/lib/Theme';
import type { IKpiSeries } from '../../domain/model';
import { LocaleFormatter } from '../shared/format';
import sharedStyles from '../shared/shared.module.scss';
import { LightButton, LightCheckbox } from '../ReportView/lightControls';
import type { IChartHandle } from './chartSetup';
import { pickSeriesColors } from './contrast';
import { buildChartConfig, chartSummary, IChartColors, quarterAxis, valuesOnAxis } from './trendData';
import styles from './KpiTrendChart.module.scss';
import { message } from '../../messages';

export interface IKpiTrendChartProps {
  /** Approved history, numeric KPIs only. */
  readonly series: readonly IKpiSeries[];
  readonly locale: string;
  /** KPI keys selected at first; default: the object's user KPIs. */
  readonly initialSelection?: readonly string[];
}

/** Theme colours for lines, text and grid; lines meet 3:1 against the body background. */
export function chartColorsFromTheme(theme: Theme, count: number): IChartColors {
  const background = theme.semanticColors.bodyBackground || theme.palette.white;
  const text = theme.semanticColors.bodyText || theme.palette.neutralPrimary;
  const palette = theme.palette;
  const candidates = [
    palette.themePrimary,
    palette.orangeLighter && palette.orange,
    palette.greenDark,
    palette.magentaDark,
    palette.themeDarker,
    palette.tealDark,
    palette.purple,
    palette.redDark,
    palette.themeLight,
    palette.yellow,
    palette.greenLight,
    palette.tealLight
  ];
  return {
    series: pickSeriesColors(candidates, background, Math.max(count, 1), text),
    text,
    grid: theme.palette.neutralLight || 'rgba(128, 128, 128, 0.3)'
  };
}

function defaultSelection(series: readonly IKpiSeries[]): string[] {
  const users = series.filter((one) => one.definition.category === 'users' && one.definition.unit.trim() !== '%');
  return (users.length ? users : series).slice(0, 2).map((one) => one.definition.key);
}

/**
 * The KPI trend chart: quarters on the x-axis, a chooser for the KPIs, a text summary as the
 * canvas' accessible name and a data table a keyboard user can open. chart.js is loaded on
 * demand and the chart is destroyed on unmount.
 */
export function KpiTrendChart(props: IKpiTrendChartProps): JSX.Element {
  const theme = useTheme();
  const formatter = React.useMemo(() => new LocaleFormatter(props.locale), [props.locale]);
  const idBase = React.useMemo(() => `kpi-trend-${Math.random().toString(36).slice(2, 8)}`, []);
  const [selected, setSelected] = React.useState<readonly string[]>(
    () => props.initialSelection ?? defaultSelection(props.series)
  );
  const [tableOpen, setTableOpen] = React.useState(false);
  const [loadFailed, setLoadFailed] = React.useState(false);
  const [printImage, setPrintImage] = React.useState<string | undefined>(undefined);
  const canvasRef = React.useRef<HTMLCanvasElement>(null);

  const shown = props.series.filter((one) => selected.indexOf(one.definition.key) >= 0);
  const summary = React.useMemo(
    () => chartSummary(shown, formatter),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [selected.join('|'), props.series, formatter]
  );
  // Contrast checks per candidate colour: once per theme and number of lines, not per render.
  const colors = React.useMemo(() => chartColorsFromTheme(theme, shown.length), [theme, shown.length]);
  const config = React.useMemo(
    () => buildChartConfig(shown, colors, formatter),
    // Rebuild when what is drawn changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [selected.join('|'), props.series, colors.series.join('|'), colors.text, formatter]
  );

  React.useEffect(() => {
    let chart: IChartHandle | undefined;
    let cancelled = false;
    if (!shown.length) return undefined;
    import(/* webpackChunkName: 'kpi-chart' */ './chartSetup')
      .then((chartModule) => {
        if (cancelled || !canvasRef.current) return;
        chart = chartModule.createLineChart(canvasRef.current, config);
      })
      .catch(() => {
        if (!cancelled) setLoadFailed(true);
      });
    return () => {
      cancelled = true;
      if (chart) chart.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [config]);

  // A canvas does not print reliably: swap in a snapshot image just before printing.
  React.useEffect(() => {
    const capture = (): void => {
      const canvas = canvasRef.current;
      if (!canvas) return;
      try {
        setPrintImage(canvas.toDataURL('image/png'));
      } catch {
        setPrintImage(undefined);
      }
    };
    window.addEventListener('beforeprint', capture);
    return () => window.removeEventListener('beforeprint', capture);
  }, []);

  const toggle = (key: string, checked: boolean): void => {
    setSelected((current) =>
      checked ? props.series.filter((one) => one.definition.key === key || current.indexOf(one.definition.key) >= 0).map((one) => one.definition.key)
              : current.filter((one) => one !== key)
    );
  };

  if (!props.series.length) {
    return <p className={styles.empty}>{message('chart.noHistory')}</p>;
  }

  const axis = quarterAxis(shown);
  const tableId = `${idBase}-table`;
  return (
    <div className={styles.chart} data-testid="kpi-trend-chart">
      <fieldset className={styles.chooser}>
        <legend>{message('chart.chooser')}</legend>
        {props.series.map((one) => (
          <LightCheckbox
            key={one.definition.key}
            label={one.definition.label}
            checked={selected.indexOf(one.definition.key) >= 0}
            onChange={(checked) => toggle(one.definition.key, checked)}
            className={styles.choice}
          />
        ))}
      </fieldset>

      <div className={styles.canvasBox}>
        {shown.length > 0 && !loadFailed && <canvas ref={canvasRef} role="img" aria-label={summary} className={styles.canvas} />}
        {printImage && <img src={printImage} alt={summary} className={styles.printImage} />}
        {loadFailed && <p role="alert">{message('chart.loadFailed')}</p>}
        {!shown.length && <p className={styles.empty}>{message('chart.nothingSelected')}</p>}
      </div>
      <p className={sharedStyles.visuallyHidden} aria-live="polite">
        {summary}
      </p>

      <LightButton
        className={styles.tableToggle}
        aria-expanded={tableOpen}
        aria-controls={tableId}
        onClick={() => setTableOpen((open) => !open)}
        text={tableOpen ? message('chart.hideTable') : message('chart.showTable')}
      />
      <div id={tableId} hidden={!tableOpen} className={styles.tableBox}>
        <table className={styles.table}>
          <caption>{message('chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{message('report.field.quarter')}</th>
              {shown.map((one) => (
                <th scope="col" key={one.definition.key}>
                  {one.definition.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {axis.map((quarter, row) => (
              <tr key={`${quarter.year}-${quarter.quarter}`}>
                <th scope="row">{formatter.quarter(quarter)}</th>
                {shown.map((one) => {
                  const value = valuesOnAxis(one, axis)[row];
                  return (
                    <td key={one.definition.key} className={styles.value}>
                      {value === undefined ? (
                        <>
                          <span aria-hidden={true}>–</span>
                          <span className={sharedStyles.visuallyHidden}>{message('common.valueMissing')}</span>
                        </>
                      ) : (
                        formatter.kpiValue(value, one.definition.unit)
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
