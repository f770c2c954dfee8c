/**
 * The Registry Policy file format, written from Microsoft's specification (MS-GPREG 2.1.1, "Registry
 * Policy File Format"), independently of the script that writes it: "PReg", version 1 (DWORD LE), then
 * records `[key;value;type;size;data]` with brackets, semicolons, key and value in UTF-16LE, key and
 * value NUL-terminated, type and size DWORD LE.
 */
export const REG_SZ = 1;
export const REG_DWORD = 4;

export interface PolRecord {
  readonly key: string;
  readonly name: string;
  readonly type: number;
  readonly data: Buffer;
}

const HEADER = Buffer.from([0x50, 0x52, 0x65, 0x67, 1, 0, 0, 0]);
const utf16 = (text: string) => Buffer.from(text, 'utf16le');
const dwordBytes = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** REG_SZ data: the text in UTF-16LE with its terminating NUL, which the size counts. */
export function szData(text: string): Buffer {
  return utf16(text + '\0');
}

export function dwordData(n: number): Buffer {
  return dwordBytes(n);
}

export function encodeRecord(r: PolRecord): Buffer {
  return Buffer.concat([
    utf16(`[${r.key}\0;${r.name}\0;`),
    dwordBytes(r.type),
    utf16(';'),
    dwordBytes(r.data.length),
    utf16(';'),
    r.data,
    utf16(']'),
  ]);
}

export function encodeRegistryPol(records: readonly PolRecord[]): Buffer {
  return Buffer.concat([HEADER, ...records.map(encodeRecord)]);
}

/** The records, each with its exact bytes; throws on anything that is not the format. */
export function decodeRegistryPol(file: Buffer): Array<PolRecord & { bytes: Buffer }> {
  if (!file.subarray(0, 8).equals(HEADER))
    throw new Error(`not a PReg version 1 file: ${file.subarray(0, 8).toString('hex')}`);
  const records: Array<PolRecord & { bytes: Buffer }> = [];
  let pos = 8;
  const expectChar = (c: string) => {
    if (file.toString('utf16le', pos, pos + 2) !== c) throw new Error(`expected '${c}' at byte ${pos}`);
    pos += 2;
  };
  const readString = () => {
    const start = pos;
    while (pos + 1 < file.length && (file[pos] !== 0 || file[pos + 1] !== 0)) pos += 2;
    if (pos + 1 >= file.length) throw new Error(`unterminated string at byte ${start}`);
    const text = file.toString('utf16le', start, pos);
    pos += 2;
    return text;
  };
  while (pos < file.length) {
    const start = pos;
    expectChar('[');
    const key = readString();
    expectChar(';');
    const name = readString();
    expectChar(';');
    const type = file.readUInt32LE(pos);
    pos += 4;
    expectChar(';');
    const size = file.readUInt32LE(pos);
    pos += 4;
    expectChar(';');
    const data = file.subarray(pos, pos + size);
    if (data.length !== size) throw new Error(`record at byte ${start} is cut short`);
    pos += size;
    expectChar(']');
    records.push({ key, name, type, data: Buffer.from(data), bytes: Buffer.from(file.subarray(start, pos)) });
  }
  return records;
}
