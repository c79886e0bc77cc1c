import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Label } from '@fluentui/react/lib/Label';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';
import type { IStatusReportRepository } from '../../data/repository/IStatusReportRepository';
import type { IManagedObject, IStatusReport } from '../../domain/model';
import { ServicesContext } from '../../services/ServicesContext';
import { LocaleFormatter } from '../shared/format';
import { ImportPreviewView } from './ImportPreview';
import { IMPORT_ACCEPT, importFileKind, loadPreviewer, MAX_IMPORT_FILE_BYTES } from './importTypes';
import type { IImportChoices, IImportPreview, ImportFileKind } from './importTypes';
import { importMessage } from './messages';
import { message } from '../../messages';

export interface IDocxImportProps {
  /** Where the draft is created; defaults to the editing services' repository from context. */
  readonly repository?: IStatusReportRepository;
  /** UI locale; defaults to the services' locale, else sv-SE. */
  readonly locale?: string;
  /** Opens a report in the editor: the created draft, or the report the quarter already has. */
  readonly onOpenReport?: (reportId: number, objectKey: string) => void;
  /** Object to choose when the document does not name one (e.g. the object the workspace shows). */
  readonly defaultObjectKey?: string;
  /** Closes the import without importing. */
  readonly onCancel?: () => void;
}

interface IChosenFile {
  readonly name: string;
  readonly size: number;
  readonly kind: ImportFileKind;
  readonly bytes: Uint8Array;
}

type Outcome =
  | { readonly kind: 'created'; readonly id: number; readonly report: IStatusReport }
  | { readonly kind: 'exists'; readonly existingId?: number; readonly report: IStatusReport }
  | { readonly kind: 'failed'; readonly message: string };

const QUARTERS: readonly number[] = [1, 2, 3, 4];

