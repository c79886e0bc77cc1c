/**
 * The button and message bar of the reader's first render, drawn like Fluent's DefaultButton and
 * MessageBar from the same theme. Why not Fluent's own: its BaseButton statically imports
 * ContextualMenu (with Callout, Layer, Popup and FocusZone), and MessageBar imports the buttons;
 * together about 30 kB gzip of the first bundle for a few plain buttons. The editor and dialogs,
 * loaded on demand, keep using Fluent's components.
 */
import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Theme } from '@fluentui/react/lib/Theme';

interface ILightButtonClassNames {
  readonly root: string;
  readonly primary: string;
  readonly icon: string;
  readonly label: string;
  readonly disabled: string;
  readonly hidden: string;
}

const buttonClassCache: WeakMap<Theme, ILightButtonClassNames> = new WeakMap();

function buttonClassNames(theme: Theme): ILightButtonClassNames {
  let cached = buttonClassCache.get(theme);
  if (cached) return cached;
  const s = theme.semanticColors;
  const focus = {
    outline: `1px solid ${theme.palette.neutralSecondary}`,
    outlineOffset: 2
  };
  cached = mergeStyleSets({
    root: {
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      boxSizing: 'border-box',
      minWidth: 80,
      height: 32,
      padding: '0 16px',
      margin: 0,
      border: `1px solid ${s.buttonBorder}`,
      borderRadius: theme.effects.roundedCorner2,
      background: s.buttonBackground,
      color: s.buttonText,
      fontFamily: 'inherit',
      fontSize: theme.fonts.medium.fontSize,
      fontWeight: 600,
      lineHeight: 1,
      cursor: 'pointer',
      userSelect: 'none',
      textDecoration: 'none',
      selectors: {
        ':hover': { background: s.buttonBackgroundHovered, color: s.buttonTextHovered },
        ':active': { background: s.buttonBackgroundPressed, color: s.buttonTextPressed },
        ':focus': { outline: 'none' },
        ':focus-visible': focus,
        ':disabled': {
          cursor: 'default',
          background: s.buttonBackgroundDisabled,
          color: s.buttonTextDisabled,
          borderColor: s.buttonBackgroundDisabled
        },
        '@media (forced-colors: active)': { border: '1px solid ButtonText', forcedColorAdjust: 'auto' }
      }
    },
    primary: {
      background: s.primaryButtonBackground,
      color: s.primaryButtonText,
      borderColor: s.primaryButtonBackground,
      selectors: {
        ':hover': { background: s.primaryButtonBackgroundHovered, color: s.primaryButtonTextHovered },
        ':active': { background: s.primaryButtonBackgroundPressed, color: s.primaryButtonTextPressed }
      }
    },
    icon: { fontSize: 16, margin: '0 4px', flexShrink: 0 },
    label: { margin: '0 4px', whiteSpace: 'nowrap' },
    disabled: {
      cursor: 'default',
      background: s.buttonBackgroundDisabled,
      color: s.buttonTextDisabled,
      borderColor: s.buttonBackgroundDisabled,
      selectors: { ':hover, :active': { background: s.buttonBackgroundDisabled, color: s.buttonTextDisabled } }
    },
    // Screen-reader-only text.
    hidden: { position: 'absolute', width: 1, height: 1, margin: -1, padding: 0, border: 0, overflow: 'hidden', clip: 'rect(0, 0, 0, 0)' }
  });
  buttonClassCache.set(theme, cached);
  return cached;
}

export interface ILightButtonProps
  extends Pick<React.ButtonHTMLAttributes<HTMLButtonElement>, 'id' | 'disabled' | 'title' | 'aria-expanded' | 'aria-controls' | 'aria-pressed' | 'aria-label' | 'aria-describedby' | 'aria-busy'> {
  readonly text: string;
  readonly onClick?: () => void;
  /** A Fluent icon name, as in `iconProps={{ iconName }}`. */
  readonly iconName?: string;
  readonly primary?: boolean;
  readonly className?: string;
  /** Disabled but still focusable (aria-disabled), so keyboard focus stays on it (Fluent's allowDisabledFocus). */
  readonly allowDisabledFocus?: boolean;
  /** Read after the name by screen readers (Fluent's ariaDescription). */
  readonly description?: string;
}

let descriptionCounter = 0;

/** A DefaultButton (or PrimaryButton) look-alike: a native button, the theme's button colours. */
export function LightButton(props: ILightButtonProps): JSX.Element {
  const classes = buttonClassNames(useTheme());
  const { text, onClick, iconName, primary, className, allowDisabledFocus, description, disabled, ...native } = props;
  const [descriptionId] = React.useState(() => `light-button-description-${++descriptionCounter}`);
  const focusableWhileDisabled = !!disabled && !!allowDisabledFocus;
  return (
    <button
      {...native}
      type="button"
      disabled={disabled && !focusableWhileDisabled}
      aria-disabled={focusableWhileDisabled ? true : undefined}
      aria-describedby={description ? descriptionId : native['aria-describedby']}
      className={[classes.root, primary ? classes.primary : '', focusableWhileDisabled ? classes.disabled : '', className || ''].filter(Boolean).join(' ')}
      onClick={onClick && !disabled ? () => onClick() : undefined}
    >
      {iconName && <FontIcon iconName={iconName} className={classes.icon} aria-hidden={true} />}
      <span className={classes.label}>{text}</span>
      {description && (
        <span id={descriptionId} className={classes.hidden}>
          {description}
        </span>
      )}
    </button>
  );
}

export type LightMessageKind = 'info' | 'error' | 'warning' | 'success';

