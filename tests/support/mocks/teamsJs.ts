// The real @microsoft/teams-js calls fetch at import time; tests use the SPFx-provided SDK shape instead.
export const app = {
  getContext: async (): Promise<unknown> => ({ app: { theme: 'default' } }),
  registerOnThemeChangeHandler: (_handler: (theme: string) => void): void => undefined
};
