// Two projects: `unit` (pure code, no services) and `e2e` (real PostgreSQL and Redis, one test database
// created and migrated once per run by the global setup). `npm test` runs both, one file at a time.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

// Dependencies published as ES modules only. Node 20 can require() them, jest's CommonJS runtime cannot, so
// jest transpiles them to CommonJS (the compiled app needs no such step).
// otplib's default plugins load @scure/base and (nested under the plugin) @noble/hashes 2; string-width and its
// dependencies draw the demo's table; file-type (imported as `file-type/core`, which needs no stream support)
// and its tokenizers sniff an upload's type from its first bytes.
const ESM_ONLY_PACKAGES = [
  'content-disposition',
  '@scure/base',
  '@noble/hashes',
  'string-width',
  'strip-ansi',
  'ansi-regex',
  'get-east-asian-width',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer/inflate',
  '@borewit/text-codec',
];
const ESM_ONLY = ESM_ONLY_PACKAGES.join('|');

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    // Type checking is `npm run typecheck`'s job; here files are only transpiled, which is much faster.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
    [`node_modules/(${ESM_ONLY})/.+\\.js$`]: [
      'ts-jest',
      {
        tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true },
        diagnostics: false,
      },
    ],
  },
  // A listed package is transpiled also where it sits nested under another package's node_modules.
  transformIgnorePatterns: [`/node_modules/(?!(?:.*/node_modules/)?(${ESM_ONLY})/)`],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  // Per-project values are ignored for this one; e2e tests wait on real services.
  testTimeout: 60000,
  // The scripts run one file at a time (--maxWorkers=1) in a child process, not --runInBand: each e2e file
  // boots whole Nest applications, and a single process that runs them all keeps growing until V8 aborts
  // (CI died that way after 27 minutes). A child whose heap passes this after a file is replaced.
  workerIdleMemoryLimit: '1GB',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools,bench}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/*/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
    {
      // Faults on purpose (processes killed, connections cut, Redis away) and a sustained load: slower, so
      // `npm run test:reliability` runs them on their own (CI runs both).
      ...shared,
      displayName: 'reliability',
      testMatch: ['<rootDir>/apps/*/test/reliability/**/*.reliability-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
    {
      // Hostile callers: the router's access matrix, fuzzing, injection, tampered tokens, secrets in logs.
      ...shared,
      displayName: 'security',
      testMatch: ['<rootDir>/apps/*/test/security/**/*.security-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
  ],
};
