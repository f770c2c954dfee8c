/** A figure the project commits to, with the measured value and how far inside or outside it is. */
export interface TargetResult {
  readonly target: string;
  readonly measured: string;
  readonly pass: boolean;
  /** "PASS: 12.3 s to spare" or "MISS by 2,606 B (42% over)". */
  readonly verdict: string;
}

/** `actual` must be at most `limit`; `format` prints both in the figure's unit. */
export function atMost(target: string, actual: number, limit: number, format: (value: number) => string): TargetResult {
  const pass = actual <= limit;
  const verdict = pass
    ? `PASS: ${format(limit - actual)} to spare`
    : `MISS by ${format(actual - limit)} (${Math.round(((actual - limit) / limit) * 100)}% over)`;
  return { target, measured: format(actual), pass, verdict };
}

export const formatBytes = (bytes: number): string => `${Math.round(bytes).toLocaleString('en-US')} B`;
export const formatRatio = (ratio: number): string => `${ratio.toFixed(2)}×`;
