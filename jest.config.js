/** Jest in ESM mode through ts-jest; tests sit in test/, one file per module or rule. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.check.json', diagnostics: { ignoreCodes: ['TS151001'] } }],
  },
  testTimeout: 30000,
  // A worker per core, not jest's cores − 1: much of the suite waits (the bundled Action under
  // Node 24, the CLI's processes, stand-in servers), so on 2 cores it takes 85 s against 152 s.
  maxWorkers: '100%',
  // No test may reach the EC2 instance-metadata address through the AWS credential chain.
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  // The bundles some suites run are rebuilt first when src/ is newer.
  globalSetup: '<rootDir>/test/build-if-stale.mjs',
};
