import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import { z } from "zod";
import { unauthenticated } from "../errors/error-codes.js";
import { SettingError } from "../errors/setting-error.js";
import { publicViewer, type Viewer, viewerOf } from "./viewer.js";

/** Where token signatures are checked: a shared HS256 secret, or the issuer's JWKS URL. */
export interface TokenSettings {
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

/**
 * Token settings from the environment, refused at start when they would accept too much: a JWKS
 * (often an identity provider shared with other applications) needs issuer and audience pinned,
 * and an HS256 secret must be at least 32 bytes.
 */
export function tokenSettingsFromEnv(env: Record<string, string | undefined>): TokenSettings {
  if (env.JWT_JWKS_URL && !(env.JWT_ISSUER && env.JWT_AUDIENCE)) {
    throw new SettingError(
      "JWT_JWKS_URL needs JWT_ISSUER and JWT_AUDIENCE too: tokens the identity provider issues for other applications must not be accepted",
    );
  }
  if (env.JWT_SECRET && Buffer.byteLength(env.JWT_SECRET) < 32) throw new SettingError("JWT_SECRET must be at least 32 bytes long");
  return {
    ...(env.JWT_SECRET ? { secret: env.JWT_SECRET } : {}),
    ...(env.JWT_JWKS_URL ? { jwksUrl: env.JWT_JWKS_URL } : {}),
    ...(env.JWT_ISSUER ? { issuer: env.JWT_ISSUER } : {}),
    ...(env.JWT_AUDIENCE ? { audience: env.JWT_AUDIENCE } : {}),
  };
}

/** The claims a token must carry: who (`sub`), what role, and for an editor the region written in. */
const roleClaims = z.discriminatedUnion("role", [
  z.object({ sub: z.string().min(1), role: z.enum(["analyst", "admin"]) }),
  z.object({ sub: z.string().min(1), role: z.literal("editor"), region: z.string().regex(/^\d{6}$/, "a six-digit division code") }),
]);

/**
 * Turns an Authorization header into a viewer. No header is the anonymous public; a header that
 * is not a valid, unexpired, correctly signed bearer token with known claims is refused, never
 * downgraded to public, so a client learns at once that its credentials are wrong.
 */
export function createViewerResolver(settings: TokenSettings) {
  const remoteKeys: JWTVerifyGetKey | undefined = settings.jwksUrl ? createRemoteJWKSet(new URL(settings.jwksUrl)) : undefined;
  const secret = !remoteKeys && settings.secret ? new TextEncoder().encode(settings.secret) : undefined;

  return async function viewerFromAuthorization(authorization: string | undefined): Promise<Viewer> {
    if (authorization === undefined || authorization === "") return publicViewer;
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!token) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    if (!remoteKeys && !secret) throw unauthenticated("This server accepts no tokens: it is configured without JWT_SECRET or JWT_JWKS_URL.");
    const options = {
      requiredClaims: ["exp", "sub"],
      ...(settings.issuer ? { issuer: settings.issuer } : {}),
      ...(settings.audience ? { audience: settings.audience } : {}),
    };
    let payload: JWTPayload;
    try {
      ({ payload } = remoteKeys
        ? await jwtVerify(token, remoteKeys, { ...options, algorithms: ["RS256", "ES256", "PS256", "EdDSA"] })
        : await jwtVerify(token, secret!, { ...options, algorithms: ["HS256"] }));
    } catch (error) {
      throw unauthenticated(reasonOf(error));
    }
    const claims = roleClaims.safeParse(payload);
    if (!claims.success)
      throw unauthenticated(
        `The token's claims are not usable: ${claims.error.issues.map((issue) => `${issue.path.join(".") || "claims"}: ${issue.message}`).join("; ")}.`,
      );
    return claims.data.role === "editor" ? viewerOf("editor", claims.data.sub, claims.data.region) : viewerOf(claims.data.role, claims.data.sub);
  };
}

export type ViewerResolver = ReturnType<typeof createViewerResolver>;

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "The token has expired.";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "The token's signature is not valid.";
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's "${error.claim}" claim is not acceptable: ${error.reason}.`;
  if (error instanceof errors.JOSEAlgNotAllowed) return "The token is signed with an algorithm this server does not accept.";
  return "The token could not be verified.";
}
