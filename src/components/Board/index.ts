// The board's views, loaded on demand by the report view (chunk 'board').
export { BoardSection, type IBoardSectionProps } from './BoardSection';
export { ReportingBackDetails, type IReportingBackDetailsProps } from './ReportingBackDetails';
export { ReportsDue, ReportsDueList, type IReportsDueListProps } from './ReportsDue';
export { MeetingPack, type IMeetingPackProps } from './MeetingPack';
