import type { IStatusReportRepository, IUserPermissions } from '../../data/repository/IStatusReportRepository';
import type { IPerson } from '../../domain/model';
import type { IDraftStorageBackend } from './draft/storage';
import type { IBoardServices } from '../../services/IBoardServices';

export interface IReportEditorProps {
  readonly repository: IStatusReportRepository;
  /** Item id of the report header to edit. */
  readonly reportId: number;
  /** The signed-in user: the local draft is kept per user, and approval rules compare with the submitter. */
  readonly currentUser: IPerson;
  /** UI locale, e.g. "sv-SE" (numbers such as FTE are typed in its style). */
  readonly locale: string;
  /** Leaves the editor; asked only after the user confirms losing unsaved changes. */
  readonly onClose?: () => void;
  /** Permissions when the host knows them already; otherwise read from the repository. */
  readonly permissions?: IUserPermissions;
  /** Where the unsaved draft is kept; default window.localStorage. */
  readonly storage?: IDraftStorageBackend;
  /** Delay after the last keystroke before the draft is written locally; default 500 ms. */
  readonly autosaveDelayMs?: number;
  readonly now?: () => Date;
  /** The board's records: the reporting-back section lists the object's open assignments from them (default: the services in context). */
  readonly board?: IBoardServices;
  /** GITS requires someone other than the submitter to approve; true turns that off. */
  readonly allowSelfApproval?: boolean;
}
