import { JsonPath } from '../engine/terraform-configuration';

/** RFC 6901 JSON pointer for a path: `/resource/tencentcloud_instance/web/ingress/0`. */
export function jsonPointer(path: JsonPath): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * The 1-based line where each value of a JSON text starts, by JSON pointer, down to `maxDepth` levels.
 * A small scanner rather than a parser with positions: the text is already known to be valid JSON.
 */
export function jsonPointerLines(text: string, maxDepth = 6): Map<string, number> {
  const lines = new Map<string, number>();
  let pos = 0;
  let line = 1;
  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text[pos])) {
      if (text[pos] === '\n') line++;
      pos++;
    }
  };
  const readString = (): string => {
    const start = pos;
    pos++;
    while (text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    pos++;
    return JSON.parse(text.slice(start, pos)) as string;
  };
  const value = (pointer: string, depth: number): void => {
    skipSpace();
    if (depth <= maxDepth) lines.set(pointer, line);
    const c = text[pos];
    if (c === '{' || c === '[') {
      pos++;
      let index = 0;
      for (;;) {
        skipSpace();
        if (text[pos] === '}' || text[pos] === ']') {
          pos++;
          return;
        }
        if (text[pos] === ',') {
          pos++;
          skipSpace();
        }
        let key = String(index++);
        if (c === '{') {
          key = readString();
          skipSpace();
          pos++; // the colon
        }
        value(`${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
      }
    }
    if (c === '"') {
      readString();
      return;
    }
    while (pos < text.length && !/[\s,\]}]/.test(text[pos])) pos++;
  };
  value('', 0);
  return lines;
}

/** The line of the deepest part of `path` the text has a line for; 1 when it has none. */
export function lineOf(lines: ReadonlyMap<string, number>, path: JsonPath): number {
  for (let n = path.length; n >= 0; n--) {
    const found = lines.get(jsonPointer(path.slice(0, n)));
    if (found !== undefined) return found;
  }
  return 1;
}
