import { eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/db/client";
import { documents } from "@/db/schema";
import { callRest } from "../rest";
import { buildIntegrationObjects } from "./world-integrations";
import { A1_VOCAB, rightResponse, tasksOf } from "../xel";
import { moduleId } from "@/server/xel/curriculum/build";

type Headers = Record<string, string>;

/** Enough words for the evaluator to score (fewer than about 30 is `insufficient_text`). */
export const ESSAY =
  "Last summer I visited my grandparents in a small village near the sea. Every morning we " +
  "walked to the market and bought fresh bread and fish. In the evenings my grandfather told " +
  "me stories about his life as a fisherman, and I learned a lot about the history of the place.";

async function ok(result: Promise<Awaited<ReturnType<typeof callRest>>>) {
  const r = await result;
  expect(r.status, JSON.stringify(r.json)).toBeLessThan(300);
  return r.json as Record<string, unknown>;
}

/** A multipart upload form, as a browser or an integrator sends it. */
export function uploadForm(text: string, organizationId?: string): FormData {
  const form = new FormData();
  form.set("file", new File([text], "matrix.txt", { type: "text/plain" }));
  if (organizationId) form.set("organization_id", organizationId);
  return form;
}

/**
 * Organization A's owner's objects of the later groups, made through REST as a user would:
 * knowledge documents (private, shared with A, and one whose ingestion failed), a Live session
 * and transcript, and a graded answer in the English course.
 */
export async function buildGroupObjects(db: Db, orgId: string, owner: Headers) {
  const upload = (text: string, organizationId?: string) =>
    ok(
      callRest("POST", "/api/knowledge/documents", {
        body: uploadForm(text, organizationId),
        headers: owner,
      }),
    );
  const document = await upload("A private page about matrices.");
  const sharedDocument = await upload("A page shared with the organization.", orgId);
  const failedDocument = await upload("A page whose ingestion failed.");
  // Ingestion runs in a worker the tests do not start; a failed one is what retry acts on.
  await db
    .update(documents)
    .set({ status: "failed", error: "The file could not be read" })
    .where(eq(documents.id, String(failedDocument.id)));

  const session = await ok(
    callRest("POST", "/api/live/session/start", {
      body: { session_type: "voice" },
      headers: owner,
    }),
  );
  const at = new Date().toISOString();
  const transcript = await ok(
    callRest("POST", "/api/live/transcripts", {
      headers: owner,
      body: {
        session_type: "voice",
        session_started_at: at,
        session_ended_at: at,
        transcripts: [{ role: "user", text: "Hello there", timestamp: at }],
      },
    }),
  );

  const [task] = tasksOf(A1_VOCAB);
  const submission = await ok(
    callRest("POST", `/api/xel/tasks/${task!.id}/submit`, {
      route: "/api/xel/tasks/{task_id}/submit",
      params: { task_id: task!.id },
      body: { response: rightResponse(task!) },
      headers: owner,
    }),
  );
  const evaluation = await ok(
    callRest("POST", "/api/xel/evaluate", {
      headers: owner,
      body: { skill: "writing", text: ESSAY },
    }),
  );
  const integration = await buildIntegrationObjects(orgId, owner);
  return {
    /** Objects only their owner (or A, when shared) may see. */
    ids: {
      ...integration,
      document: String(document.id),
      sharedDocument: String(sharedDocument.id),
      failedDocument: String(failedDocument.id),
      liveSession: String(session.session_id),
      transcript: String(transcript.id),
      submission: String(submission.submission_id),
      evaluation: String(evaluation.id),
    },
    /** Course content is the same for everyone: not secrets, so not in `ids`. */
    course: { module: moduleId(A1_VOCAB), task: task!.id, response: rightResponse(task!) },
  };
}
