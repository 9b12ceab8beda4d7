import { SignJWT } from "jose";
import { createViewerResolver } from "../../src/auth/bearer-token.js";

/** The HS256 secret test servers verify tokens with. */
export const testTokenSecret = "reform-graph-test-secret-of-at-least-32-bytes";

export const resolveTestViewer = createViewerResolver({ secret: testTokenSecret });

export const regionCodes = { yunnan: "530000", baoshan: "530500", qujing: "530300" } as const;

/** A signed bearer token as an identity provider would issue it; `expiresIn` in jose's notation ("1h", "-1m"). */
export async function signToken(
  claims: { sub: string; role: "analyst" | "editor" | "admin" | string; region?: string },
  { secret = testTokenSecret, expiresIn = "1h" }: { secret?: string; expiresIn?: string } = {},
): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

export const editorOf = (region: string) => signToken({ sub: `editor-${region}`, role: "editor", region });
