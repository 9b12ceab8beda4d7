/** What a request may do: read public data, read province-wide, write in one region subtree, or all of it. */
export type Role = "public" | "analyst" | "editor" | "admin";

/**
 * Who is asking. `subject` is the token's `sub` (null for the anonymous public); `regionCode` is
 * the division an editor may write in (with everything below it). `scope` names what the viewer
 * may read: responses are cached per scope, so it must differ wherever reads differ.
 */
export interface Viewer {
  role: Role;
  subject: string | null;
  regionCode: string | null;
  scope: ReadScope;
}

/** Editors read what the public reads; analysts add personal data; admins add the audit trail. */
export type ReadScope = "public" | "analyst" | "admin";

const readScopeOf: Record<Role, ReadScope> = { public: "public", editor: "public", analyst: "analyst", admin: "admin" };

export function viewerOf(role: Role, subject: string | null = null, regionCode: string | null = null): Viewer {
  return { role, subject, regionCode, scope: readScopeOf[role] };
}

export const publicViewer: Viewer = viewerOf("public");
