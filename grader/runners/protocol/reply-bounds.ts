// Bounds on one decoded reply, measured without recursion before anything else looks at it: how deep it
// nests, how many JSON values it holds, how many string characters.

/** What one reply may hold. */
export interface ReplyBounds {
  /** Deepest nesting of arrays and objects. */
  readonly maxDepth: number;
  /** Most JSON values (every array, object, string, number, boolean and null counts one). */
  readonly maxValues: number;
  /** Most characters over all strings and object keys. */
  readonly maxStringChars: number;
}

/** The course's largest reply (three layers of 500, 200 and 100 units) holds about 120 000 values. */
export const REPLY_BOUNDS: ReplyBounds = {
  maxDepth: 200,
  maxValues: 1_000_000,
  maxStringChars: 4_000_000,
};

/** The size of a reply that stayed within bounds, or the first bound it broke. */
export type Measured =
  | { readonly ok: true; readonly values: number }
  | { readonly ok: false; readonly reason: string };

/** Walks `value` with an explicit stack (a hostile nesting cannot overflow the grader's). */
export function measureReply(value: unknown, bounds: ReplyBounds = REPLY_BOUNDS): Measured {
  const stack: [unknown, number][] = [[value, 0]];
  let values = 0;
  let chars = 0;
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    values++;
    if (values > bounds.maxValues)
      return { ok: false, reason: `it holds more than ${bounds.maxValues} values` };
    if (typeof item === "string") chars += item.length;
    else if (item !== null && typeof item === "object") {
      if (depth >= bounds.maxDepth)
        return { ok: false, reason: `it nests deeper than ${bounds.maxDepth} levels` };
      const children = Array.isArray(item) ? item : Object.values(item);
      if (values + stack.length + children.length > bounds.maxValues)
        return { ok: false, reason: `it holds more than ${bounds.maxValues} values` };
      for (const child of children) stack.push([child, depth + 1]);
      if (!Array.isArray(item)) for (const key of Object.keys(item)) chars += key.length;
    }
    if (chars > bounds.maxStringChars)
      return { ok: false, reason: `its strings hold more than ${bounds.maxStringChars} characters` };
  }
  return { ok: true, values };
}
