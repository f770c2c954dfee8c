export * from './input-error';
export * from './cidr';
export * from './host-names';
export * from './windows-account';
export * from './tencentcloud-values';
