// sandboxCommand as a pure function: the command lines it builds for each level, on made-up hosts.
import { describe, expect, it } from "vitest";
import {
  type HostContext,
  PYTHON_LIMITS,
  type SandboxRequest,
  sandboxCommand,
} from "../../grader/sandbox/index.js";
import { NO_SECCOMP_CAVEAT } from "../../grader/sandbox/seccomp-filter.js";

const TOOLS = {
  bwrap: "/usr/bin/bwrap",
  setpriv: "/usr/bin/setpriv",
  prlimit: "/usr/bin/prlimit",
  unshare: "/usr/bin/unshare",
  sh: "/usr/bin/sh",
};
const ROOT_HOST: HostContext = {
  root: true,
  tools: TOOLS,
  system: [
    { path: "/usr" },
    { path: "/bin", link: "usr/bin" },
    { path: "/lib", link: "usr/lib" },
    { path: "/lib64", link: "usr/lib64" },
  ],
  etcFiles: ["/etc/ld.so.cache"],
  localtime: "/usr/share/zoneinfo/Etc/UTC",
  scratch: "/mnt",
  othersCanRead: () => true,
};
const USER_HOST: HostContext = { ...ROOT_HOST, root: false };
const PREFIX = "/root/.pyenv/versions/3.11.7";
const REQUEST: SandboxRequest = {
  argv: [`${PREFIX}/bin/python3`, "/opt/grader/driver.py"],
  readable: [
    PREFIX,
    `${PREFIX}/lib/python3.11`,
    "/opt/grader/driver.py",
    "/lib/x86_64-linux-gnu",
    "/srv/staged/s1",
  ],
  writableTmp: true,
  limits: PYTHON_LIMITS,
  env: { PATH: "/usr/bin", OPENBLAS_NUM_THREADS: "1" },
  cwd: "/srv/staged/s1",
};
const PRLIMIT = [
  "/usr/bin/prlimit",
  "--as=1073741824",
  "--cpu=120",
  "--nproc=64",
  "--fsize=16777216",
  "--nofile=256",
  "--core=0",
  "--",
];

// The options that follow `flag` wherever it appears, e.g. every source bound with --ro-bind.
function operands(args: readonly string[], flag: string): string[] {
  return args.flatMap((arg, i) => (arg === flag ? [args[i + 1]] : []));
}

describe("bubblewrap, grader running as root", () => {
  const command = sandboxCommand(REQUEST, "bubblewrap", ROOT_HOST);
  const separator = command.args.indexOf("--");
  const outer = command.args.slice(0, separator);
  const inner = command.args.slice(separator + 1);

  it("binds /usr, the outermost readable paths and ld.so.cache, nothing under /usr twice", () => {
    expect(command.file).toBe("/usr/bin/bwrap");
    expect(operands(outer, "--ro-bind")).toEqual([
      "/usr",
      "/etc/ld.so.cache",
      "/opt/grader/driver.py",
      PREFIX,
      "/srv/staged/s1",
    ]);
    expect(operands(outer, "--symlink")).toEqual([
      "usr/bin",
      "usr/lib",
      "usr/lib64",
      "/usr/share/zoneinfo/Etc/UTC",
    ]);
  });

  it("creates the folders above a bound path with mode 0755, so uid 65534 can reach pyenv under /root", () => {
    const dirs = operands(outer, "--dir");
    expect(dirs).toEqual([
      "/etc",
      "/opt",
      "/opt/grader",
      "/root",
      "/root/.pyenv",
      "/root/.pyenv/versions",
      "/srv",
      "/srv/staged",
    ]);
    expect(outer.join(" ")).toContain("--perms 0755 --dir /root --perms 0755 --dir /root/.pyenv");
  });

  it("gives a private, size-capped /tmp, /proc and /dev, and every namespace but the user one", () => {
    expect(outer.join(" ")).toContain("--perms 1777 --size 67108864 --tmpfs /tmp --proc /proc --dev /dev");
    for (const flag of [
      "--unshare-net",
      "--unshare-pid",
      "--unshare-ipc",
      "--unshare-uts",
      "--unshare-cgroup",
    ]) {
      expect(outer).toContain(flag);
    }
    expect(outer).not.toContain("--unshare-all");
    expect(outer).not.toContain("--unshare-user");
    expect(outer).toEqual(expect.arrayContaining(["--die-with-parent", "--new-session", "--clearenv"]));
  });

  it("passes only the request's environment, through --setenv, and starts bwrap with none", () => {
    expect(command.env).toEqual({});
    expect(outer.slice(outer.indexOf("--clearenv"))).toEqual([
      "--clearenv",
      "--setenv",
      "PATH",
      "/usr/bin",
      "--setenv",
      "OPENBLAS_NUM_THREADS",
      "1",
      "--chdir",
      "/srv/staged/s1",
    ]);
  });

  it("drops root with setpriv, counts processes in a user namespace of its own, then sets the limits", () => {
    expect(inner).toEqual([
      "/usr/bin/setpriv",
      "--reuid=65534",
      "--regid=65534",
      "--clear-groups",
      "--inh-caps=-all",
      "--bounding-set=-all",
      "--no-new-privs",
      "--",
      "/usr/bin/unshare",
      "--user",
      "--",
      ...PRLIMIT,
      ...REQUEST.argv,
    ]);
  });

  it("binds writable folders read-write, after the readable ones", () => {
    const withBundle = sandboxCommand(
      { ...REQUEST, writable: ["/srv/staged/s1/out"] },
      "bubblewrap",
      ROOT_HOST,
    );
    expect(operands(withBundle.args, "--bind")).toEqual(["/srv/staged/s1/out"]);
    expect(withBundle.args.indexOf("--bind")).toBeGreaterThan(withBundle.args.lastIndexOf("--ro-bind"));
  });
});

