export * from './hardened-windows-instance';
export * from './hardened-windows-fleet';
export * from './rdp-security-group';
export * from './rdp-credential-secret';
export { ConstructInputError } from './private/errors';
export * from './synth-app';
export { CoreMismatchError } from './private/same-core';
export * from './deploy-verification';
export * from './hardened-existing-instances';
