import type { IStatusReportRepository } from '../data/repository/IStatusReportRepository';
import type { IPerson } from '../domain/model';
import type { IProvisioningService } from './IProvisioningService';

/**
 * What the write side of the app needs besides the reader: the repository, who is signed in,
 * whether this host allows editing right now, and (for site owners) provisioning.
 */
export interface IEditingServices {
  readonly repository: IStatusReportRepository;
  readonly currentUser: IPerson;
  /**
   * Editing is offered here: always in a Teams tab, on a SharePoint page only in edit mode
   * (readers of a published page see the report, not a form).
   */
  readonly editingAllowedHere: boolean;
  /** Creates the lists when they are missing; absent where the host cannot (previews). */
  readonly provisioning?: IProvisioningService;
  /** GITS requires four eyes; true lets a submitter approve their own report. */
  readonly allowSelfApproval?: boolean;
}
