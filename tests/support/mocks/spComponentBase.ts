// Types only are used from @microsoft/sp-component-base; jest needs a module to resolve.
export interface IReadonlyTheme {
  readonly isInverted?: boolean;
  readonly palette?: Record<string, string>;
  readonly semanticColors?: Record<string, string>;
}
