import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { auditEvents, integrations, oauthStates } from "@/db/schema";
import { getEnv } from "@/server/platform/env";
import { anonymousCtx, describeEachDatabase } from "@/tests/databases";
import { codeOf } from "@/tests/fixtures";
import { startMockGoogle, type MockGoogle } from "@/tests/integrations/mock-google";
import { bearerFor } from "@/tests/fuzz/world";
import { callRest } from "@/tests/rest";
import { createTestUser, type TestUser } from "@/tests/users";
import { addStudySession, listUpcomingEvents } from "./google/calendar";
import { googleSettingsFrom, overrideGoogleSettings } from "./google/config";
import { disconnectGoogleCalendar, listIntegrations } from "./google/connections";
import { completeGoogleCalendarCallback, connectGoogleCalendar } from "./google/oauth";

// The whole OAuth flow against a local OAuth 2.0 server and Calendar stand-in (nothing leaves
// the machine): connect, consent, callback, refresh, a revoked grant, disconnect.

let google: MockGoogle;
const ORIGIN = "http://127.0.0.1:3299";

beforeAll(async () => {
  google = await startMockGoogle();
  overrideGoogleSettings(googleSettingsFrom({ ...getEnv(), ...google.env }));
});
afterAll(async () => {
  overrideGoogleSettings(undefined);
  await google.stop();
});

/** What the browser does: open the consent URL and follow the provider's redirect back. */
async function consent(authorizationUrl: string): Promise<URLSearchParams> {
  const response = await fetch(authorizationUrl, { redirect: "manual" });
  expect(response.status).toBe(302);
  const back = new URL(response.headers.get("location")!);
  expect(back.origin + back.pathname).toBe(`${ORIGIN}/api/integrations/google-calendar/callback`);
  return back.searchParams;
}

async function connect(user: TestUser) {
  const started = await connectGoogleCalendar({ ctx: user.ctx, requestOrigin: ORIGIN });
  return completeGoogleCalendarCallback({
    ctx: user.ctx,
    parameters: await consent(started.authorization_url),
  });
}

