// The house's boundaries, checked by `npm run lint` (docs/ARCHITECTURE.md explains them):
// - no import cycles anywhere;
// - a lib imports only libs on a floor below its own (LIB_FLOORS);
// - a web feature imports shared code (components/, lib/, gql/) and never another feature or app/;
//   shared code imports no feature and not app/.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * The libs, lowest floor first. A lib may import libs on lower floors only: infrastructure at the
 * bottom, then the features in the order they build on each other, the reports and jobs on top.
 */
export const LIB_FLOORS = [
  ['config', 'core', 'testing'],
  ['database', 'mail'],
  ['organizations'],
  ['members'],
  ['meetups', 'auth', 'consultations', 'ecosystem'],
  ['issues', 'rsvps'],
  ['minutes'],
  ['assignments'],
  ['calendar'],
  ['notifications'],
  ['privacy', 'jobs'],
];

const libs = readdirSync(join(root, 'libs'));
for (const lib of libs) {
  if (!LIB_FLOORS.some((floor) => floor.includes(lib))) throw new Error(`eslint.config.mjs: put the new lib "${lib}" on a floor of LIB_FLOORS`);
}

const libRules = LIB_FLOORS.flatMap((floor, level) =>
  floor.map((lib) => {
    const notBelow = LIB_FLOORS.slice(level)
      .flat()
      .filter((other) => other !== lib);
    return {
      files: [`libs/${lib}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `^@app/(${notBelow.join('|')})(/|$)`,
                message: `libs/${lib} stands on floor ${level} of LIB_FLOORS (eslint.config.mjs): it imports only libs below it. Move what both need down, or call it from above.`,
              },
              { regex: '^(\\.\\./){2,}', message: 'Import another lib through its alias (@app/name), never by path.' },
            ],
          },
        ],
      },
    };
  }),
);

const features = readdirSync(join(root, 'apps/web/src/features'));
const web = 'apps/web/src';
const webZones = [
  ...features.map((feature) => ({
    target: `./${web}/features/${feature}`,
    from: `./${web}/features`,
    except: [`./${feature}`],
    message: 'A feature never imports another feature: compose them in app/routes, or move what both need to components/ or lib/.',
  })),
  ...features.map((feature) => ({
    target: `./${web}/features/${feature}`,
    from: `./${web}/app`,
    message: 'A feature never imports app/: what it needs from the app (the session, the router) lives in lib/.',
  })),
  ...['components', 'lib', 'gql'].map((shared) => ({
    target: `./${web}/${shared}`,
    from: [`./${web}/features`, `./${web}/app`],
    message: 'Shared code imports no feature and not app/.',
  })),
];

export default tseslint.config(
  {
    ignores: ['dist/**', 'var/**', 'node_modules/**', 'coverage/**', 'apps/web/src/gql/**', 'docs/**', 'docker/**', 'test-results/**', 'playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,js,mjs,cjs}'],
    plugins: { 'import-x': importX },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        console: 'readonly',
        process: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        globalThis: 'readonly',
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        AbortController: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
      },
    },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: [join(root, 'tsconfig.json'), join(root, 'apps/web/tsconfig.json'), join(root, 'test/browser/tsconfig.json')],
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Control characters are matched on purpose: the text policy refuses them.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Text is never a replacement pattern: a string given to replace() reads $&, $`, $' and $1.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^replace(All)?$/][arguments.1.type=/^(Identifier|TemplateLiteral|BinaryExpression|MemberExpression|CallExpression|ConditionalExpression|LogicalExpression|AwaitExpression)$/]',
          message:
            "Give replace() a function (() => text) for any replacement that is not a plain literal: a string replacement reads $&, $`, $' and $1 as patterns.",
        },
      ],
    },
  },
  ...libRules,
  {
    files: [`${web}/**/*.{ts,tsx}`],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: webZones }] },
  },
  {
    // Tests may reach into a lib's files to start it the way the app does, and read GraphQL
    // answers loosely; Playwright's fixtures take an empty pattern when they need no other fixture.
    files: ['**/*.spec.ts', '**/*.spec.js', '**/*.e2e-spec.ts', '**/*.fault-spec.ts', '**/*.browser-spec.ts', 'test/**/*.ts'],
    languageOptions: {
      globals: {
        describe: 'readonly',
        it: 'readonly',
        test: 'readonly',
        expect: 'readonly',
        beforeAll: 'readonly',
        afterAll: 'readonly',
        beforeEach: 'readonly',
        afterEach: 'readonly',
        jest: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      'no-empty-pattern': 'off',
      'no-restricted-imports': 'off',
      // A focused or skipped test silences the rest of the suite or checks nothing.
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'test'].flatMap((object) =>
          ['only', 'skip'].map((property) => ({ object, property, message: `${object}.${property} must not be committed: every test runs in CI.` })),
        ),
        { object: 'test', property: 'fixme', message: 'test.fixme must not be committed: every test runs in CI.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'xit', message: 'Skipped tests check nothing.' },
        { name: 'xdescribe', message: 'Skipped tests check nothing.' },
        { name: 'fit', message: 'Focused tests silence the rest.' },
      ],
    },
  },
  {
    // CommonJS scripts and configuration.
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Runs inside the page that the web benchmark measures.
    files: ['bench/web.js'],
    languageOptions: { globals: { MutationObserver: 'readonly', PerformanceObserver: 'readonly' } },
  },
);
