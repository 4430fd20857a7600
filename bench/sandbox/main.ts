// `npm run bench` entry for the sandbox: its start-up cost (startup.ts), then the integration's cost on a full
// `grader check` (check.ts); each prints its ratio line.
await import("./startup.js");
await import("./check.js");
