// ESLint for bugs, not looks: Prettier owns the layout, `npm run typecheck` owns unused names and types.
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Generated provider bindings: checked by `npm run check:bindings` and the schema test, not linted (docs/bindings.md).
  { ignores: ['dist/', 'cdktf.out/', 'coverage/', '.gen/', 'lib/providers/tencentcloud/generated/'] },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      // Type information, for the rules below that need it; the project's tsconfig.json covers every .ts file.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // tsc's noUnusedLocals and noUnusedParameters already fail the build on these.
      '@typescript-eslint/no-unused-vars': 'off',
      // The validators match control characters on purpose, to refuse them.
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always'],
      // A promise nobody awaits loses its error: the parser load is asynchronous.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // Error messages are this project's interface: "[object Object]" in one is a bug.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: true },
      ],
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      // A new setting id or format must be handled everywhere a union is switched on.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-for-in-array': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
    },
  },
  {
    // Tests walk parsed JSON (cdk.tf.json, SARIF, status files) whose shape is the thing under test.
    files: ['__tests__/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
