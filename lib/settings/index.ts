export * from './registry-value';
export * from './hardening-setting';
export * from './classic-sharing-model';
export * from './saved-credential-delegation';
export * from './stored-rdp-credential';
export * from './password-protected-sharing';
export * from './hardening-policy';
export * from './policy-metadata';
