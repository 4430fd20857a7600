// The student copy of a rubric: only tests visible now, nothing of the withheld ones, the rest as written.
import { Document, isMap, isScalar, isSeq, visit } from "yaml";
import { cutItems } from "./cut-items.js";
import { parseRubric } from "./load.js";
import { RubricError } from "./problems.js";
import { lineOf, parseYaml } from "./yaml-source.js";

/** The public copy's text and what it kept and withheld. */
export interface PublicCopy {
  readonly text: string;
  readonly kept: number;
  readonly withheld: number;
  /** False when the copy had to be rebuilt from data (YAML aliases, or a tests list not in plain block style). */
  readonly commentsKept: boolean;
}

/** Output style of a rebuilt copy: flow lists written `[3, 2, 1]`. */
const STRINGIFY_OPTIONS = { flowCollectionPadding: false, lineWidth: 100 } as const;

// Writes the student copy of valid rubric text. Only `visible` tests stay: after_due_date and
// after_published tests are not visible yet, and a copy handed out now must not reveal them.
export function publicCopy(text: string, file: string): PublicCopy {
  const rubric = parseRubric(text, file);
  const withheldIds = new Set(rubric.tests.filter((t) => t.visibility !== "visible").map((t) => t.id));
  const kept = rubric.tests.length - withheldIds.size;
  const source = parseYaml(text);
  if (kept === 0) {
    const problem = {
      path: "tests",
      line: lineOf(source, ["tests"]),
      message: "no test is visible, so a public copy would be empty",
    };
    throw new RubricError(file, [problem]);
  }
  const { doc } = source;
  const tests = doc.get("tests", true);
  if (!isSeq(tests)) throw new Error("a validated rubric has a tests list");
  const drop = new Set(
    tests.items.flatMap((item, i) => (isMap(item) && withheldIds.has(String(item.get("id"))) ? [i] : [])),
  );
  const cut = hasAliases(doc) ? undefined : cutItems(text, tests, drop);
  const commentsKept = cut !== undefined;
  const body = (cut ?? rebuild(doc, withheldIds)).replace(/(\r?\n)+$/, "\n");
  const lines = [
    `# Public copy of ${file}, written by \`grader rubric public\`: visible tests only.`,
    `# ${withheldIds.size} of ${rubric.tests.length} tests ${withheldIds.size === 1 ? "is" : "are"} withheld (hidden, or not visible until a later date).`,
    ...(commentsKept
      ? []
      : ["# Comments and layout were not kept: the original was rewritten from its data."]),
  ];
  const result = `${lines.join("\n")}\n\n${body}`;
  parseRubric(result, `public copy of ${file}`); // A copy that does not validate is a bug here, not the user's.
  return { text: result, kept, withheld: withheldIds.size, commentsKept };
}

function rebuild(doc: Document.Parsed, withheld: ReadonlySet<string>): string {
  const data = doc.toJS() as { tests: { id: string }[] };
  const out = new Document({ ...data, tests: data.tests.filter((t) => !withheld.has(t.id)) });
  // Lists of numbers and lists of such lists (inputs, checks) read best on one line: [[3, 2, 1]].
  visit(out, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item) || (isSeq(item) && item.items.every(isScalar))))
        node.flow = true;
    },
  });
  return out.toString(STRINGIFY_OPTIONS);
}

function hasAliases(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, {
    Alias() {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}
