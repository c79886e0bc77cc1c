/**
 * The web part's React root as the component tests render it: an SHVO report on a SharePoint
 * page in Swedish with the default theme, unless the test says otherwise.
 */
import * as React from 'react';
import { render } from '@testing-library/react';
import { StatusReportApp, type IStatusReportAppExtraProps } from '../../../src/components/StatusReportApp/StatusReportApp';
import type { IStatusReportAppProps } from '../../../src/components/StatusReportApp/IStatusReportAppProps';

export type AppPropsForTest = Partial<IStatusReportAppProps> & Pick<IStatusReportAppProps, 'repository'> & IStatusReportAppExtraProps;

export function renderStatusReportApp(props: AppPropsForTest): ReturnType<typeof render> {
  return render(
    <StatusReportApp
      host="sharepoint"
      theme={{ variant: 'default' }}
      view="report"
      objectKey="SHVO"
      locale="sv-SE"
      userDisplayName="Rita Reader"
      {...props}
    />
  );
}
