import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed schema file, never from a running server.
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
        avoidOptionals: false,
      },
    },
  },
};

export default config;
