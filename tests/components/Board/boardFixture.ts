// Board records for the component tests: SHVO's Q3 2025 report handled at the meeting of
// 2025-11-13 with one assignment to be answered in the Q4 2025 report, and the calendar of 2026.
import type { IAssignment, IBoardHandling, IBoardMeeting, IReportingBackItem } from '../../../src/domain/board/model';
import { MemoryBoardServices, type IMemoryBoardOptions } from '../../../workbench/src/memoryBoard';

export { MemoryBoardServices };

export const MEETINGS: readonly IBoardMeeting[] = [
  { date: '2025-11-13', title: 'GITS ledningsråd 2025-11-13' },
  { date: '2026-02-12', title: 'GITS ledningsråd 2026-02-12' },
  { date: '2026-05-07', title: 'GITS ledningsråd 2026-05-07' }
];

export const SAMSA_ASSIGNMENT: IAssignment = {
  key: 'SHVO-2025Q3-1',
  objectKey: 'SHVO',
  text: 'Redovisa en plan för avvecklingen av SAMSA it-tjänst.',
  givenFor: { year: 2025, quarter: 3 },
  meetingDate: '2025-11-13',
  answerBy: { year: 2025, quarter: 4 },
  state: 'open'
};

/** The team's answer to SAMSA_ASSIGNMENT in its Q4 2025 report. */
export const SAMSA_ANSWER: IReportingBackItem = {
  assignmentKey: 'SHVO-2025Q3-1',
  assignment: SAMSA_ASSIGNMENT.text,
  givenFor: { year: 2025, quarter: 3 },
  answerBy: { year: 2025, quarter: 4 },
  status: 'ongoing',
  answer: 'Planen tas fram med VVG; klar i mars.'
};

export const Q3_HANDLING: IBoardHandling = {
  objectKey: 'SHVO',
  period: { year: 2025, quarter: 3 },
  meetingDate: '2025-11-13',
  notes: 'Ledningsrådet noterade rapporten.',
  decisions: [{ text: 'Rapporten läggs till handlingarna.', minutesReference: 'Protokoll 2025-11-13 § 4' }],
  assignmentKeys: ['SHVO-2025Q3-1']
};

export const RECORDER = { displayName: 'Anna Approver', email: 'approver@example.org' };

/** A board with the calendar, the Q3 handling and its open assignment; the user may record unless told otherwise. */
export function boardWith(options: IMemoryBoardOptions = {}): MemoryBoardServices {
  return new MemoryBoardServices({
    meetings: MEETINGS,
    handlings: [Q3_HANDLING],
    assignments: [SAMSA_ASSIGNMENT],
    user: RECORDER,
    now: () => new Date('2026-01-20T10:00:00Z'),
    ...options
  });
}
