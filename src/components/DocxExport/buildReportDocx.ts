import type { IKpiSeries, IStatusReport } from '../../domain/model';
import type { DocxLocale } from '../../docx/writer/exportReportToDocx';

export interface IBuildReportDocxOptions {
  /** UI locale ("sv-SE", "en-US", …); formats the chart's data table. */
  readonly locale: string;
  /** The KPI chart as PNG bytes, when it could be read from its canvas. */
  readonly chartPng?: Uint8Array;
  /** The chart's series, written as a table under the picture. */
  readonly chartSeries?: readonly IKpiSeries[];
}

/** The writer knows Swedish and English; every other UI locale gets the Swedish layout of the template. */
export function docxLocale(locale: string): DocxLocale {
  return locale.toLowerCase().indexOf('en') === 0 ? 'en-US' : 'sv-SE';
}

/**
 * Builds the .docx of a report. The writer (and the `docx` package) is loaded on demand so
 * readers who never export do not download it.
 */
export async function buildReportDocx(report: IStatusReport, options: IBuildReportDocxOptions): Promise<Uint8Array> {
  const writer = await import(/* webpackChunkName: 'docx-export' */ '../../docx/writer/exportReportToDocx');
  const chartTable = options.chartSeries && options.chartSeries.length > 0 ? options.chartSeries : undefined;
  return writer.exportReportToDocx(report, { locale: docxLocale(options.locale), chartPng: options.chartPng, chartTable });
}