interface ILightMessageClassNames {
  readonly root: string;
  readonly icon: string;
  readonly text: string;
  readonly actions: string;
  readonly dismiss: string;
}

const messageClassCache: WeakMap<Theme, Record<LightMessageKind, ILightMessageClassNames>> = new WeakMap();

function messageClassNames(theme: Theme, kind: LightMessageKind): ILightMessageClassNames {
  let cached = messageClassCache.get(theme);
  if (!cached) {
    const s = theme.semanticColors;
    const set = (background: string, icon: string): ILightMessageClassNames =>
      mergeStyleSets({
        root: {
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'flex-start',
          boxSizing: 'border-box',
          width: '100%',
          minHeight: 32,
          background,
          color: s.messageText || s.bodyText,
          fontSize: theme.fonts.small.fontSize,
          wordBreak: 'break-word',
          selectors: { '@media (forced-colors: active)': { border: '1px solid WindowText' } }
        },
        icon: { fontSize: 16, minWidth: 16, minHeight: 16, margin: '8px 0 8px 12px', color: icon, flexShrink: 0 },
        text: { flex: '1 1 auto', margin: '8px 12px', lineHeight: '16px', minWidth: 0 },
        actions: { display: 'flex', alignItems: 'center', margin: '4px 12px 4px 0' },
        dismiss: {
          width: 32,
          height: 32,
          margin: 0,
          padding: 0,
          border: 'none',
          background: 'transparent',
          color: s.bodyText,
          fontSize: 12,
          cursor: 'pointer',
          flexShrink: 0,
          selectors: {
            ':hover': { background: s.buttonBackgroundHovered },
            ':focus': { outline: 'none' },
            ':focus-visible': { outline: `1px solid ${theme.palette.neutralSecondary}`, outlineOffset: -2 }
          }
        }
      });
    cached = {
      info: set(s.infoBackground, s.infoIcon),
      error: set(s.errorBackground, s.errorIcon),
      warning: set(s.warningBackground, s.warningIcon),
      success: set(s.successBackground, s.successIcon)
    };
    messageClassCache.set(theme, cached);
  }
  return cached[kind];
}

const MESSAGE_ICONS: Readonly<Record<LightMessageKind, string>> = {
  info: 'Info',
  error: 'ErrorBadge',
  warning: 'Info',
  success: 'Completed'
};

export interface ILightMessageProps {
  readonly kind: LightMessageKind;
  readonly children?: React.ReactNode;
  /** Buttons after the text (e.g. "Försök igen"). */
  readonly actions?: React.ReactNode;
  readonly className?: string;
  /** Shows a close button (Fluent's onDismiss) named `dismissLabel`. */
  readonly onDismiss?: () => void;
  readonly dismissLabel?: string;
}

/**
 * A MessageBar look-alike. As Fluent's: errors are announced at once (role "alert"), anything
 * else politely (role "status").
 */
export function LightMessage(props: ILightMessageProps): JSX.Element {
  const classes = messageClassNames(useTheme(), props.kind);
  const urgent = props.kind === 'error';
  return (
    <div className={[classes.root, props.className || ''].filter(Boolean).join(' ')}>
      <FontIcon iconName={MESSAGE_ICONS[props.kind]} className={classes.icon} aria-hidden={true} />
      <div className={classes.text} role={urgent ? 'alert' : 'status'} aria-live={urgent ? 'assertive' : 'polite'}>
        {props.children}
      </div>
      {props.actions && <div className={classes.actions}>{props.actions}</div>}
      {props.onDismiss && (
        <button type="button" className={classes.dismiss} aria-label={props.dismissLabel} title={props.dismissLabel} onClick={() => props.onDismiss?.()}>
          <FontIcon iconName="Clear" aria-hidden={true} />
        </button>
      )}
    </div>
  );
}

interface ILightCheckboxClassNames {
  readonly root: string;
  readonly input: string;
}

const checkboxClassCache: WeakMap<Theme, ILightCheckboxClassNames> = new WeakMap();

function checkboxClassNames(theme: Theme): ILightCheckboxClassNames {
  let cached = checkboxClassCache.get(theme);
  if (cached) return cached;
  cached = mergeStyleSets({
    root: {
      display: 'inline-flex',
      alignItems: 'center',
      gap: 8,
      minHeight: 24,
      color: theme.semanticColors.bodyText,
      fontSize: theme.fonts.medium.fontSize,
      cursor: 'pointer'
    },
    input: {
      width: 18,
      height: 18,
      margin: 0,
      flex: '0 0 auto',
      accentColor: theme.palette.themePrimary,
      colorScheme: theme.isInverted ? 'dark' : 'light',
      cursor: 'pointer',
      selectors: { ':focus-visible': { outline: `1px solid ${theme.palette.neutralSecondary}`, outlineOffset: 2 } }
    }
  });
  checkboxClassCache.set(theme, cached);
  return cached;
}

export interface ILightCheckboxProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly className?: string;
}

/**
 * A native checkbox named by its label, in the theme's colours. Fluent's Checkbox computes its
 * styles per instance: the chart's chooser has one per KPI (60 in a large report), which made
 * it most of the report's render time.
 */
export function LightCheckbox(props: ILightCheckboxProps): JSX.Element {
  const classNames = checkboxClassNames(useTheme());
  return (
    <label className={props.className ? `${classNames.root} ${props.className}` : classNames.root}>
      <input type="checkbox" className={classNames.input} checked={props.checked} onChange={(event) => props.onChange(event.target.checked)} />
      <span>{props.label}</span>
    </label>
  );
}
