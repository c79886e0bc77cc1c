/**
 * The judged status: the overall judgement and each dimension, a status (radio buttons with
 * words) and a comment required below "Enligt plan". A judgement carried over from the previous
 * quarter says so and can be confirmed as it stands; changing it confirms it too.
 */
import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import type { Assessment } from '../../../domain/model';
import { JUDGEMENT_STATUSES, JUDGEMENT_TARGETS, needsComment, type JudgementTarget } from '../../../domain/judgement';
import { message } from '../../../messages';
import { assessmentLabel } from '../../shared/assessment';
import { judgementTargetLabel } from '../../Judgement/judgementLabels';
import { fieldId, TextInput, type IFormContext } from './formKit';
import styles from '../ReportEditor.module.scss';

const READ_ONLY_GROUP_STYLES = { label: { color: 'inherit' } };

function JudgementFields(props: { readonly ctx: IFormContext; readonly target: JudgementTarget; readonly status: Assessment; readonly comment: string; readonly carriedOver: boolean }): JSX.Element {
  const { ctx, target } = props;
  const name = judgementTargetLabel(target);
  const options: IChoiceGroupOption[] = JUDGEMENT_STATUSES.map((status) => ({ key: status, text: assessmentLabel(status) }));
  const legendId = fieldId(`judgements.${target}-legend`);
  return (
    <fieldset className={styles.judgement} data-judgement={target} aria-labelledby={legendId}>
      <legend id={legendId}>{name}</legend>
      {props.carriedOver ? (
        <div className={styles.carriedOver} id={fieldId(`judgements.${target}.carried`)}>
          <p>{message('editor.judgement.carriedOver')}</p>
          {ctx.readOnly ? undefined : (
            <DefaultButton
              id={fieldId(`judgements.${target}.confirm`)}
              text={message('editor.judgement.confirm')}
              ariaLabel={message('editor.judgement.confirmNamed', [name])}
              onClick={() => {
                ctx.dispatch({ type: 'judgements/confirm', target });
                ctx.announce(message('editor.judgement.confirmed', [name]));
                ctx.focusLater(fieldId(`judgements.${target}.status`));
              }}
            />
          )}
        </div>
      ) : undefined}
      <ChoiceGroup
        id={fieldId(`judgements.${target}.status`)}
        label={message('editor.judgement.status', [name])}
        options={options}
        selectedKey={props.status}
        disabled={ctx.readOnly}
        // Read only (an approver's review): the group's name stays body text, readable at 4.5:1;
        // only the options themselves look disabled.
        styles={ctx.readOnly ? READ_ONLY_GROUP_STYLES : undefined}
        onChange={(_e, option) => option && ctx.dispatch({ type: 'judgements/setStatus', target, status: option.key as Assessment })}
      />
      <TextInput
        ctx={ctx}
        path={`judgements.${target}.comment`}
        label={message('editor.judgement.comment', [name])}
        description={message('editor.judgement.commentHint')}
        required={needsComment(props.status)}
        multiline
        value={props.comment}
        onChange={(comment) => ctx.dispatch({ type: 'judgements/setComment', target, comment })}
      />
    </fieldset>
  );
}

export function JudgementSection(props: { readonly ctx: IFormContext; readonly judgements: Readonly<Record<JudgementTarget, { readonly status: Assessment; readonly comment: string; readonly carriedOver?: true }>> }): JSX.Element {
  const { ctx, judgements } = props;
  const unconfirmed = JUDGEMENT_TARGETS.filter((t) => judgements[t].carriedOver);
  return (
    <section aria-labelledby="gits-ed-section-judgements" className={styles.section}>
      <h2 id="gits-ed-section-judgements">{message('editor.section.judgements')}</h2>
      <p>{message('editor.judgement.intro')}</p>
      {unconfirmed.length > 1 && !ctx.readOnly ? (
        <DefaultButton
          id={fieldId('judgements-confirm-all')}
          text={message('editor.judgement.confirmAll', [unconfirmed.length])}
          onClick={() => {
            ctx.dispatch({ type: 'judgements/confirmAll' });
            ctx.announce(message('editor.judgement.allConfirmed'));
          }}
        />
      ) : undefined}
      {JUDGEMENT_TARGETS.map((target) => (
        <JudgementFields
          key={target}
          ctx={ctx}
          target={target}
          status={judgements[target].status}
          comment={judgements[target].comment}
          carriedOver={judgements[target].carriedOver === true}
        />
      ))}
    </section>
  );
}
