/**
 * The workbench's own bar above the host frame: plain, labelled form controls (native selects
 * and a text field, keyboard reachable in DOM order) for user, host, theme, language, view and
 * object. Its texts are the workbench's, not the web part's, so they are bilingual here.
 */
import * as React from 'react';
import {
  isObjectKey,
  IWorkbenchState,
  WORKBENCH_HOSTS,
  WORKBENCH_LANGUAGES,
  WORKBENCH_MODES,
  WORKBENCH_THEMES,
  WORKBENCH_USERS,
  WORKBENCH_VIEWS,
  WorkbenchLanguage
} from './state';

interface IBarTexts {
  readonly bar: string;
  readonly user: string;
  readonly host: string;
  readonly theme: string;
  readonly language: string;
  readonly view: string;
  readonly object: string;
  readonly show: string;
  readonly mode: string;
  readonly modes: Readonly<Record<string, string>>;
  readonly users: Readonly<Record<string, string>>;
  readonly hosts: Readonly<Record<string, string>>;
  readonly themes: Readonly<Record<string, string>>;
  readonly views: Readonly<Record<string, string>>;
}

const TEXTS: Readonly<Record<WorkbenchLanguage, IBarTexts>> = {
  'sv-SE': {
    bar: 'Arbetsbänk',
    user: 'Användare',
    host: 'Värd',
    theme: 'Tema',
    language: 'Språk',
    view: 'Vy',
    object: 'Förvaltningsobjekt',
    show: 'Visa',
    mode: 'Sidläge',
    modes: { read: 'Visning', edit: 'Redigering' },
    users: { reader: 'Läsare (reader)', editor: 'Redaktör (editor)', approver: 'Godkännare (approver)', owner: 'Ägare (owner)' },
    hosts: { sharepoint: 'SharePoint-sida', teams: 'Teams-flik' },
    themes: { default: 'Standard', dark: 'Mörkt', contrast: 'Hög kontrast' },
    views: { report: 'Rapport', portfolio: 'Portfölj' }
  },
  'en-US': {
    bar: 'Workbench',
    user: 'User',
    host: 'Host',
    theme: 'Theme',
    language: 'Language',
    view: 'View',
    object: 'Managed object',
    show: 'Show',
    mode: 'Page mode',
    modes: { read: 'Read', edit: 'Edit' },
    users: { reader: 'Reader', editor: 'Editor', approver: 'Approver', owner: 'Owner' },
    hosts: { sharepoint: 'SharePoint page', teams: 'Teams tab' },
    themes: { default: 'Default', dark: 'Dark', contrast: 'High contrast' },
    views: { report: 'Report', portfolio: 'Portfolio' }
  }
};

const LANGUAGE_NAMES: Readonly<Record<WorkbenchLanguage, string>> = { 'sv-SE': 'Svenska', 'en-US': 'English' };

export interface IHostBarProps {
  readonly state: IWorkbenchState;
  /** Called with the next state when a control changes. */
  readonly onChange: (next: IWorkbenchState) => void;
}

interface IChoiceProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly string[];
  readonly optionLabel: (value: string) => string;
  readonly onChange: (value: string) => void;
}

function Choice(props: IChoiceProps): JSX.Element {
  return (
    <div className="wb-field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.id.replace(/^wb-/, '')} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function HostBar(props: IHostBarProps): JSX.Element {
  const { state, onChange } = props;
  const texts = TEXTS[state.lang];
  const [objectDraft, setObjectDraft] = React.useState(state.object);
  React.useEffect(() => setObjectDraft(state.object), [state.object]);

  return (
    <section className="wb-bar" aria-label={texts.bar}>
      <span className="wb-brand" aria-hidden="true">
        {texts.bar}
      </span>
      <form
        className="wb-controls"
        aria-label={texts.bar}
        onSubmit={(e) => {
          e.preventDefault();
          const key = objectDraft.trim();
          if (isObjectKey(key)) onChange({ ...state, object: key, view: 'report' });
        }}
      >
        <Choice
          id="wb-user"
          label={texts.user}
          value={state.user}
          options={WORKBENCH_USERS}
          optionLabel={(v) => texts.users[v]}
          onChange={(v) => onChange({ ...state, user: v as IWorkbenchState['user'] })}
        />
        <Choice
          id="wb-host"
          label={texts.host}
          value={state.host}
          options={WORKBENCH_HOSTS}
          optionLabel={(v) => texts.hosts[v]}
          onChange={(v) => onChange({ ...state, host: v as IWorkbenchState['host'] })}
        />
        <Choice
          id="wb-theme"
          label={texts.theme}
          value={state.theme}
          options={WORKBENCH_THEMES}
          optionLabel={(v) => texts.themes[v]}
          onChange={(v) => onChange({ ...state, theme: v as IWorkbenchState['theme'] })}
        />
        <Choice
          id="wb-mode"
          label={texts.mode}
          value={state.mode}
          options={WORKBENCH_MODES}
          optionLabel={(v) => texts.modes[v]}
          onChange={(v) => onChange({ ...state, mode: v as IWorkbenchState['mode'] })}
        />
        <Choice
          id="wb-lang"
          label={texts.language}
          value={state.lang}
          options={WORKBENCH_LANGUAGES}
          optionLabel={(v) => LANGUAGE_NAMES[v as WorkbenchLanguage]}
          onChange={(v) => onChange({ ...state, lang: v as WorkbenchLanguage })}
        />
        <Choice
          id="wb-view"
          label={texts.view}
          value={state.view}
          options={WORKBENCH_VIEWS}
          optionLabel={(v) => texts.views[v]}
          onChange={(v) => onChange({ ...state, view: v as IWorkbenchState['view'] })}
        />
        <div className="wb-field">
          <label htmlFor="wb-object">{texts.object}</label>
          <span className="wb-inline">
            <input
              id="wb-object"
              name="object"
              type="text"
              value={objectDraft}
              size={8}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setObjectDraft(e.target.value)}
            />
            <button type="submit">{texts.show}</button>
          </span>
        </div>
      </form>
    </section>
  );
}
