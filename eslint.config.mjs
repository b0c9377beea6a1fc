// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const DEEP_IMPORT = {
  regex: '^@app/[^/]+/',
  message: 'Import the lib through its index, @app/<lib>; deep imports reach its internals.',
};
const RELATIVE_INTO_LIBS = {
  regex: '(^|/)libs/[a-z-]+/src(/|$)',
  message: 'Import a lib through @app/<lib>, not by a relative path into its sources.',
};
const RELATIVE_FROM_A_LIB = {
  regex: '^(\\.\\./){2,}[a-z-]+/src(/|$)',
  message: 'Import another lib through @app/<lib>, not by a relative path into its sources.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.data/**',
      'jest.config.js',
      'eslint.config.mjs',
      'libs/testing/src/typescript-register.js',
      'libs/testing/src/app-paths.js',
      'apps/web/vite.config.mts',
      'apps/web/src/api/schema.d.ts',
      'tools/web/openapi-to-types.mjs',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // A lib is reached through its index (`@app/<lib>`), the face it chose to show; a deep import reaches its
    // internals and breaks when they move.
    rules: { 'no-restricted-imports': ['error', { patterns: [DEEP_IMPORT, RELATIVE_INTO_LIBS] }] },
  },
  {
    // From inside a lib, `../../<other>/src` is the same reach into another lib's internals.
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [DEEP_IMPORT, RELATIVE_INTO_LIBS, RELATIVE_FROM_A_LIB] },
      ],
    },
  },
  {
    // Tests read loosely typed response bodies from supertest; asserting on them is the point. The shared
    // test support in libs/testing drives the API the same way.
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts', 'libs/testing/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
