/**
 * The local SharePoint set-up used by `npm start`, the benchmarks and the product's test
 * helpers. 'lenient' keeps the earlier set-up (Members Contribute, a web-level approvers group
 * holding `approver`); 'real' is a SharePoint Online team site as it comes.
 */
import type { SiteProfile } from '../localsp/src/index';

export const LOCAL_SHAREPOINT_PROFILE: SiteProfile = 'real';
