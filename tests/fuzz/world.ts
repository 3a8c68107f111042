import { expect } from "vitest";
import type { Db } from "@/db/client";
import { signAccessToken } from "@/server/auth/access-tokens";
import { orgWithOwner } from "../fixtures";
import { buildGroupObjects } from "../authz/world-groups";
import { callRest } from "../rest";
import { createTestUser, type TestUser } from "../users";

export type World = {
  owner: TestUser;
  bearer: Record<string, string>;
  keyHeaders: Record<string, string>;
  /** Ids that exist, by path parameter name: fuzzing them reaches past the not-found checks. */
  known: Record<string, string[]>;
};

async function ok(result: Promise<Awaited<ReturnType<typeof callRest>>>) {
  const r = await result;
  expect(r.status, JSON.stringify(r.json)).toBeLessThan(300);
  return r.json as Record<string, unknown> & { id: string };
}

/** A bearer header for a user's live session. */
export async function bearerFor(user: TestUser): Promise<Record<string, string>> {
  const token = await signAccessToken({
    userId: user.profile.id,
    sessionId: user.ctx.actor.sessionId,
  });
  return { authorization: `Bearer ${token}` };
}

/**
 * An organization with a team, a second member, a key, a conversation with messages, a note, and
 * the later groups' objects (documents, a Live session and transcript, a course answer).
 */
export async function buildWorld(db: Db): Promise<World> {
  const { owner, org } = await orgWithOwner(db, "Fuzz");
  const bearer = await bearerFor(owner);
  const as = (body: unknown, extra: Parameters<typeof callRest>[2] = {}) => ({
    body,
    headers: bearer,
    ...extra,
  });
  const member = await createTestUser(db, "mem");
  const team = await ok(
    callRest("POST", `/api/organizations/${org.id}/teams`, {
      ...as({ name: "Team" }),
      route: "/api/organizations/{org_id}/teams",
      params: { org_id: org.id },
    }),
  );
  await ok(
    callRest("POST", `/api/organizations/${org.id}/members`, {
      ...as({ email: member.profile.email, role: "member", team_id: team.id }),
      route: "/api/organizations/{org_id}/members",
      params: { org_id: org.id },
    }),
  );
  const key = await ok(
    callRest(
      "POST",
      "/api/api-keys",
      as({ name: "fuzz", organization_id: org.id, permissions: ["api:admin"] }),
    ),
  );
  const conversation = await ok(
    callRest("POST", "/api/core/conversations", as({ organization_id: org.id })),
  );
  const chat = await ok(
    callRest("POST", "/api/core/chat", as({ message: "hello", conversation_id: conversation.id })),
  );
  const note = await ok(
    callRest("POST", "/api/core/notes", as({ title: "n", conversation_id: conversation.id })),
  );
  const groups = await buildGroupObjects(db, org.id, bearer);
  return {
    owner,
    bearer,
    keyHeaders: { "x-api-key": String(key.key_value) },
    known: {
      org_id: [org.id],
      user_id: [member.profile.id, owner.profile.id],
      team_id: [team.id],
      conversation_id: [conversation.id],
      message_id: [String(chat.message_id)],
      note_id: [note.id],
      key_id: [key.id],
      document_id: [groups.ids.document, groups.ids.sharedDocument, groups.ids.failedDocument],
      transcript_id: [groups.ids.transcript],
      module_id: [groups.course.module],
      task_id: [groups.course.task],
      username: [owner.profile.username, owner.profile.username.toUpperCase()],
    },
  };
}
