// The public entry `tencentcloud-hardened-windows/providers/tencentcloud`. The bindings themselves are generated
// (./generated, see docs/bindings.md); this barrel is hand-written. Both import styles work: flat names
// (`import { Instance } from '.../providers/tencentcloud'`, as from a prebuilt package's `lib/instance`) and one
// namespace per binding (`new instance.Instance(...)`, as from a prebuilt package root). Every generated name is
// prefixed with its class name, so the flat exports cannot clash (tsc reports it if they ever do).
export * from './generated/as-scaling-config';
export * from './generated/as-scaling-group';
export * from './generated/cam-policy';
export * from './generated/cam-role';
export * from './generated/cam-role-policy-attachment';
export * from './generated/instance';
export * from './generated/security-group';
export * from './generated/security-group-rule-set';
export * from './generated/ssm-secret';
export * from './generated/ssm-secret-version';
export * from './generated/subnet';
export * from './generated/tat-command';
export * from './generated/tat-invocation-invoke-attachment';
export * from './generated/tat-invoker';
export * from './generated/vpc';
export * from './generated/data-tencentcloud-images';
export * from './generated/data-tencentcloud-user-info';
export * from './generated/provider';
export * as asScalingConfig from './generated/as-scaling-config';
export * as asScalingGroup from './generated/as-scaling-group';
export * as camPolicy from './generated/cam-policy';
export * as camRole from './generated/cam-role';
export * as camRolePolicyAttachment from './generated/cam-role-policy-attachment';
export * as instance from './generated/instance';
export * as securityGroup from './generated/security-group';
export * as securityGroupRuleSet from './generated/security-group-rule-set';
export * as ssmSecret from './generated/ssm-secret';
export * as ssmSecretVersion from './generated/ssm-secret-version';
export * as subnet from './generated/subnet';
export * as tatCommand from './generated/tat-command';
export * as tatInvocationInvokeAttachment from './generated/tat-invocation-invoke-attachment';
export * as tatInvoker from './generated/tat-invoker';
export * as vpc from './generated/vpc';
export * as dataTencentcloudImages from './generated/data-tencentcloud-images';
export * as dataTencentcloudUserInfo from './generated/data-tencentcloud-user-info';
export * as provider from './generated/provider';
