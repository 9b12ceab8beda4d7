/** Structured logs: one JSON object per line on stdout, so any collector can parse them. */
type Level = "info" | "warn" | "error";

const quiet = process.env.LOG_LEVEL === "silent";

function write(level: Level, message: string, fields: Record<string, unknown>) {
  if (quiet) return;
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
}

export const logger = {
  info: (message: string, fields: Record<string, unknown> = {}) => write("info", message, fields),
  warn: (message: string, fields: Record<string, unknown> = {}) => write("warn", message, fields),
  error: (message: string, fields: Record<string, unknown> = {}) => write("error", message, fields),
};
