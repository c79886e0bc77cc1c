import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import type { KpiCategory } from '../../../domain/model';
import { checkText } from '../draft/convert';
import { message, strings } from '../strings';

const CATEGORIES: readonly (readonly [KpiCategory, () => string])[] = [
  ['users', () => strings.CategoryUsers],
  ['usage', () => strings.CategoryUsage],
  ['communication', () => strings.CategoryCommunication],
  ['support', () => strings.CategorySupport],
  ['documentation', () => strings.CategoryDocumentation],
  ['training', () => strings.CategoryTraining],
  ['other', () => strings.CategoryOther]
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
      ? 'ErrorRequired'
      : label.length > 255
        ? 'ErrorTooLong'
        : props.existingLabels.some((l) => l.trim().toLowerCase() === label.trim().toLowerCase())
          ? 'ErrorDuplicateKpiKey'
          : checkText(label, { singleLine: true });
  const unitKey = unit.length > 255 ? 'ErrorTooLong' : checkText(unit, { singleLine: true });
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
      dialogContentProps={{ type: DialogType.normal, title: strings.CreateKpiDefinitionTitle }}
      modalProps={{ isBlocking: true, isAlert: false }}
    >
      <TextField
        label={strings.KpiDefinitionLabel}
        required
        value={label}
        onChange={(_e, v) => setLabel(v ?? '')}
        errorMessage={tried && labelKey ? message(labelKey, { max: 255, length: label.length }) : undefined}
      />
      <TextField
        label={strings.KpiDefinitionUnit}
        value={unit}
        onChange={(_e, v) => setUnit(v ?? '')}
        errorMessage={tried && unitKey ? message(unitKey, { max: 255, length: unit.length }) : undefined}
      />
      <Dropdown
        label={strings.KpiDefinitionCategory}
        options={CATEGORIES.map(([key, text]) => ({ key, text: text() }))}
        selectedKey={category}
        onChange={(_e, option) => option && setCategory(option.key as KpiCategory)}
      />
      <DialogFooter>
        <PrimaryButton text={strings.CreateKpiDefinition} onClick={create} />
        <DefaultButton text={strings.Cancel} onClick={props.onCancel} />
      </DialogFooter>
    </Dialog>
  );
}
