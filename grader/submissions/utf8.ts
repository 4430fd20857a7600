// Decodes submission bytes as strict UTF-8, naming the first bad byte and its offset when it is not.

/** The text, or the offset and value of the first byte that breaks UTF-8. */
export type Utf8Result =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly offset: number; readonly byte: number };

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

// Length of the sequence a lead byte announces, 0 for a byte that cannot lead (RFC 3629 table).
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

// Allowed range of the second byte, which excludes overlongs, surrogates and code points past U+10FFFF.
function secondByteOk(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0 && second <= 0xbf;
  if (lead === 0xed) return second >= 0x80 && second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90 && second <= 0xbf;
  if (lead === 0xf4) return second >= 0x80 && second <= 0x8f;
  return second >= 0x80 && second <= 0xbf;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (as Python reports it), or -1. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i]);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const at = i + k;
      if (at >= bytes.length) return i;
      const ok = k === 1 ? secondByteOk(bytes[i], bytes[at]) : bytes[at] >= 0x80 && bytes[at] <= 0xbf;
      if (!ok) return i;
    }
    i += length;
  }
  return -1;
}

/** Strict UTF-8 decoding (a leading byte-order mark is dropped); never throws. */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const at = offset < 0 ? bytes.length - 1 : offset;
    return { ok: false, offset: at, byte: bytes[at] ?? 0 };
  }
}
