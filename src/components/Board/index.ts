// The board's views, loaded on demand by the report view (chunk 'board').
export { BoardSection, type IBoardSectionProps } from './BoardSection';
export { ReportingBackDetails, type IReportingBackDetailsProps } from './ReportingBackDetails';
