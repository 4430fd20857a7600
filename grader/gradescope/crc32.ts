// CRC-32 as ZIP stores it (IEEE 802.3, reflected polynomial 0xEDB88320), table-driven. zlib.crc32 only
// exists from Node 20.15 and 22.2, and the package supports Node ≥ 20.5.

/** The reflected form of the CRC-32 polynomial 0x04C11DB7 (ISO 3309, used by ZIP, PNG and gzip). */
const POLYNOMIAL = 0xedb88320;

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? POLYNOMIAL ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

// The CRC-32 of `bytes`, as an unsigned 32-bit integer (crc32("123456789") = 0xCBF43926).
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
