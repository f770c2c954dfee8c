/**
 * The exit codes of every command of this package, as data: the commands return them, `--help` lists them,
 * and a test checks that docs/cli.md shows this table. One meaning per code, the way ESLint's are.
 */
export const EXIT_CODES = [
  { code: 0, name: 'OK', meaning: 'done; for the policy check: no open finding at error level' },
  { code: 1, name: 'FINDINGS', meaning: 'the policy check found at least one open finding at error level' },
  {
    code: 2,
    name: 'UNUSABLE',
    meaning: 'bad arguments, unusable input or an internal error: one line on stderr, nothing on stdout',
  },
] as const;

export type ExitCodeName = (typeof EXIT_CODES)[number]['name'];

export const EXIT: { readonly [N in ExitCodeName]: number } = Object.fromEntries(
  EXIT_CODES.map(({ name, code }) => [name, code]),
) as { readonly [N in ExitCodeName]: number };

/** The table as Markdown, for docs/cli.md. */
export function exitCodesMarkdown(): string {
  return ['| Code | Meaning |', '| ---- | ------- |', ...EXIT_CODES.map((e) => `| ${e.code} | ${e.meaning} |`)].join(
    '\n',
  );
}
