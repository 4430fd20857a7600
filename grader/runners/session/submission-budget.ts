// What one submission may use over its whole session: wall-clock time over all loads and calls, bytes sent on
// its protocol channel, and JSON values kept from its replies. Spent is never given back.
import type { NormalizedSessionOptions } from "../options.js";

/** Why a submission may not be called again, or undefined while it is within every bound. */
export type BudgetVerdict = string | undefined;

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

/** The running totals of one session, against its limits. */
export class SubmissionBudget {
  readonly #limits: Pick<
    NormalizedSessionOptions,
    "submissionBudgetMs" | "submissionBytes" | "submissionValues"
  >;
  #spentMs = 0;
  #bytes = 0;
  #values = 0;

  constructor(
    limits: Pick<NormalizedSessionOptions, "submissionBudgetMs" | "submissionBytes" | "submissionValues">,
  ) {
    this.#limits = limits;
  }

  /** Milliseconds left of the time budget (never negative). */
  get leftMs(): number {
    return Math.max(0, this.#limits.submissionBudgetMs - this.#spentMs);
  }

  /** Adds the time and the values kept of one load-and-call. */
  spend(ms: number, values: number): void {
    this.#spentMs += ms;
    this.#values += values;
  }

  /** Adds bytes received on the channel (at any time); false once the total is past the limit. */
  receive(bytes: number): boolean {
    this.#bytes += bytes;
    return this.#bytes <= this.#limits.submissionBytes;
  }

  /** Why the submission is out of budget, in the words its report shows, or undefined. */
  verdict(): BudgetVerdict {
    if (this.#bytes > this.#limits.submissionBytes) return this.bytesVerdict();
    return this.timeVerdict() ?? this.valuesVerdict();
  }

  /** Set once the time budget is spent. */
  timeVerdict(): BudgetVerdict {
    if (this.#spentMs < this.#limits.submissionBudgetMs) return undefined;
    return `the submission used up its time budget of ${this.#limits.submissionBudgetMs} ms over all its calls`;
  }

  /** Set once the replies kept hold more values than allowed. */
  valuesVerdict(): BudgetVerdict {
    if (this.#values <= this.#limits.submissionValues) return undefined;
    return `the submission's replies hold more than ${this.#limits.submissionValues} values in total`;
  }

  /** The words for a channel that carried more than the byte budget. */
  bytesVerdict(): string {
    return `the submission sent more than ${formatBytes(this.#limits.submissionBytes)} on its protocol channel in total`;
  }
}
