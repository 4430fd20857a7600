// State files the grader reads back: written with owner-only permissions and an HMAC under a key kept beside
// them (0600). A file that is not ours, is writable by others, or fails its check is treated as absent.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { lstatSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const KEY_FILE = ".key";
const KEY_BYTES = 32;

// True when `path` is a regular file of this process's user that no one else may write.
function ownedFile(path: string): boolean {
  const stat = lstatSync(path);
  const uid = process.getuid?.();
  return stat.isFile() && (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
}

// The folder's key, created (0600, exclusively) on first use.
function keyOf(folder: string): Buffer {
  const path = join(folder, KEY_FILE);
  try {
    writeFileSync(path, randomBytes(KEY_BYTES), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  if (!ownedFile(path)) throw new Error(`${path}: not a private key file`);
  const key = readFileSync(path);
  if (key.length !== KEY_BYTES) throw new Error(`${path}: not a key`);
  return key;
}

function mac(key: Buffer, name: string, body: string): Buffer {
  return createHmac("sha256", key).update(name).update("\0").update(body).digest();
}

/** Writes `body` to `path` (in a private folder), sealed; atomic (a temporary file renamed into place). */
export function writeSealed(path: string, body: string): void {
  const key = keyOf(dirname(path));
  const sealed = JSON.stringify({ mac: mac(key, path, body).toString("hex"), body });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, sealed, { mode: 0o600 });
  renameSync(temporary, path);
}

/** The body of a sealed file, or undefined when it is missing, not private, malformed or tampered with. */
export function readSealed(path: string): string | undefined {
  try {
    if (!ownedFile(path)) return undefined;
    const sealed = JSON.parse(readFileSync(path, "utf8")) as { mac?: unknown; body?: unknown };
    if (typeof sealed.mac !== "string" || typeof sealed.body !== "string") return undefined;
    const expected = mac(keyOf(dirname(path)), path, sealed.body);
    const given = Buffer.from(sealed.mac, "hex");
    return given.length === expected.length && timingSafeEqual(given, expected) ? sealed.body : undefined;
  } catch {
    return undefined;
  }
}
