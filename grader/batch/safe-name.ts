// Student ids as file names: an id that is already a plain lower-case name is kept, any other id (and a plain
// one shaped like a derived name) is mapped to a readable stem plus a hash of the id, so no id can leave
// OUTDIR or take the name derived for another.
import { createHash } from "node:crypto";

// Lower-case letters, digits, `_`, `-`, and single dots between them: no path separators, no `..`, no
// hidden files, nothing a case-insensitive file system could fold onto another id.
const PLAIN = /^[a-z0-9](?:[a-z0-9_-]|\.(?=[a-z0-9_-]))*$/;
const MAX_PLAIN_LENGTH = 80;
const MAX_STEM_LENGTH = 48;
const HASH_HEX_DIGITS = 10;
/** Suffixes the batch adds to a student's file name; an id ending in one would shadow another file. */
const RESERVED_ENDINGS = [".gradescope"];
/** The shape of a derived name: a plain id of that shape is derived too, so it cannot take another id's name. */
const DERIVED = /(?:^id|-[0-9a-f]{10})$/;

// The file name (without extension) used for `id` under results/.
export function safeFileName(id: string): string {
  if (
    id.length <= MAX_PLAIN_LENGTH &&
    PLAIN.test(id) &&
    !DERIVED.test(id) &&
    !RESERVED_ENDINGS.some((ending) => id.endsWith(ending))
  )
    return id;
  const stem = id
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, MAX_STEM_LENGTH);
  const hash = createHash("sha256").update(id, "utf8").digest("hex").slice(0, HASH_HEX_DIGITS);
  return stem === "" ? `id-${hash}` : `${stem}-${hash}`;
}

// The file name of every id; two ids landing on one name (only possible by a crafted hash collision)
// stop the batch rather than let one student's result replace another's.
export function safeNamesFor(ids: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const id of ids) {
    const name = safeFileName(id);
    const owner = owners.get(name);
    if (owner !== undefined && owner !== id)
      throw new Error(`students ${JSON.stringify(owner)} and ${JSON.stringify(id)} map to one file name`);
    owners.set(name, id);
    names.set(id, name);
  }
  return names;
}
