/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // Transpile only: `npm run typecheck` is the type check, so tests start fast.
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // One worker per core, not jest's default of one fewer: the runtime tier's worker mostly waits on its pwsh
  // processes, and with one worker (2 cores) every test file ran after it, one at a time.
  maxWorkers: '100%',
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup.ts'],
  // Finds PowerShell 7 once for the runtime tier (__tests__/powershell-runtime), or says in one line why it is skipped.
  globalSetup: '<rootDir>/__tests__/powershell-runtime/global-setup.ts',
};
