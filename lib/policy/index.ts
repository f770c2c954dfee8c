// The engine, rules and reports read Terraform JSON and never need cdktf at run time; only the
// cdktf/ folder (the Aspect and the suppression helper) imports it.
export * from './engine';
export * from './registry';
export * from './check';
export * from './output';
export * from './cdktf/rdp-hardening-checks';
export * from './cdktf/policy-suppressions';
export { PowerShellParser } from './script-analysis/powershell-parser';
export { useBaselineWasmCompiler } from './script-analysis/wasm-startup';
