import { createHmac } from "node:crypto";
import { SignJWT } from "jose";
import { describe, expect, it, vi } from "vitest";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { signAccessToken, verifyAccessToken } from "./access-tokens";

const claims = {
  userId: "6f1c9b8e-7d0a-4b5e-9a3c-1f2e3d4c5b6a",
  sessionId: "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9",
};

async function codeOf(token: string) {
  const error = await verifyAccessToken(token).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

// The key access tokens are signed with, derived as access-tokens.ts does.
const accessKey = () =>
  createHmac("sha256", getEnv().AUTH_SECRET).update("xentree access token v1").digest();

describe("access tokens", () => {
  it("refuses a correctly signed token that never expires", async () => {
    const forever = await new SignJWT({ sid: claims.sessionId, typ: "access" })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject(claims.userId)
      .setIssuer("xentree")
      .setAudience("xentree-api")
      .setIssuedAt()
      .sign(accessKey());
    expect(await codeOf(forever)).toBe("invalid_token");
  });

  it("round-trips the user and session", async () => {
    expect(await verifyAccessToken(await signAccessToken(claims))).toEqual(claims);
  });

  it("says an old token expired, and refuses tampered or foreign ones", async () => {
    const old = await signAccessToken(claims, new Date(Date.now() - 16 * 60 * 1000));
    expect(await codeOf(old)).toBe("token_expired");

    const token = await signAccessToken(claims);
    const [header, payload, signature] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload!, "base64url").toString()),
        sub: "someone-else",
      }),
    ).toString("base64url");
    expect(await codeOf(`${header}.${forged}.${signature}`)).toBe("invalid_token");
    expect(await codeOf("not.a.jwt")).toBe("invalid_token");

    const foreign = await new SignJWT({ sid: claims.sessionId, typ: "access" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(claims.userId)
      .setIssuer("xentree")
      .setAudience("xentree-api")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode("some-other-secret-of-sufficient-length"));
    expect(await codeOf(foreign)).toBe("invalid_token");
  });

  it("remembers a checked token only until it expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2026-06-01T12:00:00Z"));
      const token = await signAccessToken(claims);
      expect(await verifyAccessToken(token)).toEqual(claims);
      vi.setSystemTime(Date.now() + (getEnv().ACCESS_TOKEN_TTL_SECONDS - 1) * 1000);
      expect(await verifyAccessToken(token)).toEqual(claims);
      vi.setSystemTime(Date.now() + 1000);
      expect(await codeOf(token)).toBe("token_expired");
    } finally {
      vi.useRealTimers();
    }
  });
});
