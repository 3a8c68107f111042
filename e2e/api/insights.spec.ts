import { expect, test } from "@playwright/test";
import { createApiKey, createOrganization, signedInClient, uniqueName } from "../support";

// Learning sessions, learning time, search maintenance and statistics over real HTTP, with a
// bearer token and with an API key (docs/learning-time.md, docs/admin-stats.md,
// docs/search-maintenance.md).

test("a conversation's learning session over REST, by token and by API key", async ({
  request,
}) => {
  const { headers } = await signedInClient(request);
  const org = await createOrganization(request, headers, `Sessions ${uniqueName("")}`);
  const conversation = await (
    await request.post("/api/core/conversations", {
      headers,
      data: { title: "Tides", organization_id: org.id },
    })
  ).json();
  const base = `/api/core/conversations/${conversation.id}/session`;

  const started = await request.post(`${base}/start`, { headers });
  expect(started.status()).toBe(201);
  const session = await started.json();
  expect(session).toMatchObject({
    conversation_id: conversation.id,
    status: "active",
    activity_interval_seconds: 60,
    idle_after_seconds: 180,
    resumed: false,
  });
  const again = await (await request.post(`${base}/start`, { headers })).json();
  expect(again).toMatchObject({ session_id: session.session_id, resumed: true });

  // A key of the conversation's organization with conversations:write keeps it alive.
  const key = await createApiKey(request, headers, {
    organization_id: org.id,
    permissions: ["conversations:write", "conversations:read"],
  });
  const keyHeaders = { "x-api-key": key.key_value };
  const beat = await request.post(`${base}/activity`, { headers: keyHeaders });
  expect(beat.status()).toBe(200);
  const status = await (await request.get(`${base}/status`, { headers: keyHeaders })).json();
  expect(status).toMatchObject({ active: true, session_count: 1 });

  const ended = await request.post(`${base}/end`, { headers });
  expect(ended.status()).toBe(200);
  expect(await ended.json()).toMatchObject({ status: "ended" });
  const late = await request.post(`${base}/activity`, { headers });
  expect(late.status()).toBe(409);
  expect((await late.json()).detail.error).toBe("conflict");

  // A read-only key cannot start one; another user's token does not find the conversation.
  const readOnly = await createApiKey(request, headers, {
    organization_id: org.id,
    permissions: ["conversations:read"],
  });
  const refused = await request.post(`${base}/start`, {
    headers: { "x-api-key": readOnly.key_value },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).detail.error).toBe("INSUFFICIENT_API_KEY_SCOPE");
  const stranger = await signedInClient(request);
  expect((await request.post(`${base}/start`, { headers: stranger.headers })).status()).toBe(404);

  const time = await request.get("/api/xp/learning-time", { headers });
  expect(time.status()).toBe(200);
  const body = await time.json();
  expect(body.days).toHaveLength(30);
  expect(body.total_seconds).toBe(body.conversation_seconds + body.live_seconds + body.xel_seconds);
  const bad = await request.get("/api/xp/learning-time?from=2026-05-02&to=2026-05-01", {
    headers,
  });
  expect(bad.status()).toBe(400);
});

test("search maintenance refuses a normal user; statistics answer JSON and CSV", async ({
  request,
}) => {
  const { headers } = await signedInClient(request);
  for (const [method, path] of [
    ["get", "/api/core/search/status"],
    ["post", "/api/core/search/reindex"],
  ] as const) {
    const response = await request[method](path, { headers });
    expect(response.status()).toBe(403);
    expect((await response.json()).detail.error).toBe("forbidden");
  }

  const org = await createOrganization(request, headers, `Figures ${uniqueName("")}`);
  const engagement = await request.get(
    `/api/v1/admin/stats/engagement?org_id=${org.id}&start_date=2026-01-01&end_date=2026-01-08`,
    { headers },
  );
  expect(engagement.status()).toBe(200);
  expect(await engagement.json()).toMatchObject({
    org_id: org.id,
    team_id: null,
    members: 1,
    start_date: "2026-01-01",
    end_date: "2026-01-08",
  });
  const key = await createApiKey(request, headers, {
    organization_id: org.id,
    permissions: ["organizations:read"],
  });
  const csv = await request.get(`/api/v1/admin/stats/progress/members?org_id=${org.id}`, {
    headers: { "x-api-key": key.key_value, accept: "text/csv" },
  });
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n").filter(Boolean)).toHaveLength(2);
  const reversed = await request.get(
    `/api/v1/admin/stats/progress/members?org_id=${org.id}&start_date=2026-01-08&end_date=2026-01-01`,
    { headers },
  );
  expect(reversed.status()).toBe(400);
});
