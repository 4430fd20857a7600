// The bubblewrap filesystem options, replayed as a shell script for the levels without bwrap: it builds the
// same private root (system folders and named paths read-only, a private /tmp, /proc, a minimal /dev) in a
// tmpfs, moves into it with pivot_root, makes it read-only, then runs the rest of the command line.

/** Device nodes bound from the host into the private /dev (what bwrap's --dev offers). */
const DEVICES = ["null", "zero", "full", "random", "urandom", "tty"] as const;
/** Links bwrap's --dev creates. */
const DEV_LINKS = [
  ["/proc/self/fd", "fd"],
  ["/proc/self/fd/0", "stdin"],
  ["/proc/self/fd/1", "stdout"],
  ["/proc/self/fd/2", "stderr"],
] as const;
/** Size of the private root's own tmpfs (it holds only folders and mount points). */
const ROOT_BYTES = 1024 * 1024;

/** Quotes a string for a POSIX shell. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

// A read-only bind: the target made to match the source (folder or file), bound, then remounted read-only.
// In a user namespace a remount must keep the flags the source mount has locked: try them in turn.
function roBind(source: string, target: string): string[] {
  const [s, t] = [shellQuote(source), `"$R"${shellQuote(target)}`];
  return [
    `if [ -d ${s} ]; then mkdir -p ${t}; else touch ${t}; fi`,
    `mount --rbind ${s} ${t}`,
    `mount -o remount,bind,ro ${t} 2>/dev/null || mount -o remount,bind,ro,nosuid,nodev ${t} 2>/dev/null || mount -o remount,bind,ro,nosuid,nodev,noexec ${t}`,
  ];
}

function devLines(target: string): string[] {
  const t = `"$R"${shellQuote(target)}`;
  const lines = [`mkdir -p ${t}`, `mount -t tmpfs -o mode=0755,size=65536 nngrader-dev ${t}`];
  for (const node of DEVICES) {
    lines.push(`if [ -e /dev/${node} ]; then touch ${t}/${node}; mount --bind /dev/${node} ${t}/${node}; fi`);
  }
  for (const [link, name] of DEV_LINKS) lines.push(`ln -s ${link} ${t}/${name}`);
  return lines;
}

/**
 * The setup script for bwrap-style filesystem options (`--ro-bind`, `--bind`, `--symlink`, `--perms`,
 * `--dir`, `--size`, `--tmpfs`, `--proc`, `--dev`). `scratch` is a host folder to mount the new root on; it
 * must not hold any source. Run it as `sh -c SCRIPT sh ARGV…` as (namespace) root in a fresh mount and pid
 * namespace (and UTS namespace, named `hostname`); it ends by running ARGV in `cwd` of the new root
 * and exiting with its status.
 */
export function mountScript(
  fsArgs: readonly string[],
  scratch: string,
  cwd: string,
  hostname: string,
): string {
  const lines = [
    "set -eu",
    'if [ "${PATH+set}" = set ]; then nngrader_path=$PATH; fi',
    "PATH=/usr/sbin:/usr/bin:/sbin:/bin",
    `R=${shellQuote(scratch)}`,
    `mount -t tmpfs -o mode=0755,size=${ROOT_BYTES} nngrader-root "$R"`,
    `echo ${hostname} > /proc/sys/kernel/hostname`,
    // The network namespace's loopback, up as bwrap leaves it (a connection then is refused, not unroutable).
    "if command -v ip >/dev/null; then ip link set lo up 2>/dev/null || true; fi",
  ];
  let perms: string | undefined;
  let size: string | undefined;
  for (let i = 0; i < fsArgs.length; i++) {
    const option = fsArgs[i];
    const take = () => {
      const value = fsArgs[++i];
      if (value === undefined) throw new TypeError(`mountScript: ${option} needs a value`);
      return value;
    };
    switch (option) {
      case "--perms":
        perms = take();
        continue;
      case "--size":
        size = take();
        continue;
      case "--ro-bind":
        lines.push(...roBind(take(), take()));
        break;
      case "--bind": {
        const [s, t] = [shellQuote(take()), `"$R"${shellQuote(take())}`];
        lines.push(`mkdir -p ${t}`, `mount --rbind ${s} ${t}`);
        break;
      }
      case "--symlink": {
        const target = take();
        lines.push(`ln -s ${shellQuote(target)} "$R"${shellQuote(take())}`);
        break;
      }
      case "--dir": {
        const t = `"$R"${shellQuote(take())}`;
        lines.push(`mkdir -p ${t}`, `chmod ${perms ?? "0755"} ${t}`);
        break;
      }
      case "--tmpfs": {
        const t = `"$R"${shellQuote(take())}`;
        const options = [`mode=${perms ?? "0755"}`, ...(size === undefined ? [] : [`size=${size}`])];
        lines.push(`mkdir -p ${t}`, `mount -t tmpfs -o ${options.join(",")} nngrader-tmp ${t}`);
        break;
      }
      case "--proc": {
        const t = `"$R"${shellQuote(take())}`;
        lines.push(`mkdir -p ${t}`, `mount -t proc proc ${t}`);
        break;
      }
      case "--dev":
        lines.push(...devLines(take()));
        break;
      default:
        throw new TypeError(`mountScript: unsupported option ${option}`);
    }
    perms = undefined;
    size = undefined;
  }
  lines.push(
    'mkdir "$R/.old-root"',
    'cd "$R"',
    "pivot_root . .old-root",
    "umount -l /.old-root",
    "rmdir /.old-root",
    "mount -o remount,bind,ro /",
    "mount -o remount,ro /dev",
    `cd ${shellQuote(cwd)}`,
    'if [ "${nngrader_path+set}" = set ]; then PATH=$nngrader_path; else unset PATH; fi',
    "unset OLDPWD",
    // The shell stays as the namespace's pid 1 (root, out of the child's reach), as bwrap's own pid 1 does:
    // a child that kills its own process group dies like any other process, and its exit is passed on.
    "set +e",
    '"$@"',
    "exit $?",
  );
  return lines.join("\n");
}
