// Parses C99 hexadecimal floating-point literals ("-0x1.7cc7f79e69000p-2"), the form glibc's tables use.

const HEX_FLOAT = /^([+-]?)0x([0-9a-f]+)(?:\.([0-9a-f]*))?p([+-]?\d+)$/i;

// Smallest positive normal double, 2^-1022; below it the scaling in parseHexDouble could round.
const MIN_NORMAL = 2 ** -1022;

// The double written as a hexadecimal literal; throws unless the literal is exactly a normal double (or zero).
export function parseHexDouble(literal: string): number {
  const match = HEX_FLOAT.exec(literal);
  if (match === null) throw new SyntaxError(`hex float: expected a literal like 0x1.8p-3, got "${literal}"`);
  const [, sign, whole, fraction = "", exponent] = match;
  const mantissa = Number.parseInt(whole + fraction, 16);
  if (!Number.isSafeInteger(mantissa)) {
    throw new RangeError(`hex float: "${literal}" has more than 53 significant bits`);
  }
  const power = Number(exponent) - 4 * fraction.length;
  const magnitude = scaleByPowerOfTwo(mantissa, power);
  if (magnitude !== 0 && (magnitude < MIN_NORMAL || !Number.isFinite(magnitude))) {
    throw new RangeError(`hex float: "${literal}" is not a normal double`);
  }
  return sign === "-" ? -magnitude : magnitude;
}

// m·2^e for an integer m < 2^53, in two steps so that 2^e itself never overflows or underflows.
function scaleByPowerOfTwo(m: number, e: number): number {
  const half = Math.trunc(e / 2);
  return m * 2 ** half * 2 ** (e - half);
}
