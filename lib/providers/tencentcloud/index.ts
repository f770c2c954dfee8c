// Barrel. Both import styles work and neither needs changing if a prebuilt package replaces these files:
// flat names (`import { Instance } from './providers/tencentcloud'`, as from a package's `lib/instance`)
// and one namespace per binding (`import { instance } from ...; new instance.Instance(...)`, as from a
// prebuilt package root). Every exported name is prefixed with its class name, so the flat exports cannot clash.
export * from './instance';
export * from './security-group';
export * from './security-group-rule-set';
export * from './cam-role';
export * from './cam-policy';
export * from './cam-role-policy-attachment';
export * from './ssm-secret';
export * from './ssm-secret-version';
export * from './vpc';
export * from './subnet';
export * from './data-tencentcloud-user-info';
export * from './data-tencentcloud-images';
export * from './provider';
export * as instance from './instance';
export * as securityGroup from './security-group';
export * as securityGroupRuleSet from './security-group-rule-set';
export * as camRole from './cam-role';
export * as camPolicy from './cam-policy';
export * as camRolePolicyAttachment from './cam-role-policy-attachment';
export * as ssmSecret from './ssm-secret';
export * as ssmSecretVersion from './ssm-secret-version';
export * as vpc from './vpc';
export * as subnet from './subnet';
export * as dataTencentcloudUserInfo from './data-tencentcloud-user-info';
export * as dataTencentcloudImages from './data-tencentcloud-images';
export * as provider from './provider';
