/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // Transpile only: `npm run typecheck` is the type check, so tests start fast.
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup.ts'],
  // Finds PowerShell 7 once for the runtime tier (__tests__/powershell-runtime), or says in one line why it is skipped.
  globalSetup: '<rootDir>/__tests__/powershell-runtime/global-setup.ts',
};
