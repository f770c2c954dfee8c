export * from './quote';
export * from './bootstrap-script';
export * from './user-data';
export { CREDENTIAL_TASK_NAME } from './fragments/credential-task';
