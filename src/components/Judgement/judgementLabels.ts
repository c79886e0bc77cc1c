import type { JudgementTarget } from '../../domain/judgement';
import { message } from '../../messages';

/** The name of a judgement as the reader sees it ("Samlad bedömning", "Ekonomi"). */
export function judgementTargetLabel(target: JudgementTarget): string {
  switch (target) {
    case 'overall':
      return message('judgement.overall');
    case 'delivery':
      return message('judgement.delivery');
    case 'economy':
      return message('judgement.economy');
    case 'resources':
      return message('judgement.resources');
    default:
      return message('judgement.risks');
  }
}
