import { expect, it } from "vitest";
import { signAccessToken } from "@/server/auth/access-tokens";
import { search } from "@/server/conversations/search";
import { describeEachDatabase } from "@/tests/databases";
import { codeOf, orgWithKey } from "@/tests/fixtures";
import { callRest } from "@/tests/rest";
import { createTestUser, type TestUser } from "@/tests/users";
import { startSession } from "./sessions";
import { getTranscript, listTranscripts, saveTranscript } from "./transcripts";

const START = "2026-03-10T10:00:00.000Z";
const END = "2026-03-10T10:05:00.000Z";
const turns = (words: string) => [
  {
    role: "user" as const,
    text: `Hello, I want to practise ${words}`,
    timestamp: "2026-03-10T10:00:10.000Z",
  },
  {
    role: "ai" as const,
    text: "Great, tell me about your day.",
    timestamp: "2026-03-10T10:00:12.000Z",
  },
];
const bearer = async (user: TestUser) => ({
  authorization: `Bearer ${await signAccessToken({ userId: user.profile.id, sessionId: user.ctx.actor.sessionId })}`,
});

describeEachDatabase("Live transcripts", (db) => {
  it("saving one session again replaces its transcript, sequentially and concurrently", async () => {
    const user = await createTestUser(db());
    const session = await startSession({ ctx: user.ctx, input: { session_type: "avatar" } });
    const body = {
      session_id: session.session_id,
      session_started_at: START,
      session_ended_at: END,
    };
    const first = await saveTranscript({
      ctx: user.ctx,
      input: { ...body, transcripts: turns("travel") },
    });
    const again = await saveTranscript({
      ctx: user.ctx,
      input: {
        ...body,
        transcripts: [...turns("cooking"), { role: "user", text: "Bye", timestamp: END }],
      },
    });
    expect(again).toMatchObject({ id: first.id, session_type: "avatar", turn_count: 3 });
    expect(again.preview).toContain("cooking");
    const racing = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        saveTranscript({ ctx: user.ctx, input: { ...body, transcripts: turns(`topic ${i}`) } }),
      ),
    );
    expect(new Set(racing.map((r) => r.id))).toEqual(new Set([first.id]));
    const list = await listTranscripts({ ctx: user.ctx, input: { limit: 20 } });
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      id: first.id,
      turn_count: 2,
      session_id: session.session_id,
    });
  });

  it("turns must be user or ai, with text, inside the session", async () => {
    const user = await createTestUser(db());
    const headers = await bearer(user);
    const post = (body: unknown) => callRest("POST", "/api/live/transcripts", { body, headers });
    const outside = await post({
      session_started_at: START,
      session_ended_at: END,
      transcripts: [{ role: "ai", text: "Late", timestamp: "2026-03-10T10:05:00.001Z" }],
    });
    expect(outside.status).toBe(400);
    expect(outside.json.detail?.issues).toEqual([
      { path: "transcripts.0.timestamp", message: expect.any(String) },
    ]);
    const bad = await post({
      session_started_at: START,
      session_ended_at: END,
      transcripts: [{ role: "assistant", text: " ", timestamp: START }],
    });
    expect(bad.status).toBe(400);
    const paths = (bad.json.detail?.issues as Array<{ path: string }>).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["transcripts.0.role", "transcripts.0.text"]));
    const other = await createTestUser(db());
    const theirs = await startSession({ ctx: other.ctx, input: { session_type: "voice" } });
    const stolen = await post({
      session_id: theirs.session_id,
      session_started_at: START,
      session_ended_at: END,
      transcripts: [],
    });
    expect(stolen.status).toBe(404);
    const ok = await post({
      session_type: "voice",
      session_started_at: START,
      session_ended_at: END,
      transcripts: turns("music"),
    });
    expect(ok.status).toBe(201);
    expect(ok.json).toMatchObject({ session_id: null, session_type: "voice", turn_count: 2 });
  });

  it("keys read transcripts with live:read, but saving is bearer-only", async () => {
    const { owner, headers } = await orgWithKey(db(), ["live:read", "live:write"]);
    const saved = await saveTranscript({
      ctx: owner.ctx,
      input: {
        session_started_at: START,
        session_ended_at: END,
        transcripts: turns("negotiation"),
      },
    });
    const refused = await callRest("POST", "/api/live/transcripts", {
      headers,
      body: { session_started_at: START, session_ended_at: END, transcripts: [] },
    });
    expect(refused.status).toBe(403);
    expect(refused.json.detail?.error).toBe("bearer_required");
    const one = await callRest("GET", `/api/live/transcripts/${saved.id}`, {
      route: "/api/live/transcripts/{transcript_id}",
      params: { transcript_id: saved.id },
      headers,
    });
    expect(one.status).toBe(200);
    expect(one.json.transcripts).toHaveLength(2);
    const quota = await callRest("GET", "/api/live/quota", { headers });
    expect(quota.json).toMatchObject({ quota_seconds: 1800 });
  });

  it("lists newest first in pages; another user sees none of them; search finds them", async () => {
    const user = await createTestUser(db());
    for (const topic of ["astronomy", "gardening", "chess"])
      await saveTranscript({
        ctx: user.ctx,
        input: { session_started_at: START, session_ended_at: END, transcripts: turns(topic) },
      });
    const page1 = await listTranscripts({ ctx: user.ctx, input: { limit: 2 } });
    expect(page1.items.map((t) => t.preview)).toEqual([
      expect.stringContaining("chess"),
      expect.stringContaining("gardening"),
    ]);
    const page2 = await listTranscripts({
      ctx: user.ctx,
      input: { limit: 2, cursor: page1.next_cursor! },
    });
    expect(page2).toMatchObject({
      next_cursor: null,
      items: [expect.objectContaining({ turn_count: 2 })],
    });
    const stranger = await createTestUser(db());
    expect((await listTranscripts({ ctx: stranger.ctx, input: { limit: 20 } })).items).toEqual([]);
    expect(
      await codeOf(getTranscript({ ctx: stranger.ctx, transcriptId: page2.items[0]!.id })),
    ).toBe("not_found");
    const found = await search({
      ctx: user.ctx,
      input: { q: "gardening", types: ["transcripts"], limit: 10 },
    });
    expect(found.results).toEqual([
      expect.objectContaining({
        type: "transcripts",
        snippet: expect.stringContaining("«gardening»"),
      }),
    ]);
    const none = await search({
      ctx: stranger.ctx,
      input: { q: "gardening", types: ["transcripts"], limit: 10 },
    });
    expect(none.results).toEqual([]);
  });

  it("the nickname is 1–32 characters, trimmed, without control characters", async () => {
    const user = await createTestUser(db());
    const headers = await bearer(user);
    const put = (nickname: unknown) =>
      callRest("PUT", "/api/live/nickname", { body: { nickname }, headers });
    expect((await put("  Ada  ")).json).toEqual({ nickname: "Ada" });
    expect((await put("   ")).status).toBe(400);
    expect((await put("x".repeat(33))).status).toBe(400);
    expect((await put("A\u0007da")).status).toBe(400);
    expect((await put("🙂".repeat(32))).status).toBe(200);
    const session = await startSession({ ctx: user.ctx, input: { session_type: "voice" } });
    expect(session.nickname).toBe("🙂".repeat(32));
  });
});
