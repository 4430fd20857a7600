// Numbers for people: 4 significant digits in text (the JSON keeps full precision).

/** Significant digits of a number shown in text. */
export const TEXT_DIGITS = 4;

// A number with at most 4 significant digits: 0.7233333333333334 → 0.7233, 2.240893199 → 2.241.
export function roundForText(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  return String(Number(x.toPrecision(TEXT_DIGITS)));
}

// Rounds every decimal number in a line of evidence that carries more than 4 significant digits.
export function roundNumbersInText(text: string): string {
  return text.replace(/-?\d+\.\d+(?:e[-+]?\d+)?/g, (m) => {
    const digits = m
      .replace(/^-?0*\.?0*/, "")
      .replace(/e.*$/, "")
      .replace(".", "");
    return digits.length > TEXT_DIGITS ? roundForText(Number(m)) : m;
  });
}