const classes = mergeStyleSets({
  form: { display: 'flex', flexDirection: 'column', gap: 12 },
  fileInput: { display: 'block', marginTop: 4 },
  choices: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' },
  choice: { minWidth: 160, flex: '1 1 160px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 16 },
  errors: { margin: '4px 0 0 16px', padding: 0 },
  hint: { display: 'block', fontSize: 12, marginTop: 4 }
});

function readFileBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

function parseYear(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * Import of an old report (Word .docx, or the text format .md/.txt) as a draft: choose the file,
 * the object and the quarter (prefilled, read-only where the document settles them), check the
 * preview, then "Importera som utkast". Nothing is written before that; an existing report for
 * the quarter is offered instead of a duplicate.
 */
export function DocxImport(props: IDocxImportProps): JSX.Element {
  const services = React.useContext(ServicesContext);
  const repository = props.repository ?? services?.editing?.repository;
  const locale = props.locale ?? services?.locale ?? 'sv-SE';
  const formatter = React.useMemo(() => new LocaleFormatter(locale), [locale]);
  const fileInputId = React.useMemo(() => `docx-import-file-${Math.random().toString(36).slice(2, 8)}`, []);

  const [objects, setObjects] = React.useState<readonly IManagedObject[]>([]);
  const [objectsError, setObjectsError] = React.useState<string | undefined>(undefined);
  const [file, setFile] = React.useState<IChosenFile | undefined>(undefined);
  const [fileError, setFileError] = React.useState<string | undefined>(undefined);
  const [objectKey, setObjectKey] = React.useState<string | undefined>(undefined);
  const [yearText, setYearText] = React.useState('');
  const [quarter, setQuarter] = React.useState<number | undefined>(undefined);
  const [preview, setPreview] = React.useState<IImportPreview | undefined>(undefined);
  const [reading, setReading] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  React.useEffect(() => {
    if (!repository) return;
    let cancelled = false;
    repository
      .listObjects()
      .then((result) => {
        if (cancelled) return;
        if (result.kind === 'ok') setObjects(result.value);
        else setObjectsError(message('import.object.loadFailed', [importMessage(result.messageKey, {}, locale)]));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [repository, locale]);

  const year = parseYear(yearText);
  // The default object only fills in an object the document does not name (a choice overrides
  // the document's own), so it waits for the first preview to tell.
  const documentObjectKey = preview?.settled.objectKey;
  const defaultObjectKey = preview && documentObjectKey === undefined ? props.defaultObjectKey : undefined;
  const chosenObjectKey = objectKey ?? defaultObjectKey;
  // The preview follows the file and the choices; the reader chunk is loaded on first use.
  React.useEffect(() => {
    if (!file) return;
    let cancelled = false;
    setReading(true);
    const choices: IImportChoices = { objectKey: chosenObjectKey, year, quarter };
    loadPreviewer()
      .then((previewer) => {
        if (cancelled) return;
        setPreview(previewer.previewImport(file.kind, file.bytes, choices));
        setReading(false);
      })
      .catch(() => {
        if (cancelled) return;
        setPreview(undefined);
        setFileError(message('import.file.readFailed'));
        setReading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [file, chosenObjectKey, year, quarter]);

  const onFileChange = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const chosen = event.target.files && event.target.files.length ? event.target.files[0] : undefined;
    setPreview(undefined);
    setOutcome(undefined);
    setFileError(undefined);
    setFile(undefined);
    // A new document settles its own object and quarter: start the choices over.
    setObjectKey(undefined);
    setYearText('');
    setQuarter(undefined);
    if (!chosen) return;
    const kind = importFileKind(chosen.name);
    if (!kind) {
      setFileError(message('import.file.unsupported'));
      return;
    }
    if (chosen.size > MAX_IMPORT_FILE_BYTES) {
      const limitMb = MAX_IMPORT_FILE_BYTES / (1024 * 1024);
      setFileError(importMessage('docx.error.tooLarge', { limitBytes: MAX_IMPORT_FILE_BYTES, limitMb, sizeBytes: chosen.size }, locale));
      return;
    }
    setReading(true);
    readFileBytes(chosen)
      .then((bytes) => {
        if (mounted.current) setFile({ name: chosen.name, size: chosen.size, kind, bytes });
      })
      .catch(() => {
        if (!mounted.current) return;
        setReading(false);
        setFileError(message('import.file.readFailed'));
      });
  };

  const settled = preview?.settled ?? {};
  const shownObjectKey = chosenObjectKey ?? settled.objectKey;
  const objectOptions: IDropdownOption[] = objects.map((object) => ({ key: object.key, text: `${object.title} (${object.key})` }));
  if (shownObjectKey && !objects.some((object) => object.key === shownObjectKey)) {
    objectOptions.push({ key: shownObjectKey, text: message('import.object.notInList', [shownObjectKey]) });
  }
  const quarterOptions: IDropdownOption[] = QUARTERS.map((q) => ({ key: q, text: `Q${q}` }));

  const reportToCreate = ((): IStatusReport | undefined => {
    const report = preview?.report;
    if (!report || preview.errors.length) return undefined;
    if (report.header.objectTitle.trim()) return report;
    // A text file without the "Förvaltningsobjekt" line: the chosen object names it.
    const object = objects.filter((candidate) => candidate.key === report.header.objectKey)[0];
    return object ? { ...report, header: { ...report.header, objectTitle: object.title } } : report;
  })();
  const created = outcome?.kind === 'created';
  const canImport = !!reportToCreate && !!repository && !saving && !reading && !created;

  const confirm = async (): Promise<void> => {
    if (!reportToCreate || !repository) return;
    setSaving(true);
    setOutcome(undefined);
    const report = reportToCreate;
    try {
      const result = await repository.createReport(report);
      if (result.kind === 'ok') {
        if (mounted.current) setOutcome({ kind: 'created', id: result.value.id, report });
      } else if (result.kind === 'alreadyExists') {
        // Never a duplicate: find the quarter's report so the user can open it instead.
        const list = await repository.listReports(report.header.objectKey);
        const period = report.header.period;
        const existing =
          list.kind === 'ok' ? list.value.filter((s) => s.period.year === period.year && s.period.quarter === period.quarter)[0] : undefined;
        if (mounted.current) setOutcome({ kind: 'exists', existingId: existing?.id, report });
      } else if (mounted.current) {
        setOutcome({ kind: 'failed', message: message('import.saveFailed', [importMessage(result.messageKey, {}, locale)]) });
      }
    } catch {
      if (mounted.current) setOutcome({ kind: 'failed', message: message('import.saveFailed', [importMessage('data.error.unexpected', {}, locale)]) });
    } finally {
      if (mounted.current) setSaving(false);
    }
  };

  const open = (id: number, key: string): void => {
    if (props.onOpenReport) props.onOpenReport(id, key);
  };

  return (
    <div className={classes.form}>
      <p>{message('import.intro')}</p>
      <div>
        <Label htmlFor={fileInputId}>{message('import.file')}</Label>
        <input id={fileInputId} className={classes.fileInput} type="file" accept={IMPORT_ACCEPT} onChange={onFileChange} disabled={saving} />
        {file && <p>{message('import.file.chosen', [file.name, formatter.number(Math.max(1, Math.round(file.size / 1024)))])}</p>}
      </div>
      {fileError && (
        <MessageBar messageBarType={MessageBarType.error} data-testid="import-file-error">
          {fileError}
        </MessageBar>
      )}
      {objectsError && <MessageBar messageBarType={MessageBarType.warning}>{objectsError}</MessageBar>}

      {file && (
        <div className={classes.choices}>
          <div className={classes.choice}>
            <Dropdown
              label={message('report.field.object')}
              placeholder={message('import.object.placeholder')}
              options={objectOptions}
              selectedKey={shownObjectKey ?? null}
              onChange={(_event, option) => setObjectKey(option ? String(option.key) : undefined)}
              disabled={saving}
            />
            {objectKey === undefined && settled.objectKey !== undefined && <span className={classes.hint}>{message('import.fromDocument')}</span>}
          </div>
          <TextField
            className={classes.choice}
            label={message('report.field.year')}
            value={settled.year !== undefined ? String(settled.year) : yearText}
            readOnly={settled.year !== undefined}
            description={settled.year !== undefined ? message('import.fromDocument') : undefined}
            inputMode="numeric"
            maxLength={4}
            onChange={(_event, value) => setYearText(value ?? '')}
            disabled={saving}
          />
          <div className={classes.choice}>
            <Dropdown
              label={message('report.field.quarter')}
              placeholder={message('import.quarter.placeholder')}
              options={quarterOptions}
              selectedKey={settled.quarter ?? quarter ?? null}
              disabled={saving || settled.quarter !== undefined}
              onChange={(_event, option) => setQuarter(option ? Number(option.key) : undefined)}
            />
            {settled.quarter !== undefined && <span className={classes.hint}>{message('import.fromDocument')}</span>}
          </div>
        </div>
      )}

      {reading && <Spinner label={message('import.reading')} />}

      {file && preview && preview.errors.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} data-testid="import-errors">
          <strong>{message('import.errors.heading')}</strong>
          <ul className={classes.errors}>
            {preview.errors.map((error, index) => (
              <li key={index}>{importMessage(error.messageKey, error.params, locale)}</li>
            ))}
          </ul>
        </MessageBar>
      )}

      {file && preview && (preview.report || preview.unplaced.length > 0) && <ImportPreviewView preview={preview} locale={locale} />}

      {outcome?.kind === 'created' && (
        <MessageBar
          messageBarType={MessageBarType.success}
          actions={props.onOpenReport ? <DefaultButton onClick={() => open(outcome.id, outcome.report.header.objectKey)} text={message('import.created.open')} /> : undefined}
        >
          {message('import.created', [outcome.report.header.objectTitle, formatter.quarter(outcome.report.header.period)])}
        </MessageBar>
      )}
      {outcome?.kind === 'exists' && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          actions={
            props.onOpenReport && outcome.existingId !== undefined ? (
              <DefaultButton onClick={() => open(outcome.existingId as number, outcome.report.header.objectKey)} text={message('import.alreadyExists.open')} />
            ) : undefined
          }
        >
          {message('import.alreadyExists', [outcome.report.header.objectTitle, formatter.quarter(outcome.report.header.period)])}
        </MessageBar>
      )}
      {outcome?.kind === 'failed' && <MessageBar messageBarType={MessageBarType.error}>{outcome.message}</MessageBar>}

      <div className={classes.actions}>
        <PrimaryButton
          text={saving ? message('import.saving') : message('import.confirm')}
          disabled={!canImport}
          allowDisabledFocus={true}
          aria-busy={saving}
          onClick={() => {
            confirm().catch(() => undefined);
          }}
        />
        {props.onCancel && <DefaultButton text={created ? message('common.close') : message('common.cancel')} onClick={props.onCancel} />}
      </div>
    </div>
  );
}

export interface IDocxImportPanelProps extends Omit<IDocxImportProps, 'onCancel'> {
  readonly isOpen: boolean;
  readonly onDismiss: () => void;
}

/** The import in a side panel (what the app mounts for editors). */
export function DocxImportPanel(props: IDocxImportPanelProps): JSX.Element {
  return (
    <Panel
      isOpen={props.isOpen}
      onDismiss={props.onDismiss}
      headerText={message('import.title')}
      closeButtonAriaLabel={message('common.close')}
      type={PanelType.medium}
      isLightDismiss={false}
    >
      {props.isOpen && (
        <DocxImport
          repository={props.repository}
          locale={props.locale}
          defaultObjectKey={props.defaultObjectKey}
          onOpenReport={props.onOpenReport}
          onCancel={props.onDismiss}
        />
      )}
    </Panel>
  );
}
