/**
 * Shared pieces of the editor's form: a text field bound to a draft path with its inline error,
 * and a list of rows with add / move up / move down / remove buttons (no drag-only actions).
 */
import * as React from 'react';
import { DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { type ITextFieldStyles, TextField } from '@fluentui/react/lib/TextField';
import type { IFieldError, IReportDraft, RowSection } from '../draft/types';
import { getRows } from '../draft/rows';
import { newRowId } from '../draft/convert';
import type { DraftAction } from '../state/draftReducer';
import styles from '../ReportEditor.module.scss';
import { message } from '../../../messages';

/** DOM id of the input for a draft path (error summary links focus it). */
export function fieldId(path: string): string {
  return `gits-ed-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** What every section needs from the editor. */
export interface IFormContext {
  /** Applies a change to the draft (the section reducers in state/). */
  readonly dispatch: (action: DraftAction) => void;
  /** The error to show next to a field now (touched or after a save attempt). */
  readonly errorFor: (path: string) => IFieldError | undefined;
  readonly touch: (path: string) => void;
  /** Says something to screen readers (row added, moved, removed). */
  readonly announce: (text: string) => void;
  /** Focuses an element by id after the next render. */
  readonly focusLater: (id: string) => void;
  /** The user may not edit (no edit permission): fields are read-only and row buttons hidden. */
  readonly readOnly?: boolean;
}

export interface ITextInputProps {
  readonly ctx: IFormContext;
  readonly path: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly multiline?: boolean;
  readonly required?: boolean;
  readonly description?: string;
  readonly placeholder?: string;
}

interface IFieldViewProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly multiline?: boolean;
  readonly required?: boolean;
  readonly description?: string;
  readonly placeholder?: string;
  /** Localized error text, or undefined. */
  readonly errorText?: string;
  readonly readOnly?: boolean;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
}

/**
 * Whether the browser sizes a textarea to its content itself (CSS `field-sizing: content`:
 * Chromium and Edge from 123). Fluent's `autoAdjustHeight` instead measures every multiline field
 * when it mounts (it clears the height and reads `scrollHeight`), one forced layout of the whole
 * editor per field, 75 of them for the seed's report: opening the editor went from 415 to 371 ms
 * without them (24 interleaved opens, 19 faster). Browsers without the property keep Fluent's
 * measuring.
 */
export function sizesTextareaToContent(): boolean {
  const css = typeof window !== 'undefined' ? (window as { CSS?: { supports?: (property: string, value: string) => boolean } }).CSS : undefined;
  return !!css && typeof css.supports === 'function' && css.supports('field-sizing', 'content');
}

/** A multiline field that grows with its text, as Fluent's autoAdjustHeight does, without scroll bar. */
const CONTENT_SIZED_FIELD: Partial<ITextFieldStyles> = { field: { fieldSizing: 'content', overflow: 'hidden' } as ITextFieldStyles['field'] };

/**
 * The Fluent TextField itself, re-rendered only when what it shows changes: typing in one field
 * must not re-render the other fifty. Handlers are ignored by the comparison because they only
 * apply functional updates for this field's path, so an older one does the same thing.
 */
const FieldView = React.memo(
  function FieldView(props: IFieldViewProps): JSX.Element {
    const contentSized = sizesTextareaToContent();
    return (
      <TextField
        id={props.id}
        label={props.label}
        value={props.value}
        multiline={props.multiline}
        autoAdjustHeight={props.multiline && !contentSized}
        styles={props.multiline && contentSized ? CONTENT_SIZED_FIELD : undefined}
        required={props.required}
        description={props.description}
        placeholder={props.placeholder}
        onChange={(_e, value) => props.onChange(value ?? '')}
        onBlur={props.onBlur}
        errorMessage={props.errorText}
        readOnly={props.readOnly}
      />
    );
  },
  (a: IFieldViewProps, b: IFieldViewProps) =>
    a.readOnly === b.readOnly &&
    a.id === b.id &&
    a.label === b.label &&
    a.value === b.value &&
    a.multiline === b.multiline &&
    a.required === b.required &&
    a.description === b.description &&
    a.placeholder === b.placeholder &&
    a.errorText === b.errorText
);

/** A Fluent TextField showing its localized error right below itself. */
export function TextInput(props: ITextInputProps): JSX.Element {
  const { ctx, path } = props;
  const error = ctx.errorFor(path);
  return (
    <FieldView
      id={fieldId(path)}
      label={props.label}
      value={props.value}
      multiline={props.multiline}
      required={props.required}
      description={props.description}
      placeholder={props.placeholder}
      onChange={props.onChange}
      onBlur={() => ctx.touch(path)}
      errorText={error ? message(error.messageKey, error.params) : undefined}
      readOnly={ctx.readOnly}
    />
  );
}

export interface IChoiceOption {
  readonly key: string;
  readonly text: string;
}

export interface ISelectFieldProps {
  readonly id: string;
  readonly label: string;
  readonly required?: boolean;
  readonly options: readonly IChoiceOption[];
  readonly selectedKey?: string;
  readonly errorText?: string;
  readonly disabled?: boolean;
  readonly onChange: (key: string) => void;
}

/** A Fluent Dropdown (keyboard operable listbox), memoized like the text fields. */
export const SelectField = React.memo(
  function SelectField(props: ISelectFieldProps): JSX.Element {
    return (
      <Dropdown
        id={props.id}
        label={props.label}
        required={props.required}
        options={props.options.map((o) => ({ key: o.key, text: o.text }))}
        selectedKey={props.selectedKey}
        onChange={(_e, option) => option && props.onChange(String(option.key))}
        errorMessage={props.errorText}
        disabled={props.disabled}
      />
    );
  },
  (a: ISelectFieldProps, b: ISelectFieldProps) =>
    a.disabled === b.disabled &&
    a.id === b.id &&
    a.label === b.label &&
    a.required === b.required &&
    a.selectedKey === b.selectedKey &&
    a.errorText === b.errorText &&
    a.options.length === b.options.length &&
    a.options.every((o, i) => o.key === b.options[i].key && o.text === b.options[i].text)
);

interface IRowButtonsProps {
  readonly section: RowSection;
  readonly rowId: string;
  readonly name: string;
  readonly index: number;
  readonly count: number;
  readonly onMove: (delta: number) => void;
  readonly onRemove: () => void;
}

/** Move up / move down / remove of one row; re-rendered only when the row's place changes. */
const RowButtons = React.memo(
  function RowButtons(props: IRowButtonsProps): JSX.Element {
    const { section, rowId, name, index, count } = props;
    return (
      <div className={styles.rowActions}>
        <IconButton
          id={fieldId(`${section}.${rowId}.up`)}
          iconProps={{ iconName: 'ChevronUp' }}
          title={message('editor.row.moveUp', [name])}
          ariaLabel={message('editor.row.moveUp', [name])}
          disabled={index === 0}
          onClick={() => props.onMove(-1)}
        />
        <IconButton
          id={fieldId(`${section}.${rowId}.down`)}
          iconProps={{ iconName: 'ChevronDown' }}
          title={message('editor.row.moveDown', [name])}
          ariaLabel={message('editor.row.moveDown', [name])}
          disabled={index === count - 1}
          onClick={() => props.onMove(1)}
        />
        <IconButton
          iconProps={{ iconName: 'Delete' }}
          title={message('editor.row.remove', [name])}
          ariaLabel={message('editor.row.remove', [name])}
          onClick={props.onRemove}
        />
      </div>
    );
  },
  (a: IRowButtonsProps, b: IRowButtonsProps) =>
    a.section === b.section && a.rowId === b.rowId && a.name === b.name && a.index === b.index && a.count === b.count
);

export interface IRowListProps<T extends { readonly id: string }> {
  readonly ctx: IFormContext;
  readonly draft: IReportDraft;
  readonly section: RowSection;
  /** Heading (level 3) of the list when it is not the whole section's. */
  readonly title?: string;
  /** Id of the heading naming the list when `title` is not given. */
  readonly labelledBy?: string;
  /** Accessible name of row n (1-based): "händelse 1". */
  readonly rowName: (n: number) => string;
  readonly addLabel: string;
  /** Field of a row that gets focus when the row is added. */
  readonly firstField: string;
  readonly renderRow: (row: T, index: number) => JSX.Element;
}

/** An ordered list of rows with keyboard-operable add, move and remove buttons. */
export function RowList<T extends { readonly id: string }>(props: IRowListProps<T>): JSX.Element {
  const { ctx, draft, section } = props;
  const rows = getRows(draft, section) as unknown as readonly T[];
  const headingId = fieldId(`${section}-title`);
  const addId = fieldId(`${section}-add`);

  const add = (): void => {
    const n = rows.length + 1;
    const id = newRowId();
    ctx.dispatch({ type: 'rows/add', section, id });
    ctx.focusLater(fieldId(`${section}.${id}.${props.firstField}`));
    ctx.announce(message('editor.row.added', [props.rowName(n)]));
  };
  const move = (row: T, index: number, delta: number): void => {
    ctx.dispatch({ type: 'rows/move', section, id: row.id, delta });
    const to = index + delta;
    // Keep focus on the same button of the moved row; at an end, on the other button.
    const atEnd = to === 0 || to === rows.length - 1;
    ctx.focusLater(fieldId(`${section}.${row.id}.${atEnd ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down'}`));
    ctx.announce(message('editor.row.moved', [to + 1, rows.length]));
  };
  const remove = (row: T, index: number): void => {
    ctx.dispatch({ type: 'rows/remove', section, id: row.id });
    const next = rows[index + 1] || rows[index - 1];
    ctx.focusLater(next && next.id !== row.id ? fieldId(`${section}.${next.id}.${props.firstField}`) : addId);
    ctx.announce(message('editor.row.removed', [props.rowName(index + 1)]));
  };

  const list = (
    <>
      {rows.length === 0 ? <p>{message('editor.emptySection')}</p> : undefined}
      <ol aria-labelledby={props.title ? headingId : props.labelledBy}>
        {rows.map((row, index) => {
          const name = props.rowName(index + 1);
          return (
            <li key={row.id} data-row-id={row.id}>
              <fieldset>
                <legend>{name.charAt(0).toUpperCase() + name.slice(1)}</legend>
                {props.renderRow(row, index)}
                {ctx.readOnly ? undefined : (
                  <RowButtons
                    section={section}
                    rowId={row.id}
                    name={name}
                    index={index}
                    count={rows.length}
                    onMove={(delta) => move(row, index, delta)}
                    onRemove={() => remove(row, index)}
                  />
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {ctx.readOnly ? undefined : <DefaultButton id={addId} iconProps={{ iconName: 'Add' }} text={props.addLabel} onClick={add} />}
    </>
  );
  return props.title ? (
    <section aria-labelledby={headingId} className={styles.rows}>
      <h3 id={headingId}>{props.title}</h3>
      {list}
    </section>
  ) : (
    <div className={styles.rows}>{list}</div>
  );
}
