/** The variables setting 3's registration reads the SSM secret and CAM role names from. */
export const INSTANCE_VARIABLES = {
  secretName: 'InstanceSecretName',
  secretVersionId: 'InstanceSecretVersionId',
  camRoleName: 'InstanceCamRoleName',
} as const;

/** The registration's per-instance arguments, read from the variables the user data assigns before the script. */
export const CREDENTIAL_TASK_INSTANCE_ARGUMENTS =
  `-SecretName $${INSTANCE_VARIABLES.secretName} -SecretVersionId $${INSTANCE_VARIABLES.secretVersionId} ` +
  `-CamRoleName $${INSTANCE_VARIABLES.camRoleName}`;
