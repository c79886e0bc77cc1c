import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import type { Assessment } from '../../domain/model';
import styles from './shared.module.scss';
import { message } from '../../messages';

const ICONS: Record<Assessment, string> = {
  good: 'CompletedSolid',
  attention: 'WarningSolid',
  problem: 'ErrorBadge',
  notAssessed: 'CircleRing'
};

export function assessmentLabel(assessment: Assessment): string {
  switch (assessment) {
    case 'good':
      return message('assessment.good');
    case 'attention':
      return message('assessment.attention');
    case 'problem':
      return message('assessment.problem');
    default:
      return message('assessment.notAssessed');
  }
}

/** An assessment as icon AND words, so it never depends on colour alone. */
export function AssessmentBadge(props: { readonly assessment: Assessment }): JSX.Element {
  return (
    <span className={`${styles.assessment} ${styles[props.assessment]}`} data-assessment={props.assessment}>
      <FontIcon iconName={ICONS[props.assessment]} aria-hidden={true} className={styles.assessmentIcon} />
      <span>{assessmentLabel(props.assessment)}</span>
    </span>
  );
}
