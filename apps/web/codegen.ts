import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the web app, from the committed schema (`npm run codegen`, run from the repository root). */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string', ID: 'string' },
      },
    },
  },
};
export default config;
