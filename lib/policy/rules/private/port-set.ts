/** A set of ports as sorted, disjoint, inclusive ranges within 0-65535. */
export type PortSet = ReadonlyArray<readonly [number, number]>;

export const ALL_PORTS: PortSet = [[0, 65535]];

/**
 * The ports a rule's port text names: unset, empty or `ALL` mean every port; otherwise a comma list of
 * ports and ranges (`80`, `80,443`, `3000-4000`). Undefined when the text is none of those.
 */
export function parsePorts(text: string | undefined): PortSet | undefined {
  if (text === undefined || text.trim() === '' || text.trim().toUpperCase() === 'ALL') return ALL_PORTS;
  const ranges: Array<[number, number]> = [];
  for (const piece of text.split(',')) {
    const match = /^\s*(\d{1,5})\s*(?:-\s*(\d{1,5})\s*)?$/.exec(piece);
    if (!match) return undefined;
    const low = Number(match[1]);
    const high = match[2] === undefined ? low : Number(match[2]);
    if (high > 65535 || low > high) return undefined;
    ranges.push([low, high]);
  }
  return normalize(ranges);
}

function normalize(ranges: ReadonlyArray<readonly [number, number]>): PortSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [low, high] of sorted) {
    const last = out[out.length - 1];
    if (last && low <= last[1] + 1) last[1] = Math.max(last[1], high);
    else out.push([low, high]);
  }
  return out;
}

export function portsUnion(a: PortSet, b: PortSet): PortSet {
  return normalize([...a, ...b]);
}

export function portsMinus(a: PortSet, b: PortSet): PortSet {
  let remaining: Array<[number, number]> = a.map(([l, h]) => [l, h]);
  for (const [cutLow, cutHigh] of b) {
    remaining = remaining.flatMap(([low, high]): Array<[number, number]> => {
      if (cutHigh < low || cutLow > high) return [[low, high]];
      return [
        ...(low < cutLow ? [[low, cutLow - 1] as [number, number]] : []),
        ...(high > cutHigh ? [[cutHigh + 1, high] as [number, number]] : []),
      ];
    });
  }
  return remaining;
}

export function portsHas(set: PortSet, port: number): boolean {
  return set.some(([low, high]) => port >= low && port <= high);
}

/** Every usable port, 1 to 65535 (port 0 is not one). */
export function coversEveryPort(set: PortSet): boolean {
  return portsMinus([[1, 65535]], set).length === 0;
}

export function describePorts(set: PortSet): string {
  if (coversEveryPort(set)) return 'all ports';
  return set.map(([l, h]) => (l === h ? String(l) : `${l}-${h}`)).join(',');
}
