import * as React from 'react';
import type { IBoardServices } from './IBoardServices';
import type { IEditingServices } from './IEditingServices';
import type { IReportReader } from './IReportReader';

/** What components get from their host instead of constructing services themselves. */
export interface IServices {
  readonly reports: IReportReader;
  /** "Now"; injected so date-dependent views (missed quarters) are testable. */
  readonly now: () => Date;
  /** UI locale for numbers and dates, e.g. "sv-SE". */
  readonly locale: string;
  /** The write side (editing, new quarters, approval, provisioning); absent in read-only previews. */
  readonly editing?: IEditingServices;
  /** The board's records (handling, assignments, calendar); absent where the host has no board lists. */
  readonly board?: IBoardServices;
}

export const ServicesContext: React.Context<IServices | undefined> = React.createContext<IServices | undefined>(undefined);

export interface IServicesProviderProps {
  readonly services: IServices;
  readonly children?: React.ReactNode;
}

export function ServicesProvider(props: IServicesProviderProps): JSX.Element {
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
}

/** The board services of the nearest provider, undefined without a provider or board (the editor is rendered on its own in tests). */
export function useBoardServices(): IBoardServices | undefined {
  return React.useContext(ServicesContext)?.board;
}

/** The services of the nearest provider; a missing provider is a programming error. */
export function useServices(): IServices {
  const services = React.useContext(ServicesContext);
  if (!services) {
    throw new Error('useServices must be used inside a ServicesProvider');
  }
  return services;
}
