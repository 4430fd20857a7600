// Which isolation the runners use: the strongest level that works here, or a weaker one asked for (tests, a
// machine whose bwrap misbehaves). Asking can only lower isolation; a level stronger than works is refused.
import { detectIsolation, ISOLATION_LEVELS, type IsolationLevel } from "../../sandbox/index.js";
import { InfrastructureError } from "../infrastructure-error.js";
import type { RunnerIsolationLevel } from "../types.js";

/** Environment variable naming a sandbox level to use instead of the strongest available one. */
export const ISOLATION_VARIABLE = "NN_GRADER_ISOLATION";

function isLevel(value: string): value is IsolationLevel {
  return (ISOLATION_LEVELS as readonly string[]).includes(value);
}

// Position in ISOLATION_LEVELS: a smaller index is a stronger level.
function strength(level: IsolationLevel): number {
  return ISOLATION_LEVELS.indexOf(level);
}

/**
 * The level for a session. `requested` comes from SessionOptions (already checked); without it the
 * environment variable is read, and without that the strongest working level is used. "none" is only ever
 * programmatic (benchmarks): the environment cannot select it. A request for a level stronger than what
 * works here is a configuration error (InfrastructureError), so that requiring bubblewrap fails closed.
 */
export async function chooseIsolation(
  requested: RunnerIsolationLevel | undefined,
  env: NodeJS.ProcessEnv = process.env,
  detect: () => Promise<IsolationLevel> = detectIsolation,
): Promise<RunnerIsolationLevel> {
  if (requested === "none") return "none";
  const fromEnv = env[ISOLATION_VARIABLE];
  let wanted: IsolationLevel | undefined = requested;
  let source = "the isolation option";
  if (wanted === undefined && fromEnv !== undefined && fromEnv !== "") {
    if (!isLevel(fromEnv)) {
      throw new InfrastructureError(
        `${ISOLATION_VARIABLE}: expected one of ${ISOLATION_LEVELS.join(", ")}, got ${JSON.stringify(fromEnv)}`,
      );
    }
    wanted = fromEnv;
    source = `${ISOLATION_VARIABLE}=${fromEnv}`;
  }
  const available = await detect();
  if (wanted === undefined) return available;
  if (strength(wanted) < strength(available)) {
    throw new InfrastructureError(
      `${source} asks for ${wanted} isolation, but the strongest that works here is ${available}; run \`grader doctor\``,
    );
  }
  return wanted;
}
