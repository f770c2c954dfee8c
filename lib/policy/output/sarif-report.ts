import { createHash } from 'crypto';
import { isAbsolute, relative, sep } from 'path';
import { pathToFileURL } from 'url';
import { PolicyReport } from '../check';
import { reportedLevel } from '../engine/evaluate';
import { jsonPointer, jsonPointerLines, lineOf } from './json-pointer-lines';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_TOOL_NAME = 'tencentcloud-hardened-windows policy-check';
const SOURCE_ROOT = '%SRCROOT%';

export interface SarifOptions {
  readonly toolVersion: string;
  /** Files under it get relative URIs against `%SRCROOT%`, as GitHub code scanning expects. */
  readonly sourceRoot: string;
}

/**
 * SARIF 2.1.0: one run, the pack's rules with their help, and a result per open or suppressed finding,
 * located at the resource (or the rule inside it) in the Terraform JSON file by line and JSON pointer.
 * Suppressed findings carry an `inSource` suppression with the recorded reason, so code scanning shows
 * them as dismissed rather than dropping them.
 */
export function renderSarifReport(report: PolicyReport, options: SarifOptions): string {
  const lines = new Map(
    report.inputs.map((input) => [input.source, input.text ? jsonPointerLines(input.text) : new Map<string, number>()]),
  );
  const ruleIndex = new Map(report.rules.map((rule, i) => [rule.id, i]));
  const results = report.findings
    .filter((f) => f.status === 'NON_COMPLIANT' || f.status === 'UNKNOWN')
    .map((f) => {
      const pointer = jsonPointer(f.jsonPath);
      return {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: reportedLevel(f),
        message: { text: `${f.status === 'UNKNOWN' ? 'Could not be decided: ' : ''}${f.address}: ${f.reason}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(f.source, options.sourceRoot),
              region: { startLine: lineOf(lines.get(f.source) ?? new Map(), f.jsonPath) },
            },
            logicalLocations: [{ name: f.address, fullyQualifiedName: pointer, kind: 'object' }],
          },
        ],
        partialFingerprints: {
          // Stable across edits that only move lines: the rule, the resource, and the part of it.
          'tcwinFinding/v1': createHash('sha256')
            .update(`${f.ruleId}|${f.address}|${f.findingId ?? ''}`)
            .digest('hex'),
        },
        ...(f.suppression
          ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: f.suppression.reason }] }
          : {}),
        properties: {
          status: f.status,
          jsonPath: pointer,
          ...(f.constructPath ? { constructPath: f.constructPath } : {}),
        },
      };
    });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: SARIF_TOOL_NAME,
            version: options.toolVersion,
            rules: report.rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/[^A-Za-z0-9]/g, ''),
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.explanation },
              help: {
                text: `${rule.title}. ${rule.explanation}`,
                markdown: `**${rule.title}**\n\n${rule.explanation}${
                  rule.checkovIds.length ? `\n\nRelated checkov checks: ${rule.checkovIds.join(', ')}.` : ''
                }`,
              },
              defaultConfiguration: { level: rule.level },
              properties: {
                tags: ['security', 'terraform', 'tencentcloud'],
                resourceTypes: rule.resourceTypes,
                checkovIds: rule.checkovIds,
              },
            })),
          },
        },
        originalUriBaseIds: {
          [SOURCE_ROOT]: {
            uri: pathToFileURL(options.sourceRoot.endsWith(sep) ? options.sourceRoot : options.sourceRoot + sep).href,
          },
        },
        artifacts: report.inputs.map((input) => ({ location: artifactLocation(input.source, options.sourceRoot) })),
        invocations: [{ executionSuccessful: true }],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function artifactLocation(file: string, sourceRoot: string): { uri: string; uriBaseId?: string } {
  const absolute = isAbsolute(file) ? file : `${sourceRoot}${sep}${file}`;
  const inside = relative(sourceRoot, absolute);
  if (!inside.startsWith('..') && !isAbsolute(inside))
    return { uri: inside.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
  return { uri: pathToFileURL(absolute).href };
}
