import * as React from 'react';
import type { IQuarter } from '../../../domain/model';
import type { IPortfolioEntry, PortfolioTab } from '../../../domain/portfolio';
import { message } from '../../../messages';
import { downloadBytes } from '../../DocxExport/download';
import { LightButton } from '../../ReportView/lightControls';
import type { LocaleFormatter } from '../../shared/format';
import styles from '../Portfolio.module.scss';

type ExportState = { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'done'; readonly count: number } | { readonly kind: 'failed' };

/** Exports what is shown (filter, sort and view as on screen) to an .xlsx file; the writer loads on demand. */
export function ExportButton(props: {
  readonly entries: readonly IPortfolioEntry[];
  readonly tab: PortfolioTab;
  readonly quarters: readonly IQuarter[];
  readonly formatter: LocaleFormatter;
  readonly today: Date;
}): JSX.Element {
  const [state, setState] = React.useState<ExportState>({ kind: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const run = async (): Promise<void> => {
    setState({ kind: 'busy' });
    try {
      const writer = await import(/* webpackChunkName: 'portfolio-xlsx' */ './exportWorkbook');
      const file = await writer.portfolioWorkbook(props.entries, props.tab, props.quarters, props.formatter, props.today);
      downloadBytes(file.bytes, file.fileName, writer.XLSX_MIME_TYPE);
      if (mounted.current) setState({ kind: 'done', count: file.rows });
    } catch {
      if (mounted.current) setState({ kind: 'failed' });
    }
  };
  const busy = state.kind === 'busy';
  return (
    <div className={styles.export}>
      <LightButton
        iconName="ExcelDocument"
        text={busy ? message('portfolio.exporting') : message('portfolio.export')}
        disabled={busy}
        onClick={() => {
          // run() settles its own failures into the state; nothing is left unhandled.
          run().catch(() => undefined);
        }}
      />
      <span role="status" className={styles.exportStatus}>
        {state.kind === 'done' ? message('portfolio.exported', [state.count]) : state.kind === 'failed' ? message('portfolio.exportFailed') : ''}
      </span>
    </div>
  );
}
