/**
 * From the portfolio: a board meeting's pack for a quarter, printed (window.print with the
 * print stylesheet: the pack alone, every section expanded) or downloaded as one Word document.
 */
import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { quarterDueOn } from '../../domain/board/due';
import { isoDay } from '../../domain/board/nextReport';
import type { IQuarter } from '../../domain/model';
import { addQuarters, formatQuarter } from '../../domain/quarter';
import { message } from '../../messages';
import type { IPortfolioEntry } from '../../services/IReportReader';
import { useServices } from '../../services/ServicesContext';
import { localizeError } from '../../services/useAsyncData';
import { LightButton, LightMessage } from '../ReportView/lightControls';
import { LocaleFormatter } from '../shared/format';
import { downloadPack } from './downloadPack';
import { loadMeetingPack, type IMeetingPack } from './packData';
import { PackView } from './PackView';
import styles from './Board.module.scss';

export interface IMeetingPackProps {
  readonly portfolio: readonly IPortfolioEntry[];
  /** The pack is shown (the portfolio is then left out of print). */
  readonly onShown: (shown: boolean) => void;
}

/** The quarters offered: the one due now first, then the three before it. */
export function packQuarters(today: string): IQuarter[] {
  const due = quarterDueOn(today);
  return [0, -1, -2, -3].map((n) => addQuarters(due, n));
}

type PackState =
  | { readonly kind: 'closed' }
  | { readonly kind: 'loading'; readonly print: boolean }
  | { readonly kind: 'shown'; readonly pack: IMeetingPack; readonly print: boolean }
  | { readonly kind: 'failed'; readonly text: string };

export function MeetingPack(props: IMeetingPackProps): JSX.Element {
  const { reports, board, locale, now } = useServices();
  const formatter = React.useMemo(() => new LocaleFormatter(locale), [locale]);
  const today = isoDay(now());
  const quarters = React.useMemo(() => packQuarters(today), [today]);
  const [periodKey, setPeriodKey] = React.useState(formatQuarter(quarters[0]));
  const [state, setState] = React.useState<PackState>({ kind: 'closed' });
  const period = quarters.find((q) => formatQuarter(q) === periodKey) ?? quarters[0];
  const { onShown } = props;

  const read = (): Promise<IMeetingPack> => {
    if (!board) return Promise.reject(new Error('no board'));
    const ordered = props.portfolio.slice().sort((a, b) => a.object.title.localeCompare(b.object.title, formatter.numberLocale));
    return loadMeetingPack(reports, board, ordered, period, today);
  };

  const show = (print: boolean): void => {
    setState({ kind: 'loading', print });
    read().then(
      (pack) => setState({ kind: 'shown', pack, print }),
      (error: unknown) => setState({ kind: 'failed', text: localizeError(error) })
    );
  };

  const [downloading, setDownloading] = React.useState(false);
  const download = (): void => {
    setDownloading(true);
    read()
      .then((shown) => downloadPack(shown.pack, locale))
      .then(
        () => setDownloading(false),
        (error: unknown) => {
          setDownloading(false);
          // A read that failed says why; anything else failed while writing the document.
          const known = typeof error === 'object' && error !== null && 'messageKey' in error;
          setState({ kind: 'failed', text: known ? localizeError(error) : message('boardUi.pack.downloadFailed') });
        }
      );
  };

  React.useEffect(() => {
    onShown(state.kind === 'shown');
    if (state.kind === 'shown' && state.print) {
      // After the pack has rendered; printing happens once per click.
      window.print();
      setState({ ...state, print: false });
    }
  }, [state, onShown]);

  return (
    <>
      <div className={styles.packTools} role="group" aria-label={message('boardUi.pack.tools')}>
        <label>
          <span>{message('boardUi.pack.quarter')}</span>
          <select id="gits-pack-quarter" value={periodKey} onChange={(e) => setPeriodKey(e.target.value)}>
            {quarters.map((q) => (
              <option key={formatQuarter(q)} value={formatQuarter(q)}>
                {formatter.quarter(q)}
              </option>
            ))}
          </select>
        </label>
        <LightButton iconName="Print" text={message('boardUi.pack.print')} onClick={() => show(true)} disabled={state.kind === 'loading'} />
        <LightButton iconName="Preview" text={message('boardUi.pack.show')} onClick={() => show(false)} disabled={state.kind === 'loading'} />
        <LightButton
          iconName="WordDocument"
          text={downloading ? message('boardUi.pack.downloading') : message('boardUi.pack.download')}
          onClick={download}
          disabled={downloading}
          aria-busy={downloading}
        />
        {state.kind === 'shown' ? <LightButton iconName="Cancel" text={message('boardUi.pack.close')} onClick={() => setState({ kind: 'closed' })} /> : undefined}
      </div>
      {state.kind === 'loading' ? <Spinner label={message('common.loading')} /> : undefined}
      {state.kind === 'failed' ? (
        <LightMessage kind="error" onDismiss={() => setState({ kind: 'closed' })} dismissLabel={message('common.close')}>
          {state.text}
        </LightMessage>
      ) : undefined}
      {state.kind === 'shown' ? <PackView pack={state.pack} locale={locale} /> : undefined}
    </>
  );
}
