import { Testing } from 'cdktf';
import { useBaselineWasmCompiler } from '../lib/policy/script-analysis/wasm-startup';

Testing.setupJest();
// Test workers parse PowerShell for milliseconds; V8's optimizing WebAssembly tier would cost seconds of CPU.
useBaselineWasmCompiler();
