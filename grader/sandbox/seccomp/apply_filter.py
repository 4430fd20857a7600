"""Loads the sandbox's seccomp filter into this process, then execs the rest of its command line.

Run as `/usr/bin/python3 -S -I apply_filter.py PROGRAM ARGS...` inside the sandbox, after the namespaces
are made and privileges dropped (no_new_privs is set, so no privilege is needed to load a filter). The
filter is built here with libseccomp (Debian's python3-seccomp), never written by hand: every system call is
allowed except those listed in DENIED, which fail with EPERM, and clone/clone3 asking for a new namespace.
The filter is inherited by everything the program starts and cannot be removed.
"""
import errno
import os
import sys

import seccomp

# What a submission never needs, and what widens the kernel surface an escape would use (see SECURITY.md).
DENIED = [
    # Debugging and reaching into other processes.
    "ptrace", "process_vm_writev", "kcmp",
    # Mounting and changing the filesystem view.
    "mount", "umount2", "pivot_root", "chroot", "move_mount", "open_tree", "fsopen", "fsconfig", "fsmount",
    "fspick", "mount_setattr", "open_by_handle_at", "name_to_handle_at",
    # New namespaces (clone is handled below).
    "unshare", "setns",
    # The kernel keyring.
    "keyctl", "add_key", "request_key",
    # BPF programs, performance counters, io_uring, userfaultfd.
    "bpf", "perf_event_open", "io_uring_setup", "io_uring_enter", "io_uring_register", "userfaultfd",
    # Kernel modules, rebooting, swap, accounting, clocks, quotas.
    "init_module", "finit_module", "delete_module", "kexec_load", "kexec_file_load", "reboot",
    "swapon", "swapoff", "acct", "settimeofday", "clock_settime", "clock_adjtime", "adjtimex", "quotactl",
    "syslog", "vhangup", "lookup_dcookie", "iopl", "ioperm", "personality",
]

# clone flags that create a namespace.
NAMESPACE_FLAGS = [0x00020000, 0x02000000, 0x04000000, 0x08000000, 0x10000000, 0x20000000, 0x40000000, 0x00000080]


def build():
    """The filter: allow by default; the list above and namespace-making clones fail with EPERM."""
    f = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
    refuse = seccomp.ERRNO(errno.EPERM)
    for name in DENIED:
        try:
            f.add_rule(refuse, name)
        except (RuntimeError, ValueError):
            pass  # not a system call of this architecture
    for flag in NAMESPACE_FLAGS:
        f.add_rule(refuse, "clone", seccomp.Arg(0, seccomp.MASKED_EQ, flag, flag))
    # clone3 passes its flags in memory, out of a filter's sight: ENOSYS makes libc fall back to clone.
    f.add_rule(seccomp.ERRNO(errno.ENOSYS), "clone3")
    return f


def main(argv):
    if len(argv) < 2:
        sys.stderr.write("usage: apply_filter.py PROGRAM [ARGS...]\n")
        return 2
    build().load()
    os.execv(argv[1], argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
