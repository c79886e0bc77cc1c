import * as React from 'react';
import { JUDGEMENT_DIMENSIONS, type IJudgement, type IReportJudgements } from '../../domain/judgement';
import { message } from '../../messages';
import { AssessmentBadge } from '../shared/assessment';
import { LinkedText } from '../shared/LinkedText';
import { judgementTargetLabel } from './judgementLabels';
import styles from './Judgement.module.scss';

function Comment(props: { readonly judgement: IJudgement }): JSX.Element {
  const { judgement } = props;
  return (
    <>
      {judgement.carriedOver ? <span className={styles.notConfirmed}>{message('judgement.notConfirmed')}</span> : undefined}
      {judgement.comment
        ? judgement.comment.split(/\n\n+/).map((paragraph, index) => (
            <p key={index} className={styles.comment}>
              <LinkedText text={paragraph} />
            </p>
          ))
        : undefined}
    </>
  );
}

/**
 * What the card leads with: the overall status and its comment, then each judged area. Every
 * status is an icon and its words; comments are the team's text (links only for addresses).
 */
export function JudgementSummary(props: { readonly judgements: IReportJudgements; readonly idBase: string }): JSX.Element {
  const { judgements } = props;
  return (
    <div className={styles.judgements} data-section="judgement">
      <div className={styles.overall} data-judgement="overall">
        <h3 id={`${props.idBase}-overall`} className={styles.overallHeading}>
          <span className={styles.label}>{message('judgement.overall')}: </span>
          <AssessmentBadge assessment={judgements.overall.status} />
        </h3>
        <Comment judgement={judgements.overall} />
      </div>
      <dl className={styles.dimensions} aria-label={message('judgement.dimensions')}>
        {JUDGEMENT_DIMENSIONS.map((dimension) => {
          const judgement = judgements.dimensions[dimension];
          return (
            <div key={dimension} className={styles.dimension} data-judgement={dimension}>
              <dt>{judgementTargetLabel(dimension)}</dt>
              <dd>
                <AssessmentBadge assessment={judgement.status} />
                <Comment judgement={judgement} />
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
