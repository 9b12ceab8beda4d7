import { expect, it } from "vitest";
import { tokenSettingsFromEnv } from "../../src/auth/bearer-token.js";

// Settings that would accept too much stop the server at start, before any token is seen.

it("refuses a JWKS without pinned issuer and audience, and a short HS256 secret", () => {
  expect(() => tokenSettingsFromEnv({ JWT_JWKS_URL: "https://id.example.com/jwks" })).toThrow(/JWT_ISSUER and JWT_AUDIENCE/);
  expect(() => tokenSettingsFromEnv({ JWT_JWKS_URL: "https://id.example.com/jwks", JWT_ISSUER: "https://id.example.com" })).toThrow(/JWT_AUDIENCE/);
  expect(() => tokenSettingsFromEnv({ JWT_SECRET: "too-short" })).toThrow(/32 bytes/);
  expect(tokenSettingsFromEnv({ JWT_JWKS_URL: "https://id.example.com/jwks", JWT_ISSUER: "https://id.example.com", JWT_AUDIENCE: "reform-graph" })).toEqual({
    jwksUrl: "https://id.example.com/jwks",
    issuer: "https://id.example.com",
    audience: "reform-graph",
  });
  expect(tokenSettingsFromEnv({})).toEqual({});
});
