import { eq } from "drizzle-orm";
import * as jose from "jose";
import { afterAll, beforeAll, expect, it } from "vitest";
import { integrationSigningKeys } from "@/db/schema";
import { getEnv } from "@/server/platform/env";
import { describeEachDatabase } from "@/tests/databases";
import { dumpAsText } from "@/tests/dump";
import { orgWithOwner } from "@/tests/fixtures";
import { startMockGoogle, type MockGoogle } from "@/tests/integrations/mock-google";
import { open } from "./secret-box";
import { googleSettingsFrom, overrideGoogleSettings } from "./google/config";
import { completeGoogleCalendarCallback, connectGoogleCalendar } from "./google/oauth";
import { grantIntegrationToken } from "./tokens/grant";

// The integrations' secrets at rest: after connecting a calendar and issuing integration tokens,
// a dump of every table holds no OAuth token, PKCE verifier, state, integration token or private key.

let google: MockGoogle;
beforeAll(async () => {
  google = await startMockGoogle();
  overrideGoogleSettings(googleSettingsFrom({ ...getEnv(), ...google.env }));
});
afterAll(async () => {
  overrideGoogleSettings(undefined);
  await google.stop();
});

describeEachDatabase("integration secrets at rest", (db) => {
  it("a dump holds no plaintext OAuth token, state, integration token or private key", async () => {
    const { owner, org } = await orgWithOwner(db(), "Dump");
    // A started flow that is never finished keeps its state row; one finished is spent.
    const pending = await connectGoogleCalendar({
      ctx: owner.ctx,
      requestOrigin: "http://127.0.0.1:1",
    });
    const started = await connectGoogleCalendar({
      ctx: owner.ctx,
      requestOrigin: "http://127.0.0.1:1",
    });
    // Capture the tokens the provider hands out, to look for them in the dump.
    const issued: string[] = [];
    const capture = (response: { body: Record<string, unknown> }) => {
      for (const k of ["access_token", "refresh_token", "id_token"]) {
        if (typeof response.body[k] === "string") issued.push(response.body[k] as string);
      }
    };
    const back = new URL(
      (await fetch(started.authorization_url, { redirect: "manual" })).headers.get("location")!,
    ).searchParams;
    const code = back.get("code")!;
    const result = await withTokenCapture(google, capture, () =>
      completeGoogleCalendarCallback({ ctx: owner.ctx, parameters: back }),
    );
    expect(result.ok).toBe(true);
    expect(issued.length).toBeGreaterThanOrEqual(2);

    const token = await grantIntegrationToken({
      ctx: owner.ctx,
      input: { tenantId: org.tenant_id, mode: "server", scopes: ["xel:read"], ttlSeconds: 600 },
    });

    const { tables, text, unsealed } = await dumpAsText(db());
    expect(tables).toEqual(
      expect.arrayContaining([
        "integrations",
        "oauth_states",
        "integration_signing_keys",
        "integration_tokens",
      ]),
    );
    // The scan sees the data: the account, the key's public half and the token's jti are there.
    expect(text).toContain(google.email);
    expect(text).toContain(token.jti);
    const [key] = await db()
      .select()
      .from(integrationSigningKeys)
      .where(eq(integrationSigningKeys.tenantId, org.tenant_id));
    expect(text).toContain(key!.publicJwk.n!.slice(0, 40));

    for (const secret of [...issued, pending.state, started.state, code, token.token]) {
      expect(
        text.includes(secret),
        `a secret (${secret.slice(0, 8)}…) is stored in plaintext`,
      ).toBe(false);
    }
    // The private key itself, in any of its usual encodings: PKCS#8 base64 lines and the JWK's d.
    const pem = open(key!.privateKeyEnc, `integration_signing_keys:${key!.id}`);
    const pkcs8Lines = pem.split("\n").filter((line) => line.length === 64);
    expect(pkcs8Lines.length).toBeGreaterThan(10);
    for (const line of pkcs8Lines) expect(text.includes(line)).toBe(false);
    expect(
      text.includes(
        (await jose.exportJWK(await jose.importPKCS8(pem, "RS256", { extractable: true }))).d!,
      ),
    ).toBe(false);

    // Patterns of secrets this test did not issue.
    expect(unsealed).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
    expect(unsealed).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
  });
});

async function withTokenCapture<T>(
  mock: MockGoogle,
  capture: (response: { body: Record<string, unknown> }) => void,
  run: () => Promise<T>,
): Promise<T> {
  mock.onTokenResponse = capture;
  try {
    return await run();
  } finally {
    mock.onTokenResponse = undefined;
  }
}
