import * as React from 'react';
import type { IKpiSeries, IStatusReport } from '../../domain/model';
import { LightButton, LightMessage } from '../ReportView/lightControls';
import sharedStyles from '../shared/shared.module.scss';
import { buildReportDocx } from './buildReportDocx';
import { pngFromCanvas } from './chartImage';
import { downloadBytes } from './download';
import { docxFileName } from './fileName';
import { message } from '../../messages';

export interface IExportToWordButtonProps {
  /** The report shown (the approved snapshot's report). */
  readonly report: IStatusReport;
  readonly locale: string;
  /** The chart's series, written as its data table under the picture. */
  readonly chartSeries?: readonly IKpiSeries[];
  /** Finds the trend chart's canvas at the moment of export (it is drawn after load). */
  readonly findChartCanvas?: () => HTMLCanvasElement | undefined;
}

type ExportState = { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'done'; readonly fileName: string } | { readonly kind: 'failed' };

/** "Exportera till Word": builds the report's .docx in the browser and downloads it. */
export function ExportToWordButton(props: IExportToWordButtonProps): JSX.Element {
  const [state, setState] = React.useState<ExportState>({ kind: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const exportNow = async (): Promise<void> => {
    setState({ kind: 'busy' });
    const fileName = docxFileName(props.report.header);
    try {
      const canvas = props.findChartCanvas ? props.findChartCanvas() : undefined;
      const bytes = await buildReportDocx(props.report, {
        locale: props.locale,
        chartPng: pngFromCanvas(canvas),
        chartSeries: props.chartSeries
      });
      downloadBytes(bytes, fileName);
      if (mounted.current) setState({ kind: 'done', fileName });
    } catch {
      // The writer only throws for programming errors or a chunk that failed to load (offline).
      if (mounted.current) setState({ kind: 'failed' });
    }
  };

  const busy = state.kind === 'busy';
  return (
    <>
      {/* Light controls: Fluent's Button would pull its menu system into the reader's first bundle. */}
      <LightButton
        iconName="WordDocument"
        text={busy ? message('export.inProgress') : message('export.button')}
        description={message('export.description')}
        disabled={busy}
        allowDisabledFocus={true}
        aria-busy={busy}
        onClick={() => {
          exportNow().catch(() => undefined);
        }}
      />
      {/* A polite live region (not role=status: the report view's toolbar already has that role). */}
      <span className={sharedStyles.visuallyHidden} aria-live="polite" data-testid="word-export-status">
        {busy ? message('export.inProgress') : state.kind === 'done' ? message('export.done', [state.fileName]) : ''}
      </span>
      {state.kind === 'failed' && (
        <LightMessage kind="error" onDismiss={() => setState({ kind: 'idle' })} dismissLabel={message('common.close')}>
          {message('export.failed')}
        </LightMessage>
      )}
    </>
  );
}
