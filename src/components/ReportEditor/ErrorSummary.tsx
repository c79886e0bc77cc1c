import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import type { IFieldError } from './draft/types';
import { fieldId } from './sections/formKit';
import styles from './ReportEditor.module.scss';
import { message } from '../../messages';

export interface IErrorSummaryProps {
  readonly errors: readonly IFieldError[];
  /** Name of the field at a path, for the summary's links. */
  readonly labelFor: (path: string) => string;
}

/**
 * Every field error in one list at the top of the form; each entry moves focus to its field.
 * Focusable itself so the editor can move focus here when a save is refused.
 */
export const ErrorSummary = React.forwardRef<HTMLDivElement, IErrorSummaryProps>(function ErrorSummary(props, ref): JSX.Element {
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="gits-ed-error-summary-title" className={styles.errorSummary}>
      <h2 id="gits-ed-error-summary-title">{message('editor.errorSummary', [props.errors.length])}</h2>
      <ul>
        {props.errors.map((error) => (
          <li key={error.path}>
            <Link
              onClick={() => {
                const element = document.getElementById(fieldId(error.path));
                if (element) element.focus();
              }}
            >
              {`${props.labelFor(error.path)}: ${message(error.messageKey, error.params)}`}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
});
