// Jest runs every test under tests/ with ts-jest. SPFx runtime modules cannot load outside
// SharePoint (they import unpublished @msinternal packages), so they are mapped to small mocks.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  cacheDirectory: '<rootDir>/.jest-cache',
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
  testEnvironment: 'node',
  transform: {
    // SPFx loc files are AMD define(...) modules; must come before the generic rule.
    '/loc/[a-z]{2}-[a-z]{2}\\.js$': '<rootDir>/tests/support/amdLocTransform.js',
    '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', isolatedModules: true }]
  },
  // PnPjs v4 is ESM-only: let ts-jest transpile it.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': 'identity-obj-proxy',
    '^StatusReportWebPartStrings$': '<rootDir>/src/webparts/statusReport/loc/en-us.js',
    '^@microsoft/sp-core-library$': '<rootDir>/tests/support/mocks/spCoreLibrary.ts',
    '^@microsoft/sp-webpart-base$': '<rootDir>/tests/support/mocks/spWebpartBase.ts',
    '^@microsoft/sp-property-pane$': '<rootDir>/tests/support/mocks/spPropertyPane.ts',
    '^@microsoft/sp-component-base$': '<rootDir>/tests/support/mocks/spComponentBase.ts',
    // teams-js calls fetch at import time, which crashes jsdom workers.
    '^@microsoft/teams-js$': '<rootDir>/tests/support/mocks/teamsJs.ts'
  },
  testTimeout: 30000
};
