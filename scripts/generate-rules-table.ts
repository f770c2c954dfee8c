import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { replaceRulesTable } from '../lib/policy/output/rules-table';
import { POLICY_RULES } from '../lib/policy/registry';

/** Rewrites the rules table in README.md from the registry; a test fails when they differ. */
const readme = join(__dirname, '..', 'README.md');
const before = readFileSync(readme, 'utf8');
const after = replaceRulesTable(before, POLICY_RULES);
writeFileSync(readme, after);
console.log(before === after ? 'README.md rules table is up to date' : 'README.md rules table rewritten');
