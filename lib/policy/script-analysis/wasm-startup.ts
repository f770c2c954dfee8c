import { setFlagsFromString } from 'v8';

/**
 * Keeps V8 on its baseline WebAssembly compiler (Liftoff) for modules compiled after this call.
 *
 * tree-sitter's PowerShell lexer is one very large WebAssembly function. After the first parse, V8 tiers it
 * up with its optimizing compiler in background threads: about 4 s of CPU, which the process waits for
 * before it exits, for parses that take milliseconds either way. Short-lived processes (the CLI, `cdktf
 * synth`, test workers) finish far sooner without it. The flag is process-wide, so only a process's own
 * entry point should call this, before `PowerShellParser.load()`; the library never calls it.
 */
export function useBaselineWasmCompiler(): void {
  setFlagsFromString('--liftoff-only');
}
