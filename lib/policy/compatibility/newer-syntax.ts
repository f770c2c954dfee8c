import { Node } from 'web-tree-sitter';
import { CompatibilityFinding } from './check-compatibility';

/**
 * Why each construct is newer than Windows PowerShell 4.0, from Microsoft's PowerShell-Docs (reference/7.4 and
 * the removed "What's New in Windows PowerShell 5.0" page, read at commit 0b5bdc88). See docs/compatibility.md.
 */
export const NEWER_SYNTAX = {
  classes:
    'needs Windows PowerShell 5.0 ("What\'s New in Windows PowerShell 5.0": "Class, Enum, and other keywords have been added")',
  staticNew:
    'needs Windows PowerShell 5.0 (about_Object_Creation: the static new() method "was added in PowerShell 5.0")',
  using: 'needs Windows PowerShell 5.0 (about_Using; added with classes in 5.0, no 4.0 page)',
  pipelineChain: 'needs PowerShell 7 (about_Pipeline_Chain_Operators: "Beginning in PowerShell 7")',
  nullCoalescing: "needs PowerShell 7 (about_Operators 7.x; not in Windows PowerShell 5.1's about_Operators)",
  nullConditional: 'needs PowerShell 7.1 (about_Operators: "moved from experimental to mainstream in PowerShell 7.1")',
  ternary: "needs PowerShell 7 (about_Operators 7.x; not in Windows PowerShell 5.1's about_Operators)",
} as const;

/**
 * Syntax newer than Windows PowerShell 4.0. Classes, enums and pipeline chains have nodes in tree-sitter's
 * grammar; `??`, `??=`, `?.`, `?[]` and the ternary operator do not, so the parser marks them as errors at the
 * `?`, and the text after it says which one it is. Any other parse error is reported too: a script this check
 * cannot read is not one it can vouch for.
 */
export function newerSyntaxIn(
  root: Node,
  script: string,
  nodesOf: (type: string) => readonly Node[],
): CompatibilityFinding[] {
  const findings: CompatibilityFinding[] = [];
  const at = (node: Node, message: string, kind: 'syntax' | 'parse-error' = 'syntax', offset?: number) => {
    const index = offset ?? node.startIndex;
    const before = script.slice(0, index);
    const line = before.split('\n').length;
    findings.push({
      kind,
      severity: 'violation',
      line,
      column: index - before.lastIndexOf('\n'),
      text: script.slice(index, Math.min(node.endIndex, index + 60)),
      message,
    });
  };
  for (const node of [...nodesOf('class_statement'), ...nodesOf('enum_statement')]) {
    at(node, `${node.type === 'class_statement' ? 'a class' : 'an enum'} ${NEWER_SYNTAX.classes}`);
  }
  for (const node of nodesOf('pipeline_chain_tail')) {
    at(node, `the pipeline chain operator ${node.text.trim().slice(0, 2)} ${NEWER_SYNTAX.pipelineChain}`);
  }
  const visit = (node: Node): void => {
    if (node.isError || node.isMissing) {
      reportError(node);
      return;
    }
    if (node.hasError) for (const child of node.children) if (child) visit(child);
  };
  const reportError = (node: Node) => {
    const text = script.slice(node.startIndex, node.endIndex);
    const question = questionMarkOutsideQuotes(text);
    if (question < 0) {
      at(node, `the parser cannot read ${JSON.stringify(text.slice(0, 40))}`, 'parse-error');
      return;
    }
    const offset = node.startIndex + question;
    const rest = script.slice(offset, offset + 3);
    if (rest.startsWith('??='))
      at(node, `the null-coalescing assignment ??= ${NEWER_SYNTAX.nullCoalescing}`, 'syntax', offset);
    else if (rest.startsWith('??'))
      at(node, `the null-coalescing operator ?? ${NEWER_SYNTAX.nullCoalescing}`, 'syntax', offset);
    else if (rest.startsWith('?.'))
      at(node, `the null-conditional operator ?. ${NEWER_SYNTAX.nullConditional}`, 'syntax', offset);
    else if (rest.startsWith('?['))
      at(node, `the null-conditional operator ?[] ${NEWER_SYNTAX.nullConditional}`, 'syntax', offset);
    else at(node, `the ternary operator ? : ${NEWER_SYNTAX.ternary}`, 'syntax', offset);
  };
  visit(root);
  return findings;
}

/** The index of the first `?` outside quotes in `text`, or -1. */
function questionMarkOutsideQuotes(text: string): number {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '?') return i;
  }
  return -1;
}
