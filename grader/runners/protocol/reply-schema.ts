// The JSON Schemas of every message a driver may send, with the bounds the parent holds it to. They are
// compiled ahead into standalone validators (scripts/compile-protocol-validators.ts, run by `npm run build`).

/** Longest exception message a driver sends (the Python driver cuts at 2000 characters). */
export const MAX_MESSAGE_CHARS = 4000;
/** Longest traceback a driver sends (the Python driver cuts at 8000 characters). */
export const MAX_TRACEBACK_CHARS = 16_000;
/** Most warnings on a load reply. */
export const MAX_WARNINGS = 100;
/** Most grader notes on a load reply. */
export const MAX_NOTES = 200;
/** Longest warning, and longest text of a note, an error's location or a stack line. */
export const MAX_NOTE_CHARS = 2000;
/** Most names in a "missing" reply, and the longest name. */
export const MAX_NAMES = 1000;
export const MAX_NAME_CHARS = 200;

const SPECIAL_FLOAT = { enum: ["NaN", "Infinity", "-Infinity"] };
const SHORT_STRING = { type: "string", maxLength: MAX_NAME_CHARS };
const TEXT = { type: "string", maxLength: MAX_NOTE_CHARS };
const WARNINGS = { type: "array", maxItems: MAX_WARNINGS, items: TEXT };
/** The grader's notes on a load (grader/runners/types.ts GraderNote). */
const NOTES = {
  type: "array",
  maxItems: MAX_NOTES,
  items: {
    type: "object",
    required: ["kind", "message"],
    properties: { kind: TEXT, message: TEXT, location: TEXT },
  },
};

/** A WireValue (grader/runners/types.ts); depth and element counts are bounded before it is validated. */
const WIRE_VALUE = {
  anyOf: [
    { type: ["null", "boolean", "number", "string"] },
    {
      type: "object",
      minProperties: 1,
      maxProperties: 1,
      properties: {
        $float: SPECIAL_FLOAT,
        $array: {
          type: "object",
          required: ["shape", "dtype", "data"],
          properties: {
            shape: { type: "array", maxItems: 32, items: { type: "integer", minimum: 0 } },
            dtype: { type: "string", minLength: 1, maxLength: 64 },
            data: {
              type: "array",
              items: { anyOf: [{ type: ["number", "boolean", "null"] }, SPECIAL_FLOAT] },
            },
          },
        },
        $list: { type: "array", items: { $ref: "#/$defs/wire" } },
        $tuple: { type: "array", items: { $ref: "#/$defs/wire" } },
        $dict: {
          type: "array",
          items: {
            type: "array",
            minItems: 2,
            maxItems: 2,
            prefixItems: [{ type: "string" }, { $ref: "#/$defs/wire" }],
          },
        },
        $other: {
          type: "object",
          required: ["type", "repr"],
          properties: { type: SHORT_STRING, repr: TEXT },
        },
      },
      additionalProperties: false,
    },
  ],
};

/** A student's exception; `location` is where it was raised as the student sees it. Other fields are ignored. */
const STUDENT_ERROR = {
  type: "object",
  required: ["type", "message", "traceback"],
  properties: {
    type: SHORT_STRING,
    message: { type: "string", maxLength: MAX_MESSAGE_CHARS },
    traceback: { type: "string", maxLength: MAX_TRACEBACK_CHARS },
    line: { anyOf: [{ type: "null" }, { type: "integer", minimum: 1 }] },
    location: TEXT,
  },
};

const DEFS = { wire: WIRE_VALUE, error: STUDENT_ERROR };

// One schema per kind of message, so that a refusal names the field at fault rather than every alternative.
function schema(id: string, required: readonly string[], properties: Record<string, unknown>) {
  return { $id: `nn-grader/${id}`, $defs: DEFS, type: "object", required, properties } as const;
}

const RESULT = { type: { const: "result" }, id: { type: "integer" } };

/** Every message a driver may send, by kind; the keys name the validators compiled from them. */
export const REPLY_SCHEMAS = {
  /** The submission loaded; `notes` (optional) say what the load left out or replaced. */
  ready: schema("ready", ["type", "warnings"], {
    type: { const: "ready" },
    warnings: WARNINGS,
    notes: NOTES,
  }),
  /** The submission did not load. */
  loadFailed: schema("load-failed", ["type", "error"], {
    type: { const: "load-failed" },
    error: { $ref: "#/$defs/error" },
    notes: NOTES,
  }),
  /** A call returned (the id is compared with the request's apart from the schema). */
  returned: schema("returned", ["type", "id", "status", "value", "durationMs"], {
    ...RESULT,
    status: { const: "returned" },
    value: { $ref: "#/$defs/wire" },
    argsAfter: { type: "array", maxItems: 64, items: { $ref: "#/$defs/wire" } },
    durationMs: { type: "number", minimum: 0 },
  }),
  /** A call raised, or met the submission's load failure. */
  raised: schema("raised", ["type", "id", "status", "error"], {
    ...RESULT,
    status: { enum: ["raised", "load-failed"] },
    error: { $ref: "#/$defs/error" },
  }),
  /** The function does not exist. */
  missing: schema("missing", ["type", "id", "status", "available"], {
    ...RESULT,
    status: { const: "missing" },
    available: { type: "array", maxItems: MAX_NAMES, items: SHORT_STRING },
  }),
  /** Where a running call is, sent at most once shortly before its deadline, ahead of its reply. */
  stack: schema("stack", ["type", "id", "location", "code"], {
    type: { const: "stack" },
    id: { type: "integer" },
    location: TEXT,
    code: TEXT,
    line: { type: "integer", minimum: 1 },
  }),
} as const;
