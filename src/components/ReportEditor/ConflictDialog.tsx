import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import type { IStatusReport } from '../../domain/model';
import { chooseAll, diffReports, type IFieldDifference, type MergeChoice } from './merge';
import styles from './ReportEditor.module.scss';
import { message, type MessageKey } from '../../messages';

export interface IConflictDialogProps {
  readonly mine: IStatusReport;
  readonly theirs: IStatusReport;
  readonly busy: boolean;
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
  readonly onMerge: (choices: Readonly<Record<string, MergeChoice>>) => void;
  /** Closes the dialog without writing; the draft stays, and the next save compares again. */
  readonly onCancel: () => void;
}

const ASSESSMENT_KEYS: Readonly<Record<string, MessageKey>> = {
  good: 'assessment.good',
  attention: 'assessment.attention',
  problem: 'assessment.problem',
  notAssessed: 'assessment.notAssessed'
};

function assessmentText(key: string): string {
  return message(ASSESSMENT_KEYS[key] ?? 'validation.generic');
}

function Version(props: { readonly title: string; readonly lines: readonly string[]; readonly kind: IFieldDifference['kind'] }): JSX.Element {
  const lines = props.kind === 'assessment' ? props.lines.map(assessmentText) : props.lines;
  return (
    <div>
      <h4>{props.title}</h4>
      {lines.length === 0 ? (
        <p>{message('conflict.empty')}</p>
      ) : (
        lines.map((line, i) => <p key={i}>{line}</p>)
      )}
    </div>
  );
}

/**
 * Shown when someone else saved the report meanwhile: both versions field by field, a choice
 * per field, and the shortcuts keep mine / take theirs. Nothing is written until the user picks.
 */
export function ConflictDialog(props: IConflictDialogProps): JSX.Element {
  const differences = React.useMemo(() => diffReports(props.mine, props.theirs), [props.mine, props.theirs]);
  const [choices, setChoices] = React.useState<Record<string, MergeChoice>>(() => chooseAll(differences, 'mine'));
  return (
    <Dialog
      hidden={false}
      onDismiss={undefined}
      minWidth="min(720px, 95vw)"
      dialogContentProps={{ type: DialogType.normal, title: message('conflict.title'), subText: message('conflict.text') }}
      modalProps={{ isBlocking: true, isAlert: false }}
    >
      {differences.length === 0 ? <p>{message('conflict.noDifferences')}</p> : undefined}
      {differences.map((d) => {
        const label = d.detail ? `${message(d.labelKey)}: ${d.detail}` : message(d.labelKey);
        return (
          <fieldset key={d.id} data-field={d.id} className={styles.conflictField}>
            <legend>{label}</legend>
            <div className={styles.conflictVersions}>
              <Version title={message('conflict.mine')} lines={d.mine} kind={d.kind} />
              <Version title={message('conflict.theirs')} lines={d.theirs} kind={d.kind} />
            </div>
            <ChoiceGroup
              label={message('conflict.chooseFor', [label])}
              selectedKey={choices[d.id] ?? 'mine'}
              options={[
                { key: 'mine', text: message('conflict.mine') },
                { key: 'theirs', text: message('conflict.theirs') }
              ]}
              onChange={(_e, option) => option && setChoices((c) => ({ ...c, [d.id]: option.key as MergeChoice }))}
            />
          </fieldset>
        );
      })}
      <DialogFooter>
        <PrimaryButton text={message('conflict.saveMerged')} onClick={() => props.onMerge(choices)} disabled={props.busy} />
        <DefaultButton text={message('conflict.keepMine')} onClick={props.onKeepMine} disabled={props.busy} />
        <DefaultButton text={message('conflict.takeTheirs')} onClick={props.onTakeTheirs} disabled={props.busy} />
        <DefaultButton text={message('common.cancel')} onClick={props.onCancel} disabled={props.busy} />
      </DialogFooter>
    </Dialog>
  );
}
