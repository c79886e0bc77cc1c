/** The reporting rule lives in the domain; the portfolio reads it through `dueOf`. */
export * from '../../domain/portfolio/reportingStatus';
