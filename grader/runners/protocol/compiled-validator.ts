// The shape of a validator compiled ahead by Ajv's standalone code generation.

/** One schema violation, as Ajv reports it. */
export interface CompiledError {
  readonly instancePath: string;
  readonly message?: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** A standalone validator: true when the value matches, else false with its first error in `errors`. */
export interface CompiledValidator {
  (value: unknown): boolean;
  errors?: readonly CompiledError[] | null;
}
