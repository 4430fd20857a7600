// Resource limits applied to every sandboxed child with prlimit, their measured needs and their defaults.

/** Per-process resource limits (RLIMIT_AS, RLIMIT_CPU, RLIMIT_NPROC, RLIMIT_FSIZE, RLIMIT_NOFILE). */
export interface SandboxLimits {
  /** RLIMIT_AS: virtual address space of each process, in bytes. */
  readonly addressSpaceBytes: number;
  /** RLIMIT_CPU: CPU seconds of each process; a backstop only, the wall-clock deadline comes first. */
  readonly cpuSeconds: number;
  /** RLIMIT_NPROC: tasks (processes and threads) of the sandbox's user; see SECURITY.md for who is counted. */
  readonly processes: number;
  /** RLIMIT_FSIZE: largest file a process may write, in bytes. */
  readonly fileSizeBytes: number;
  /** RLIMIT_NOFILE: open file descriptors per process. */
  readonly openFiles: number;
}

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

/**
 * Python + numpy: after `import numpy` with one BLAS thread the process maps ≈ 100 MiB, and a first matmul
 * needs ≈ 160 MiB (OpenBLAS buffers; it aborts below that). 1 GiB leaves ≈ 850 MiB for the student's arrays.
 * The driver runs one thread, so 64 tasks stop a fork bomb without touching correct code.
 */
export const PYTHON_LIMITS: SandboxLimits = {
  addressSpaceBytes: 1 * GIB,
  cpuSeconds: 120,
  processes: 64,
  fileSizeBytes: 16 * MIB,
  openFiles: 256,
};

/**
 * Node: V8 reserves a 512 MiB code range at start, so `node -e 0` maps ≈ 710 MiB and fails below ≈ 770 MiB
 * (there is no flag to shrink it short of --jitless). With the V8 heap capped by NODE_HEAP_FLAG, 2 GiB leaves
 * 1 GiB for typed arrays (measured: four 256 MiB Float64Arrays, then RangeError). esbuild, a Go binary the
 * driver starts, is limited separately and needs 512 MiB–1 GiB. Node + esbuild run ≈ 16 tasks on 2 cores.
 */
export const NODE_LIMITS: SandboxLimits = {
  addressSpaceBytes: 2 * GIB,
  cpuSeconds: 120,
  processes: 64,
  fileSizeBytes: 16 * MIB,
  openFiles: 256,
};

/** The V8 heap cap (MiB) to pass to node alongside NODE_LIMITS: a heap bomb ends as "heap out of memory". */
export const NODE_HEAP_FLAG = "--max-old-space-size=512";

/** Size of the private /tmp given to each bubblewrap sandbox (memory-backed tmpfs), in bytes. */
export const SANDBOX_TMP_BYTES = 64 * MIB;

/** Names every limit that is not a positive integer; a bad limit is a bug in the grader, so it throws. */
export function checkLimits(limits: SandboxLimits): SandboxLimits {
  const fields = ["addressSpaceBytes", "cpuSeconds", "processes", "fileSizeBytes", "openFiles"] as const;
  for (const field of fields) {
    const value = limits[field];
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new TypeError(`sandbox limits.${field}: expected a positive integer, got ${value}`);
    }
  }
  return { ...limits };
}

/** The prlimit options setting each limit (soft = hard), plus no core files. */
export function prlimitOptions(limits: SandboxLimits): string[] {
  return [
    `--as=${limits.addressSpaceBytes}`,
    `--cpu=${limits.cpuSeconds}`,
    `--nproc=${limits.processes}`,
    `--fsize=${limits.fileSizeBytes}`,
    `--nofile=${limits.openFiles}`,
    "--core=0",
  ];
}
