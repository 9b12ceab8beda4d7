// A setting the operator gave (an environment variable, a file it names) that the server cannot run
// with. `npm start` prints its message on one line and exits 2, as the command lines do for a bad
// argument: a typo in the environment is the operator's to fix, not a stack trace to read.

export class SettingError extends Error {
  override name = "SettingError";
}
