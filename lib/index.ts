// Layers, each importing only from those above it:
// settings (data) -> powershell (rendering) -> providers (bindings) -> constructs -> policy (checks).
// The policy checks are their own entry point (`tencentcloud-hardened-windows/policy`): a stack that only
// defines instances should not load a PowerShell parser.
export * from './validation';
export * from './settings';
export * from './powershell';
export * from './constructs';
export * as tencentcloud from './providers/tencentcloud';
