import { expect, test } from "@playwright/test";
import { createApiKey, createOrganization, signedInClient } from "../support";

test("an integrator meters Live sessions with live:read/live:write keys; saving transcripts needs a user", async ({
  request,
}) => {
  const { headers: bearer } = await signedInClient(request);
  const org = await createOrganization(request, bearer, "Live school");
  const granted = await request.patch(`/api/organizations/${org.id}`, {
    headers: bearer,
    data: { live_seconds_per_member: 600 },
  });
  expect(await granted.json()).toMatchObject({ live_seconds_per_member: 600 });
  const key = await createApiKey(request, bearer, {
    organization_id: org.id,
    permissions: ["live:read", "live:write"],
  });
  const headers = { "x-api-key": key.key_value };

  const quota = await (await request.get("/api/live/quota", { headers })).json();
  expect(quota).toMatchObject({
    plan: "free",
    quota_seconds: 600,
    used_seconds: 0,
    remaining_seconds: 600,
    active_session_id: null,
  });
  expect(Date.parse(quota.period_end)).toBeGreaterThan(Date.parse(quota.period_start));

  expect(
    (await request.put("/api/live/nickname", { headers, data: { nickname: " Ada " } })).status(),
  ).toBe(200);
  const started = await request.post("/api/live/session/start", {
    headers,
    data: { session_type: "voice" },
  });
  expect(started.status()).toBe(201);
  const session = await started.json();
  expect(session).toMatchObject({
    status: "active",
    max_duration_seconds: 600,
    heartbeat_interval_seconds: 15,
    nickname: "Ada",
  });
  const again = await request.post("/api/live/session/start", {
    headers,
    data: { session_type: "avatar" },
  });
  expect(again.status()).toBe(409);
  expect((await again.json()).detail).toMatchObject({
    error: "live_session_active",
    active_session_id: session.session_id,
  });

  const beat = await request.post("/api/live/session/heartbeat", {
    headers,
    data: { session_id: session.session_id },
  });
  expect(beat.status()).toBe(200);
  expect((await beat.json()).remaining_seconds).toBeLessThanOrEqual(600);
  expect((await (await request.get("/api/live/quota", { headers })).json()).active_session_id).toBe(
    session.session_id,
  );

  const ended = await request.post("/api/live/session/end", {
    headers,
    data: { session_id: session.session_id },
  });
  expect(await ended.json()).toMatchObject({ status: "ended", session_id: session.session_id });
  const twice = await request.post("/api/live/session/end", {
    headers,
    data: { session_id: session.session_id },
  });
  expect(twice.status()).toBe(200);
  const late = await request.post("/api/live/session/heartbeat", {
    headers,
    data: { session_id: session.session_id },
  });
  expect(late.status()).toBe(409);

  const endedAt = (await twice.json()).ended_at as string;
  const transcript = {
    session_id: session.session_id,
    session_started_at: session.started_at,
    session_ended_at: endedAt,
    transcripts: [
      { role: "user", text: "I would like to talk about volcanoes", timestamp: session.started_at },
      { role: "ai", text: "Volcanoes! Which one have you seen?", timestamp: endedAt },
    ],
  };
  const refused = await request.post("/api/live/transcripts", { headers, data: transcript });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).detail.error).toBe("bearer_required");
  const saved = await request.post("/api/live/transcripts", { headers: bearer, data: transcript });
  expect(saved.status()).toBe(201);
  const first = await saved.json();
  const retried = await (
    await request.post("/api/live/transcripts", { headers: bearer, data: transcript })
  ).json();
  expect(retried.id).toBe(first.id);

  const list = await (await request.get("/api/live/transcripts?limit=5", { headers })).json();
  expect(list).toEqual({
    items: [expect.objectContaining({ id: first.id, turn_count: 2, session_type: "voice" })],
    next_cursor: null,
  });
  const one = await (await request.get(`/api/live/transcripts/${first.id}`, { headers })).json();
  expect(one.transcripts).toHaveLength(2);
  const found = await (
    await request.get("/api/core/search?q=volcanoes&types=transcripts", { headers: bearer })
  ).json();
  expect(found.results).toEqual([expect.objectContaining({ type: "transcripts", id: first.id })]);

  const reader = await createApiKey(request, bearer, {
    organization_id: org.id,
    permissions: ["live:read"],
  });
  const denied = await request.post("/api/live/session/start", {
    headers: { "x-api-key": reader.key_value },
    data: { session_type: "voice" },
  });
  expect(denied.status()).toBe(403);
  expect((await denied.json()).detail).toMatchObject({
    error: "INSUFFICIENT_API_KEY_SCOPE",
    required_scope: "live:write",
  });
});
