import { PolicyReport } from '../check';
import { reportedLevel, summarize } from '../engine/evaluate';
import { jsonPointer, jsonPointerLines, lineOf } from './json-pointer-lines';

export const JSON_REPORT_VERSION = 1;

/**
 * Every finding except NOT_APPLICABLE, with its rule, place and status, for scripts. Suppressed ones
 * carry their reason; `level` is how the finding is reported (UNKNOWN is a warning).
 */
export function renderJsonReport(report: PolicyReport): string {
  const lines = new Map(
    report.inputs.map((input) => [input.source, input.text ? jsonPointerLines(input.text) : new Map()]),
  );
  const document = {
    version: JSON_REPORT_VERSION,
    summary: summarize(report.findings),
    passed: summarize(report.findings).errors === 0,
    inputs: report.inputs.map((input) => ({ file: input.source, resources: input.resources })),
    rules: report.rules.map(({ id, level, title, explanation, resourceTypes, checkovIds, suppressible }) => ({
      id,
      level,
      title,
      explanation,
      resourceTypes,
      checkovIds,
      suppressible,
    })),
    findings: report.findings
      .filter((f) => f.status !== 'NOT_APPLICABLE')
      .map((f) => ({
        ruleId: f.ruleId,
        status: f.status,
        level: reportedLevel(f),
        suppressed: f.suppression !== undefined,
        ...(f.suppression ? { suppression: f.suppression } : {}),
        reason: f.reason,
        ...(f.findingId ? { findingId: f.findingId } : {}),
        address: f.address,
        resourceType: f.resourceType,
        ...(f.constructPath ? { constructPath: f.constructPath } : {}),
        file: f.source,
        jsonPath: jsonPointer(f.jsonPath),
        line: lineOf(lines.get(f.source) ?? new Map(), f.jsonPath),
      })),
  };
  return JSON.stringify(document, null, 2) + '\n';
}
