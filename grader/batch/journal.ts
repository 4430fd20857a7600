// The batch journal (OUTDIR/journal.jsonl): one JSON line per finished student, appended and fsynced
// before the next one is reported. A last line cut short by kill -9 has no newline: it is ignored and
// cut off when the batch resumes.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, truncateSync } from "node:fs";
import { dirname } from "node:path";
import { UsageError } from "../cli/usage-error.js";
import { syncFolder, writeAll } from "./atomic-write.js";

/** The journal's file name in OUTDIR. */
export const JOURNAL_FILE = "journal.jsonl";
/** Version of the journal line format. */
export const JOURNAL_VERSION = 1;

/** The fields every journal line has. */
export interface EntryBase {
  readonly v: typeof JOURNAL_VERSION;
  readonly student: string;
  /** The submission's path relative to the submissions folder. */
  readonly submission: string;
  /** sha256 of the submission's bytes. */
  readonly sha256: string;
  /** The cache key (grader version, rubric, submission name and bytes): see fingerprint.ts. */
  readonly key: string;
}

/** One finished student: a grade (its result file), or an infrastructure error that persisted. */
export type JournalEntry =
  | (EntryBase & { readonly status: "graded"; readonly result: string })
  | (EntryBase & { readonly status: "infrastructure-error"; readonly message: string });

/** What a journal file holds: its complete entries, and how many bytes of them there are. */
export interface JournalContents {
  readonly entries: readonly JournalEntry[];
  readonly completeBytes: number;
  /** Bytes of a torn last line (0 when the file ends with a newline). */
  readonly tornBytes: number;
}

// Reads a journal; a torn last line is left out, any other bad line is a configuration error.
export function readJournal(path: string): JournalContents {
  if (!existsSync(path)) return { entries: [], completeBytes: 0, tornBytes: 0 };
  const bytes = readFileSync(path);
  const end = bytes.lastIndexOf(0x0a) + 1;
  const lines = bytes.subarray(0, end).toString("utf8").split("\n").slice(0, -1);
  const entries = lines.map((line, i) => parseEntry(line, `${path}:${i + 1}`));
  return { entries, completeBytes: end, tornBytes: bytes.length - end };
}

function parseEntry(line: string, where: string): JournalEntry {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    throw new UsageError(`${where}: not a JSON line; the journal was edited or damaged`);
  }
  if (!isEntry(data)) throw new UsageError(`${where}: not a journal entry of version ${JOURNAL_VERSION}`);
  return data;
}

function isEntry(data: unknown): data is JournalEntry {
  if (typeof data !== "object" || data === null) return false;
  const e = data as Record<string, unknown>;
  const base =
    e.v === JOURNAL_VERSION &&
    ["student", "submission", "sha256", "key"].every((field) => typeof e[field] === "string");
  if (!base) return false;
  if (e.status === "graded") return typeof e.result === "string";
  return e.status === "infrastructure-error" && typeof e.message === "string";
}

/** An open journal that entries are appended to. */
export interface JournalWriter {
  append(entry: JournalEntry): void;
  close(): void;
}

// Opens the journal for appending, first cutting off a torn last line (left by kill -9).
export function openJournal(path: string, contents: JournalContents): JournalWriter {
  if (contents.tornBytes > 0) truncateSync(path, contents.completeBytes);
  const fd = openSync(path, "a", 0o644);
  syncFolder(dirname(path));
  return {
    append(entry) {
      writeAll(fd, Buffer.from(`${JSON.stringify(entry)}\n`, "utf8"));
      fsyncSync(fd);
    },
    close() {
      closeSync(fd);
    },
  };
}

// "student\0key" of every graded entry: the gradings a resumed batch does not repeat.
export function gradedKeys(entries: readonly JournalEntry[]): Set<string> {
  return new Set(entries.filter((e) => e.status === "graded").map((e) => journalKey(e.student, e.key)));
}

// The lookup key of a student's grading under one cache key.
export function journalKey(student: string, key: string): string {
  return `${student}\0${key}`;
}
