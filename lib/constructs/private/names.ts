import { createHash } from 'crypto';

/**
 * A name for a cloud object that must be unique in an account or region (CAM roles, SSM secrets):
 * a readable prefix and label, and 8 hex digits of the hash of the construct path that owns it.
 */
export function uniqueCloudName(constructPath: string, prefix: string, label: string, maxLength: number): string {
  const hash = createHash('sha256').update(constructPath).digest('hex').slice(0, 8);
  const readable = `${prefix}-${label}`.replace(/[^A-Za-z0-9-]/g, '-').replace(/-+/g, '-');
  return `${readable.slice(0, maxLength - hash.length - 1).replace(/-$/, '')}-${hash}`;
}
