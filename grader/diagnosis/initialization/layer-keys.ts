// Reading the course's key names (W1, b1, …) and the shapes they must have.

/** A parsed course key: "W2" → { kind: "W", l: 2 }. */
export interface LayerKey {
  readonly kind: "W" | "b";
  readonly l: number;
}

// Parses W<l> / b<l>; anything else is not a course key.
export function parseLayerKey(key: string): LayerKey | undefined {
  const m = /^([Wb])(\d+)$/.exec(key);
  return m === null ? undefined : { kind: m[1] as "W" | "b", l: Number(m[2]) };
}

// The shape the course requires: W_l is (n_l, n_{l−1}), b_l is (n_l, 1).
export function expectedShape(layersDims: readonly number[], k: LayerKey): number[] {
  const n = layersDims[k.l];
  return k.kind === "W" ? [n, layersDims[k.l - 1]] : [n, 1];
}

// Whether the keys are exactly W_l and b_l for l = first … last.
export function isLayerRange(keys: readonly string[], first: number, last: number): boolean {
  const wanted = new Set<string>();
  for (let l = first; l <= last; l++) wanted.add(`W${l}`).add(`b${l}`);
  return keys.length === wanted.size && keys.every((k) => wanted.has(k));
}
