export * from './powershell-parser';
export * from './commands';
export * from './hardening-effects';
