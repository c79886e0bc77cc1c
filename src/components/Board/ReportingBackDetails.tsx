/** Under a reported-back assignment on the card: its state, history and (for recorders) closing. */
import * as React from 'react';
import type { IAssignment } from '../../domain/board/model';
import type { IAssignmentHistoryEntry } from '../../domain/board/history';
import type { IBoardServices } from '../../services/IBoardServices';
import { LocaleFormatter } from '../shared/format';
import { AssignmentDetails } from './AssignmentDetails';
import { useCloseAssignment } from './BoardSection';

export interface IReportingBackDetailsProps {
  readonly board: IBoardServices;
  readonly assignment: IAssignment;
  readonly answers: readonly IAssignmentHistoryEntry[];
  readonly canRecord: boolean;
  readonly locale: string;
  readonly onChanged: () => void;
}

export function ReportingBackDetails(props: IReportingBackDetailsProps): JSX.Element {
  const formatter = React.useMemo(() => new LocaleFormatter(props.locale), [props.locale]);
  const closer = useCloseAssignment(props.board, props.onChanged);
  return (
    <>
      <AssignmentDetails assignment={props.assignment} answers={props.answers} formatter={formatter} {...(props.canRecord ? { onClose: closer.open } : {})} />
      {closer.dialog}
    </>
  );
}
