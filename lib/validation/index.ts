export * from './input-error';
export * from './primitives';
export * from './cidr';
export * from './host-names';
export * from './windows-account';
export * from './tencentcloud-values';
export * from './script-text';
export * from './unknown-props';
