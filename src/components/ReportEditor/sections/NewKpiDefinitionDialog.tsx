import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import type { KpiCategory } from '../../../domain/model';
import { checkText } from '../draft/convert';
import { message } from '../../../messages';

const CATEGORIES: readonly (readonly [KpiCategory, () => string])[] = [
  ['users', () => message('kpiDefinition.category.users')],
  ['usage', () => message('kpiDefinition.category.usage')],
  ['communication', () => message('kpiDefinition.category.communication')],
  ['support', () => message('kpiDefinition.category.support')],
  ['documentation', () => message('kpiDefinition.category.documentation')],
  ['training', () => message('kpiDefinition.category.training')],
  ['other', () => message('kpiDefinition.category.other')]
];

export interface INewKpiDefinitionDialogProps {
  readonly existingLabels: readonly string[];
  readonly onCreate: (label: string, unit: string, category: KpiCategory) => void;
  readonly onCancel: () => void;
}

/** Creates a KPI definition (name, unit, category) for a row of the KPI table. */
export function NewKpiDefinitionDialog(props: INewKpiDefinitionDialogProps): JSX.Element {
  const [label, setLabel] = React.useState('');
  const [unit, setUnit] = React.useState('');
  const [category, setCategory] = React.useState<KpiCategory>('other');
  const [tried, setTried] = React.useState(false);
  const labelKey =
    label.trim() === ''
      ? 'validation.required'
      : label.length > 255
        ? 'validation.tooLong'
        : props.existingLabels.some((l) => l.trim().toLowerCase() === label.trim().toLowerCase())
          ? 'validation.duplicateKpiKey'
          : checkText(label, { singleLine: true });
  const unitKey = unit.length > 255 ? 'validation.tooLong' : checkText(unit, { singleLine: true });
  const create = (): void => {
    setTried(true);
    if (!labelKey && !unitKey) {
      props.onCreate(label.trim(), unit.trim(), category);
    }
  };
  return (
    <Dialog
      hidden={false}
      onDismiss={props.onCancel}
      dialogContentProps={{ type: DialogType.normal, title: message('kpiDefinition.dialogTitle') }}
      modalProps={{ isBlocking: true, isAlert: false }}
    >
      <TextField
        label={message('kpiDefinition.label')}
        required
        value={label}
        onChange={(_e, v) => setLabel(v ?? '')}
        errorMessage={tried && labelKey ? message(labelKey, { max: 255, length: label.length }) : undefined}
      />
      <TextField
        label={message('kpiDefinition.unit')}
        value={unit}
        onChange={(_e, v) => setUnit(v ?? '')}
        errorMessage={tried && unitKey ? message(unitKey, { max: 255, length: unit.length }) : undefined}
      />
      <Dropdown
        label={message('kpiDefinition.category')}
        options={CATEGORIES.map(([key, text]) => ({ key, text: text() }))}
        selectedKey={category}
        onChange={(_e, option) => option && setCategory(option.key as KpiCategory)}
      />
      <DialogFooter>
        <PrimaryButton text={message('kpiDefinition.create')} onClick={create} />
        <DefaultButton text={message('common.cancel')} onClick={props.onCancel} />
      </DialogFooter>
    </Dialog>
  );
}
