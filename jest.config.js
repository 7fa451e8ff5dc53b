/**
 * Unit tests (`*.spec.ts` beside the code), the service tier (`test/services/*.service-spec.ts`:
 * services and repositories on a real PostgreSQL) and end-to-end tests (`test/*.e2e-spec.ts`,
 * the whole app over HTTP with real PostgreSQL and SMTP).
 */
const paths = require('./tsconfig.json').compilerOptions.paths;

const moduleNameMapper = Object.fromEntries(Object.entries(paths).map(([alias, [target]]) => [`^${alias.replace('/', '\\/')}$`, `<rootDir>/${target}`]));

const common = {
  moduleFileExtensions: ['js', 'json', 'ts'],
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleNameMapper,
  testTimeout: 60_000,
};

module.exports = {
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // Global, not per project: e2e tests start servers and processes.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/bench/*.spec.js'] },
    // The fast tier: services, repositories and read models on a real PostgreSQL, no HTTP.
    { ...common, displayName: 'service', testMatch: ['<rootDir>/test/services/*.service-spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    // Processes killed and databases stopped on purpose: `npm run test:faults`.
    { ...common, displayName: 'faults', testMatch: ['<rootDir>/test/faults/*.fault-spec.ts'] },
  ],
};
