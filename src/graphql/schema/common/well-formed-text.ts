import { type DocumentNode, Kind, visit } from "graphql";
import { ErrorCode, userError } from "../../../errors/error-codes.js";

/**
 * The path of the first string in a variable value that is not well-formed UTF-16 (holds a lone
 * surrogate). Walked with a stack of its own: variables can be nested thousands deep.
 */
function malformedStringIn(root: unknown, rootPath: string): string | undefined {
  const pending: [unknown, string][] = [[root, rootPath]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === "string") {
      if (!value.isWellFormed()) return path;
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) pending.push([value[index], `${path}[${index}]`]);
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value).reverse()) pending.push([item, `${path}.${key}`]);
    }
  }
  return undefined;
}

/**
 * Refuses, before anything runs, text that is not valid Unicode (a lone surrogate) anywhere in the
 * request's variables or string literals, with BAD_USER_INPUT naming where. No argument of this API
 * can mean anything with one, and the databases refuse to compare or store it, so unchecked it
 * surfaces as an internal error from whichever list filter it reaches first.
 */
export function assertWellFormedText(document: DocumentNode, variables: Record<string, unknown> | undefined) {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const path = malformedStringIn(value, `$${name}`);
    if (path) throw userError(ErrorCode.badUserInput, `${path} holds a lone surrogate (text that is not valid Unicode).`, { argument: path });
  }
  visit(document, {
    [Kind.STRING](node) {
      if (!node.value.isWellFormed()) throw userError(ErrorCode.badUserInput, "A string literal holds a lone surrogate (text that is not valid Unicode).");
    },
  });
}
