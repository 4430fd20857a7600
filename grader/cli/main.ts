#!/usr/bin/env node
// The `grader` command: parses arguments and dispatches to one module per subcommand.
import { buildProgram } from "./program.js";

await buildProgram().parseAsync(process.argv);
