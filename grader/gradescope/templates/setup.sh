#!/usr/bin/env bash
# Gradescope runs this once, as root, while it builds the autograder's image (Ubuntu), with the zip
# extracted to /autograder/source. It installs Node.js 20, Python 3 with numpy and the sandbox's helpers,
# then nn-grader's runtime dependencies. Written by `grader gradescope build`; see docs/gradescope.md.
set -euo pipefail

SOURCE=/autograder/source
GRADER="$SOURCE/nn-grader"
NODE_MAJOR=20
export DEBIAN_FRONTEND=noninteractive

echo "== system packages"
apt-get update
# bubblewrap and util-linux (prlimit, setpriv) isolate the student's code; the grader uses the strongest
# isolation that works in Gradescope's container and names it in every result.
apt-get install -y --no-install-recommends \
  ca-certificates curl gnupg python3 python3-pip bubblewrap util-linux

echo "== Node.js ${NODE_MAJOR} from NodeSource's apt repository (Ubuntu's own nodejs is older)"
install -d -m 0755 /etc/apt/keyrings
curl -fsSL https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key \
  | gpg --dearmor --yes -o /etc/apt/keyrings/nodesource.gpg
echo "deb [signed-by=/etc/apt/keyrings/nodesource.gpg] https://deb.nodesource.com/node_${NODE_MAJOR}.x nodistro main" \
  > /etc/apt/sources.list.d/nodesource.list
apt-get update
apt-get install -y nodejs

echo "== numpy"
# PIP_BREAK_SYSTEM_PACKAGES lets pip install system-wide on Ubuntu 24.04 (PEP 668); older pip ignores it.
# System-wide, so the unprivileged user the sandbox runs student code as can import it too.
PIP_BREAK_SYSTEM_PACKAGES=1 python3 -m pip install --no-cache-dir numpy

echo "== nn-grader's runtime dependencies, exactly as locked"
cd "$GRADER"
npm ci --omit=dev --no-audit --no-fund

echo "== permissions"
# The grader must be readable by the sandbox's unprivileged user; rubrics, which hold the hidden tests
# (the one graded with and the bundled examples), stay readable by root (the grader) only.
chmod -R a+rX "$GRADER"
chmod 0600 "$SOURCE/rubric.yaml" "$GRADER"/rubrics/*.yaml
# The zip carries the executable bit; this keeps run_autograder runnable should an upload lose it.
chmod 0755 "$SOURCE/run_autograder"

echo "== versions"
node --version
python3 -c 'import sys, numpy; print("python", sys.version.split()[0], "numpy", numpy.__version__)'
# The environment report is for the build log; a warning in it must not fail the image.
node "$GRADER/dist/grader/cli/main.js" doctor || true
