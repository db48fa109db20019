// ESLint (flat config): typescript-eslint's strict, type-checked preset over everything
// tsconfig.json type-checks. Not assembly/: AssemblyScript puts decorators (@inline) where
// TypeScript's parser refuses them, and its own compiler checks it.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig(
  // The benchmarks that need bench/package.json's packages are checked by npm run typecheck:bench once those are installed.
  { ignores: ['node_modules/', 'build/', 'dist/', 'docs/', 'assembly/', 'src/kernels/binary.ts', 'src/threads/worker-source.ts', 'bench/node_modules/', 'bench/peers.bench.ts', 'bench/tables.ts', 'bench/tables.bench.ts'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // noUncheckedIndexedAccess types every typed-array read as number | undefined; `a[i]!`
      // is how this code says "in range by construction" in its loops over records and knots.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Numbers in messages are the common case; objects, undefined and null still are errors.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => resolve()`, `(x) => void work(x)`: shorthand callbacks that return nothing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // An async function without await is how this code turns a throw into a rejection.
      '@typescript-eslint/require-await': 'off',
      // tsc checks every name, in .mjs too (checkJs); ESLint's own check knows no Node globals.
      'no-undef': 'off',
    },
  },
)
