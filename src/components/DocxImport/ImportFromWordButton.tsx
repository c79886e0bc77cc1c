import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { IButton } from '@fluentui/react/lib/Button';
import { DocxImportPanel } from './DocxImport';
import type { IDocxImportProps } from './DocxImport';
import { message } from '../../messages';

export interface IImportFromWordButtonProps extends Omit<IDocxImportProps, 'onCancel'> {
  readonly id?: string;
  readonly disabled?: boolean;
  /** Called when the panel closes (e.g. to reload the report view after an import). */
  readonly onClosed?: () => void;
}

/**
 * "Importera från Word" for a toolbar: opens the import panel and gives the focus back to the
 * button when the panel closes. Opening a report from the panel closes it first.
 */
export function ImportFromWordButton(props: IImportFromWordButtonProps): JSX.Element {
  const [open, setOpen] = React.useState(false);
  const button = React.useRef<IButton>(null);
  const close = (): void => {
    setOpen(false);
    if (props.onClosed) props.onClosed();
    // After the panel's own focus handling has run.
    window.setTimeout(() => button.current?.focus(), 0);
  };
  return (
    <>
      <DefaultButton
        id={props.id}
        componentRef={button}
        iconProps={{ iconName: 'WordDocument' }}
        text={message('import.open')}
        disabled={props.disabled}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      />
      <DocxImportPanel
        isOpen={open}
        onDismiss={close}
        repository={props.repository}
        locale={props.locale}
        defaultObjectKey={props.defaultObjectKey}
        onOpenReport={
          props.onOpenReport
            ? (reportId: number, objectKey: string) => {
                setOpen(false);
                if (props.onClosed) props.onClosed();
                (props.onOpenReport as (id: number, key: string) => void)(reportId, objectKey);
              }
            : undefined
        }
      />
    </>
  );
}
