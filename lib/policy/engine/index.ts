export * from './rule';
export * from './terraform-configuration';
export * from './expressions';
export * from './evaluate';
export * from './suppressions';
export * from './policy-metadata';
export * from './check-run-cache';
