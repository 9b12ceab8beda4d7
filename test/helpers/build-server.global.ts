import { buildServer } from "../../src/cli/server-build.js";

// Vitest global setup: the tests that start the server as a process run what npm start runs, the
// compiled src/ (src/cli/server-build.ts); it is built once here, before any test file starts, so
// parallel test files never build it at once and never run an older build than the sources.
export default async function setup() {
  await buildServer();
}
