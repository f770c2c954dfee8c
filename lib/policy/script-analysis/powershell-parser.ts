import { readFileSync } from 'fs';
import { Language, Node, Parser, Tree } from 'web-tree-sitter';

/** Where the parse went wrong: 1-based line and column, and the offending source text. */
export interface ParseProblem {
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

export interface ParsedScript {
  readonly tree: Tree;
  readonly root: Node;
  readonly problems: readonly ParseProblem[];
}

/**
 * A PowerShell parser: tree-sitter's PowerShell grammar, compiled to WebAssembly, so it needs no
 * native build. Loading is asynchronous; parsing is synchronous, so an Aspect can use a loaded one.
 */
export class PowerShellParser {
  private static loading?: Promise<PowerShellParser>;

  /** The shared parser, loaded once per process. */
  public static load(): Promise<PowerShellParser> {
    PowerShellParser.loading ??= (async () => {
      await Parser.init();
      // Bytes, not a path: loading by path uses a dynamic import that jest's VM refuses.
      const language = await Language.load(
        readFileSync(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm')),
      );
      const parser = new Parser();
      parser.setLanguage(language);
      return new PowerShellParser(parser);
    })();
    return PowerShellParser.loading;
  }

  private constructor(private readonly parser: Parser) {}

  public parse(source: string): ParsedScript {
    const tree = this.parser.parse(source);
    if (!tree) throw new Error('the PowerShell parser returned no tree');
    return { tree, root: tree.rootNode, problems: collectProblems(tree.rootNode) };
  }
}

function collectProblems(root: Node): ParseProblem[] {
  const problems: ParseProblem[] = [];
  const visit = (node: Node): void => {
    if (node.isError || node.isMissing) {
      problems.push({
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        text: node.isMissing ? `missing ${node.type}` : node.text.slice(0, 60),
      });
      return;
    }
    if (node.hasError) for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  return problems;
}
