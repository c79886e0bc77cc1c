// Browser (e2e) tests: headless Chromium via playwright-core against the dev server of
// `npm start` (local SharePoint + workbench). Run with `npm run test:e2e`; not part of `npm test`
// (the main jest config only matches *.test.ts, these are *.e2e.ts).
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  cacheDirectory: '<rootDir>/.jest-cache/e2e',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', isolatedModules: true }]
  },
  // PnPjs v4 is ESM-only: let ts-jest transpile it (the seeding runs PnPjs in Node).
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  globalSetup: '<rootDir>/tests/e2e/support/globalSetup.ts',
  // One browser and one server at a time: figures and timings stay stable.
  maxWorkers: 1,
  testTimeout: 120000
};