describeEachDatabase("Google Calendar over OAuth", (db) => {
  let user: TestUser;
  beforeEach(async () => {
    user = await createTestUser(db(), "cal");
  });

  it("asks for consent with PKCE, offline access, the calendar scopes and a short-lived state", async () => {
    const started = await connectGoogleCalendar({ ctx: user.ctx, requestOrigin: ORIGIN });
    const url = new URL(started.authorization_url);
    expect(url.origin + url.pathname).toBe(`${google.url}/authorize`);
    const q = url.searchParams;
    expect(q.get("response_type")).toBe("code");
    expect(q.get("code_challenge_method")).toBe("S256");
    expect(q.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get("access_type")).toBe("offline");
    expect(q.get("state")).toBe(started.state);
    expect(q.get("scope")!.split(" ")).toEqual([
      "openid",
      "email",
      "https://www.googleapis.com/auth/calendar.events",
    ]);
    const ttl = new Date(started.expires_at).getTime() - Date.now();
    expect(ttl).toBeGreaterThan(5 * 60_000);
    expect(ttl).toBeLessThanOrEqual(10 * 60_000);
  });

  it("connects: the code is exchanged, the tokens stored sealed, the account and scopes listed", async () => {
    expect(await connect(user)).toEqual({ ok: true, accountEmail: google.email });
    expect(google.grants.at(-1)).toBe("authorization_code");
    const { items } = await listIntegrations({ ctx: user.ctx });
    expect(items).toEqual([
      expect.objectContaining({
        provider: "google_calendar",
        status: "active",
        account_email: google.email,
        scopes: expect.arrayContaining(["https://www.googleapis.com/auth/calendar.events"]),
        last_synced_at: null,
      }),
    ]);
    const [row] = await db()
      .select()
      .from(integrations)
      .where(eq(integrations.userId, user.profile.id));
    expect(row!.accessTokenEnc).toMatch(/^v1\./);
    expect(row!.refreshTokenEnc).toMatch(/^v1\./);
    const audit = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorUserId, user.profile.id));
    expect(audit.map((a) => a.action)).toContain("integration.connected");
  });

  it("refuses a wrong state, a replayed state, and another user's state", async () => {
    const started = await connectGoogleCalendar({ ctx: user.ctx, requestOrigin: ORIGIN });
    const back = await consent(started.authorization_url);
    const forged = new URLSearchParams(back);
    forged.set("state", "not-the-state");
    expect(await completeGoogleCalendarCallback({ ctx: user.ctx, parameters: forged })).toEqual({
      ok: false,
      reason: "invalid_state",
    });
    // Another signed-in user cannot finish this user's flow (nor spend their state).
    const other = await createTestUser(db(), "cal");
    expect(await completeGoogleCalendarCallback({ ctx: other.ctx, parameters: back })).toEqual({
      ok: false,
      reason: "invalid_state",
    });
    expect(
      await completeGoogleCalendarCallback({ ctx: anonymousCtx(db()), parameters: back }),
    ).toEqual({ ok: false, reason: "sign_in_required" });
    expect((await completeGoogleCalendarCallback({ ctx: user.ctx, parameters: back })).ok).toBe(
      true,
    );
    // The same state again: spent.
    expect(await completeGoogleCalendarCallback({ ctx: user.ctx, parameters: back })).toEqual({
      ok: false,
      reason: "invalid_state",
    });
    expect((await listIntegrations({ ctx: other.ctx })).items).toEqual([]);
  });

  it("refuses an expired state", async () => {
    const started = await connectGoogleCalendar({ ctx: user.ctx, requestOrigin: ORIGIN });
    const back = await consent(started.authorization_url);
    await db()
      .update(oauthStates)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(oauthStates.userId, user.profile.id));
    expect(await completeGoogleCalendarCallback({ ctx: user.ctx, parameters: back })).toEqual({
      ok: false,
      reason: "expired_state",
    });
    expect((await listIntegrations({ ctx: user.ctx })).items).toEqual([]);
  });

  it("reports denied consent and stores nothing", async () => {
    google.denyNextConsent();
    const started = await connectGoogleCalendar({ ctx: user.ctx, requestOrigin: ORIGIN });
    const back = await consent(started.authorization_url);
    expect(back.get("error")).toBe("access_denied");
    expect(await completeGoogleCalendarCallback({ ctx: user.ctx, parameters: back })).toEqual({
      ok: false,
      reason: "access_denied",
    });
    expect((await listIntegrations({ ctx: user.ctx })).items).toEqual([]);
  });

  it("refreshes an expired access token and goes on reading the calendar", async () => {
    await connect(user);
    const start = new Date(Date.now() + 3_600_000).toISOString();
    google.events.push({
      id: "e1",
      summary: "Dentist",
      start: { dateTime: start },
      end: { dateTime: new Date(Date.now() + 7_200_000).toISOString() },
      htmlLink: "https://calendar.example/e1",
    });
    await db()
      .update(integrations)
      .set({ accessExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(integrations.userId, user.profile.id));
    const before = google.grants.filter((g) => g === "refresh_token").length;
    const upcoming = await listUpcomingEvents({ ctx: user.ctx, input: { days: 7, limit: 10 } });
    expect(upcoming.status).toBe("active");
    expect(upcoming.events.map((e) => e.title)).toContain("Dentist");
    expect(google.grants.filter((g) => g === "refresh_token").length).toBe(before + 1);
    const [row] = await db()
      .select()
      .from(integrations)
      .where(eq(integrations.userId, user.profile.id));
    expect(row!.accessExpiresAt!.getTime()).toBeGreaterThan(Date.now());
    expect(row!.refreshTokenEnc).toMatch(/^v1\./); // kept: a refresh answer carries none
    expect(row!.lastSyncedAt).not.toBeNull();

    // A 401 from the Calendar API (token revoked early) refreshes once and retries.
    google.invalidateAccessTokens();
    await new Promise((r) => setTimeout(r, 1100));
    const again = await listUpcomingEvents({ ctx: user.ctx, input: { days: 7, limit: 10 } });
    expect(again.status).toBe("active");
  });

  it("turns a revoked grant (invalid_grant) into status error with a reconnect, never silently", async () => {
    await connect(user);
    await db()
      .update(integrations)
      .set({ accessExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(integrations.userId, user.profile.id));
    google.failNextRefresh();
    const upcoming = await listUpcomingEvents({ ctx: user.ctx, input: { days: 7, limit: 10 } });
    expect(upcoming.status).toBe("error");
    expect(upcoming.message).toMatch(/reconnect/i);
    const { items } = await listIntegrations({ ctx: user.ctx });
    expect(items[0]).toMatchObject({
      status: "error",
      error_message: expect.stringMatching(/reconnect/i),
    });
    expect(
      await codeOf(
        addStudySession({
          ctx: user.ctx,
          input: {
            kind: "live",
            start: new Date(Date.now() + 86_400_000).toISOString(),
            duration_minutes: 30,
          },
        }),
      ),
    ).toBe("conflict");
    // Reconnecting repairs it.
    expect((await connect(user)).ok).toBe(true);
    expect((await listIntegrations({ ctx: user.ctx })).items[0]!.status).toBe("active");
  });

  it("puts a study session into the calendar", async () => {
    await connect(user);
    const start = new Date(Date.now() + 2 * 86_400_000);
    start.setUTCSeconds(0, 0);
    const event = await addStudySession({
      ctx: user.ctx,
      input: { kind: "live", start: start.toISOString(), duration_minutes: 45 },
    });
    expect(event.title).toMatch(/Live/);
    expect(new Date(event.end).getTime() - new Date(event.start).getTime()).toBe(45 * 60_000);
    const stored = google.events.find((e) => e.id === event.id)!;
    expect(stored.start.dateTime).toBe(start.toISOString());
    expect(
      await codeOf(
        addStudySession({
          ctx: user.ctx,
          input: {
            kind: "english_module",
            module_id: "00000000-0000-4000-8000-000000000000",
            start: start.toISOString(),
            duration_minutes: 30,
          },
        }),
      ),
    ).toBe("not_found");
  });

  it("disconnects: revoked at the provider, tokens deleted, and idempotent", async () => {
    await connect(user);
    const revokedBefore = google.revocations;
    await disconnectGoogleCalendar({ ctx: user.ctx });
    expect(google.revocations).toBe(revokedBefore + 1);
    expect(
      await db().select().from(integrations).where(eq(integrations.userId, user.profile.id)),
    ).toEqual([]);
    await disconnectGoogleCalendar({ ctx: user.ctx });
    expect(
      (await listUpcomingEvents({ ctx: user.ctx, input: { days: 7, limit: 10 } })).status,
    ).toBe("not_connected");
  });

  it("answers 503 integration_not_configured without a client, over REST", async () => {
    const bearer = await bearerFor(user);
    overrideGoogleSettings(null);
    try {
      const result = await callRest("POST", "/api/integrations/google-calendar/connect", {
        headers: bearer,
      });
      expect(result.status).toBe(503);
      expect(result.json.detail?.error).toBe("integration_not_configured");
      expect(String(result.json.detail?.message)).toContain("GOOGLE_CLIENT_ID");
    } finally {
      overrideGoogleSettings(googleSettingsFrom({ ...getEnv(), ...google.env }));
    }
    const ok = await callRest("POST", "/api/integrations/google-calendar/connect", {
      headers: bearer,
    });
    expect(ok.status).toBe(200);
    expect(String(ok.json.authorization_url)).toContain(`${google.url}/authorize`);
    const listed = await callRest("GET", "/api/integrations", { headers: bearer });
    expect(listed.status).toBe(200);
    expect(listed.json.items).toEqual([]);
  });
});