describe("bubblewrap, grader running as a plain user", () => {
  it("lets bwrap make the user namespace (shown as uid 65534) and needs no setpriv", () => {
    const { args } = sandboxCommand(REQUEST, "bubblewrap", USER_HOST);
    expect(args.join(" ")).toContain("--unshare-user --uid 65534 --gid 65534");
    expect(args).not.toContain("/usr/bin/setpriv");
    expect(args.slice(args.indexOf("--") + 1)).toEqual([...PRLIMIT, ...REQUEST.argv]);
  });
});

describe("namespaces", () => {
  it("as root: new namespaces without a user one, the setup script, then the drop to 65534 in its own user namespace", () => {
    const command = sandboxCommand(REQUEST, "namespaces", ROOT_HOST);
    expect([command.file, ...command.args.slice(0, 12)]).toEqual([
      "/usr/bin/setpriv",
      "--pdeathsig",
      "SIGKILL",
      "--",
      "/usr/bin/unshare",
      "--mount",
      "--net",
      "--pid",
      "--ipc",
      "--uts",
      "--fork",
      "--kill-child=SIGKILL",
      "--",
    ]);
    const afterScript = command.args.slice(command.args.indexOf("-c") + 2);
    expect(afterScript).toEqual([
      "sh",
      "/usr/bin/setpriv",
      "--reuid=65534",
      "--regid=65534",
      "--clear-groups",
      "--inh-caps=-all",
      "--bounding-set=-all",
      "--no-new-privs",
      "--",
      "/usr/bin/unshare",
      "--user",
      "--",
      ...PRLIMIT,
      ...REQUEST.argv,
    ]);
    expect(command.env).toEqual(REQUEST.env);
    expect(command.cwd).toBe("/");
    expect(command.caveats).toEqual([NO_SECCOMP_CAVEAT]);
  });

  it("loads the seccomp filter after the drop, before the limits, where python3-seccomp is installed", () => {
    const seccomp = { python: "/usr/bin/python3", script: "/opt/grader/apply_filter.py" };
    for (const level of ["namespaces", "bubblewrap"] as const) {
      const command = sandboxCommand(REQUEST, level, { ...ROOT_HOST, seccomp });
      const tail = command.args.slice(command.args.indexOf("--user") + 2);
      expect(tail.slice(0, 4)).toEqual([
        "/usr/bin/python3",
        "-I",
        "/opt/grader/apply_filter.py",
        "/usr/bin/prlimit",
      ]);
      expect(command.caveats).toEqual([]);
    }
  });

  it("builds the same mounts as bubblewrap, read-only, then pivots into them", () => {
    const script = sandboxCommand(REQUEST, "namespaces", ROOT_HOST).args.find((arg) =>
      arg.startsWith("set -eu"),
    );
    expect(script).toBeDefined();
    const lines = (script as string).split("\n");
    expect(lines).toContain(`mount -t tmpfs -o mode=0755,size=1048576 nngrader-root "$R"`);
    expect(lines).toContain(`mount --rbind '${PREFIX}' "$R"'${PREFIX}'`);
    expect(lines).toContain(`mount --rbind '/srv/staged/s1' "$R"'/srv/staged/s1'`);
    expect(lines).toContain(`mount -t tmpfs -o mode=1777,size=67108864 nngrader-tmp "$R"'/tmp'`);
    expect(lines.filter((line) => line.startsWith("mount -o remount,bind,ro ")).length).toBeGreaterThan(3);
    expect(lines.slice(-13)).toEqual([
      'mkdir "$R/.old-root"',
      'cd "$R"',
      "pivot_root . .old-root",
      "umount -l /.old-root",
      "rmdir /.old-root",
      "mount -o remount,bind,ro /",
      "mount -o remount,ro /dev",
      "cd '/srv/staged/s1'",
      'if [ "${nngrader_path+set}" = set ]; then PATH=$nngrader_path; else unset PATH; fi',
      "unset OLDPWD",
      "set +e",
      '"$@"',
      "exit $?",
    ]);
  });

  it("as a plain user: a user namespace mapped to root for the mounts, a nested one as 65534 for the child", () => {
    const command = sandboxCommand(REQUEST, "namespaces", USER_HOST);
    expect(command.args.slice(3, 7)).toEqual(["/usr/bin/unshare", "--user", "--map-root-user", "--mount"]);
    const afterScript = command.args.slice(command.args.indexOf("-c") + 2);
    expect(afterScript.slice(0, 6)).toEqual([
      "sh",
      "/usr/bin/unshare",
      "--user",
      "--map-user=65534",
      "--map-group=65534",
      "--",
    ]);
  });

  it("refuses a readable path that overlaps the folder it builds the private root on", () => {
    expect(() => sandboxCommand({ ...REQUEST, readable: ["/mnt/course"] }, "namespaces", ROOT_HOST)).toThrow(
      "sandbox request: /mnt/course overlaps /mnt, where the private root is built",
    );
  });
});

