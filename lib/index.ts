// Layers, each importing only from those above it:
// settings (data) -> powershell (rendering) -> providers (bindings) -> constructs -> policy (checks).
export * from './validation';
export * from './settings';
export * from './powershell';
export * from './constructs';
export * as tencentcloud from './providers/tencentcloud';
export * as policy from './policy';
export { PolicySuppressions, RdpHardeningChecks } from './policy';
export type { PolicySuppression, RdpHardeningChecksOptions } from './policy';
