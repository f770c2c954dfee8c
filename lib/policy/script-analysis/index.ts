export * from './powershell-parser';
export * from './commands';
export * from './hardening-effects';
export * from './script-structure';
export * from './flow-control';
export * from './reachability';
export * from './wasm-startup';
