export * from './quote';
export * from './bootstrap-script';
export * from './user-data';
export { CREDENTIAL_TASK_NAME, PLAINTEXT_PASSWORD_VARIABLE } from './fragments/credential-task';
export * from './client-script';
export * from './verification-script';
export * from './tat-hardening-script';
