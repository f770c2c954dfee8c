import { PolicyReport } from '../check';
import { isOpen, PolicyFinding, reportedLevel, summarize } from '../engine/evaluate';

/** The summary line every format ends with, and the text report's verdict. */
export function summaryLine(report: PolicyReport): string {
  const s = summarize(report.findings);
  const resources = report.inputs.reduce((n, input) => n + input.resources, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.unknown} unknown (not a pass), ${
      s.suppressed
    } suppressed, ` +
    `${s.passed} passed; ${plural(report.rules.length, 'rule')} over ${plural(resources, 'resource')} in ${plural(
      report.inputs.length,
      'file',
    )}`
  );
}

function label(finding: PolicyFinding): string {
  if (finding.suppression) return 'suppressed';
  if (finding.status === 'UNKNOWN') return 'unknown';
  return reportedLevel(finding);
}

/**
 * Readable text: per file, each open finding (errors first), then each suppressed one with its
 * reason, then the summary and the verdict.
 */
export function renderTextReport(report: PolicyReport): string {
  const out: string[] = [];
  const order = { error: 0, warning: 1, note: 2, unknown: 3, suppressed: 4 } as Record<string, number>;
  for (const input of report.inputs) {
    const shown = report.findings
      .filter((f) => f.source === input.source && (isOpen(f) || f.suppression))
      .sort((a, b) => order[label(a)] - order[label(b)]);
    out.push(input.source);
    if (shown.length === 0) out.push('  no findings');
    for (const f of shown) {
      out.push(`  ${label(f).padEnd(10)} ${f.ruleId.padEnd(10)} ${f.address}${f.findingId ? ` [${f.findingId}]` : ''}`);
      out.push(`             ${f.reason}`);
      if (f.suppression) out.push(`             accepted because: ${f.suppression.reason}`);
      if (f.constructPath) out.push(`             construct: ${f.constructPath}`);
    }
  }
  const failed = summarize(report.findings).errors > 0;
  out.push('', `${summaryLine(report)}`, failed ? 'policy check FAILED' : 'policy check passed');
  return out.join('\n') + '\n';
}
