/**
 * Frames the web part as its host would: a SharePoint modern page (suite bar, site header,
 * page title, one-column section) or a Teams channel tab (app rail, channel header with the
 * tab, content area). Only the look and the landmarks matter; nothing here is interactive,
 * so the frame adds no tab stops of its own.
 */
import * as React from 'react';
import type { IHostTheme } from '../../src/components/StatusReportApp/IStatusReportAppProps';
import type { WorkbenchHost, WorkbenchLanguage } from './state';

export interface IHostFrameProps {
  readonly host: WorkbenchHost;
  readonly theme: IHostTheme;
  readonly lang: WorkbenchLanguage;
  readonly children?: React.ReactNode;
}

const FRAME_TEXTS: Readonly<Record<WorkbenchLanguage, { site: string; page: string; channel: string; tab: string; rail: readonly string[] }>> = {
  'sv-SE': {
    site: 'GITS förvaltning',
    page: 'Statusrapporter',
    channel: 'Förvaltningsråd › Allmänt',
    tab: 'Statusrapport',
    rail: ['Aktivitet', 'Chatt', 'Team', 'Kalender']
  },
  'en-US': {
    site: 'GITS management',
    page: 'Status reports',
    channel: 'Management board › General',
    tab: 'Status report',
    rail: ['Activity', 'Chat', 'Teams', 'Calendar']
  }
};

/** CSS custom properties of the frame, from the theme the web part gets too. */
function frameStyle(theme: IHostTheme): React.CSSProperties {
  const semantic = theme.semanticColors || {};
  const palette = theme.palette || {};
  return {
    ['--wb-bg' as string]: semantic.bodyBackground || palette.white || '#ffffff',
    ['--wb-text' as string]: semantic.bodyText || palette.neutralPrimary || '#323130',
    ['--wb-subtle' as string]: palette.neutralLighter || '#f3f2f1',
    ['--wb-border' as string]: palette.neutralQuaternary || '#d2d0ce',
    ['--wb-accent' as string]: palette.themePrimary || '#0078d4'
  } as React.CSSProperties;
}

export function HostFrame(props: IHostFrameProps): JSX.Element {
  const texts = FRAME_TEXTS[props.lang];
  if (props.host === 'teams') {
    return (
      <div className={`wb-host wb-teams wb-theme-${props.theme.variant}`} data-host="teams" data-theme={props.theme.variant} style={frameStyle(props.theme)}>
        <div className="teams-rail" aria-hidden="true">
          {texts.rail.map((item) => (
            <span key={item} className={item === texts.rail[2] ? 'teams-rail-item teams-rail-current' : 'teams-rail-item'}>
              {item}
            </span>
          ))}
        </div>
        <div className="teams-body">
          <div className="teams-header">
            <p className="teams-channel">{texts.channel}</p>
            <p className="teams-tabs">
              <span className="teams-tab teams-tab-current">{texts.tab}</span>
            </p>
          </div>
          <main className="teams-content" aria-label={texts.tab}>
            {props.children}
          </main>
        </div>
      </div>
    );
  }
  return (
    <div className={`wb-host wb-sharepoint wb-theme-${props.theme.variant}`} data-host="sharepoint" data-theme={props.theme.variant} style={frameStyle(props.theme)}>
      <div className="sp-suitebar" aria-hidden="true">
        <span className="sp-waffle">⋮⋮⋮</span>
        <span className="sp-product">SharePoint</span>
      </div>
      <div className="sp-siteheader">
        <p className="sp-sitetitle">{texts.site}</p>
      </div>
      <main className="sp-canvas" aria-label={texts.page}>
        <h1 className="sp-pagetitle">{texts.page}</h1>
        <div className="sp-section">
          <div className="sp-webpart" data-sp-webpart="statusReport">
            {props.children}
          </div>
        </div>
      </main>
    </div>
  );
}