describe("rlimits-only", () => {
  it("is prlimit alone for a plain user, without RLIMIT_NPROC (it would count the user's other processes)", () => {
    const command = sandboxCommand(REQUEST, "rlimits-only", USER_HOST);
    expect([command.file, ...command.args]).toEqual([
      ...PRLIMIT.filter((o) => o !== "--nproc=64"),
      ...REQUEST.argv,
    ]);
    expect(command.caveats).toContain("network is open");
  });

  it("drops root when it can", () => {
    const command = sandboxCommand(REQUEST, "rlimits-only", ROOT_HOST);
    expect(command.file).toBe("/usr/bin/setpriv");
    expect(command.args).toContain("--nproc=64");
  });
});

describe("requests that are bugs in the grader", () => {
  it.each([
    [
      { argv: ["python3"] },
      'sandbox request argv[0]: expected the interpreter\'s absolute path, got "python3"',
    ],
    [{ readable: ["staged/s1"] }, 'sandbox request readable[0]: expected an absolute path, got "staged/s1"'],
    [{ readable: ["/"] }, 'sandbox request readable[0]: "/" would expose the whole host; name folders'],
    [
      { limits: { ...PYTHON_LIMITS, processes: 0 } },
      "sandbox limits.processes: expected a positive integer, got 0",
    ],
    [{ env: { "A=B": "x" } }, 'sandbox request env.A=B: expected a name without "=" and a string value'],
  ])("%j is refused", (change, message) => {
    expect(() => sandboxCommand({ ...REQUEST, ...change }, "bubblewrap", ROOT_HOST)).toThrow(message);
  });

  it("names a missing helper", () => {
    const host = { ...ROOT_HOST, tools: { ...TOOLS, bwrap: undefined } };
    expect(() => sandboxCommand(REQUEST, "bubblewrap", host)).toThrow("sandbox: bwrap not found on PATH");
  });
});
