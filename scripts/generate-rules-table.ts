import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { replaceRulesTable } from '../lib/policy/output/rules-table';
import { POLICY_RULES } from '../lib/policy/registry';

/** Rewrites the rules table in docs/policy-checks.md from the registry; a test fails when they differ. */
const page = join(__dirname, '..', 'docs', 'policy-checks.md');
const before = readFileSync(page, 'utf8');
const after = replaceRulesTable(before, POLICY_RULES);
writeFileSync(page, after);
console.log(
  before === after ? 'docs/policy-checks.md rules table is up to date' : 'docs/policy-checks.md rules table rewritten',
);
