import type { TrpcRow } from "./trpc-matrix";
import { integrationTrpcRows } from "./trpc-rows-integrations";
import type { AuthzWorld } from "./world";
import { ESSAY } from "./world-groups";

// The tRPC rows of Live, Xentree English, XP and the audit log: the same ownership as their REST
// rows (rows-live.ts, rows-english.ts, rows-knowledge.ts; uploads are REST only).
const notYours = { as: "member", code: "NOT_FOUND" } as const;
const session = (w: AuthzWorld) => ({ session_id: w.ids.liveSession });
const ownData = { input: () => undefined, stranger: "own-data" } as const;
const doc = (id: "document" | "sharedDocument" | "failedDocument") => (w: AuthzWorld) => ({
  document_id: w.ids[id],
});
const onlyUploader = { as: "member", code: "FORBIDDEN" } as const;

export const laterGroups: Record<string, TrpcRow> = {
  ...integrationTrpcRows,
  "live.quota": ownData,
  "live.start": { input: () => ({ session_type: "voice" }), stranger: "self" },
  "live.heartbeat": { input: session, stranger: "NOT_FOUND", lowerRole: notYours },
  "live.end": { input: session, stranger: "NOT_FOUND", lowerRole: notYours },
  "live.reply": {
    input: (w) => ({ ...session(w), message: "Hello" }),
    stranger: "NOT_FOUND",
    lowerRole: notYours,
  },
  "live.setNickname": { input: () => ({ nickname: "Matrix" }), stranger: "self" },
  "live.transcripts": { input: () => ({}), stranger: "own-data" },
  "live.transcript": {
    input: (w) => ({ transcript_id: w.ids.transcript }),
    stranger: "NOT_FOUND",
    lowerRole: notYours,
  },
  "live.saveTranscript": {
    input: (w) => {
      const at = new Date().toISOString();
      return {
        ...session(w),
        session_started_at: at,
        session_ended_at: at,
        transcripts: [{ role: "user", text: "Hi", timestamp: at }],
      };
    },
    stranger: "NOT_FOUND",
    lowerRole: notYours,
  },
  "english.modules": { input: () => ({}), stranger: "own-data" },
  "english.module": { input: (w) => ({ module_id: w.course.module }), stranger: "own-data" },
  "english.submit": {
    input: (w) => ({ task_id: w.course.task, response: w.course.response }),
    stranger: "self",
  },
  "english.dashboard": ownData,
  "xp.profile": ownData,
  "xp.streak": ownData,
  "xp.weekly": ownData,
  "xp.pulse": ownData,
  "xp.quests": ownData,
  "xel.evaluate": { input: () => ({ skill: "writing", text: ESSAY }), stranger: "self" },
  "xel.evaluations": { input: () => ({}), stranger: "own-data" },
  "xel.evaluation": {
    input: (w) => ({ evaluation_id: w.ids.evaluation }),
    stranger: "NOT_FOUND",
    lowerRole: notYours,
  },
  "knowledge.list": { input: () => ({}), stranger: "own-data" },
  "knowledge.get": { input: doc("document"), stranger: "NOT_FOUND", lowerRole: notYours },
  "knowledge.update": {
    input: (w) => ({ ...doc("sharedDocument")(w), title: "Renamed" }),
    stranger: "NOT_FOUND",
    lowerRole: onlyUploader,
  },
  "knowledge.retry": { input: doc("failedDocument"), stranger: "NOT_FOUND", lowerRole: notYours },
  "knowledge.delete": {
    input: doc("sharedDocument"),
    stranger: "NOT_FOUND",
    lowerRole: onlyUploader,
  },
  "knowledge.search": {
    input: (w) => ({ query: "matrices", scope: "organization", organization_id: w.orgId }),
    stranger: "NOT_FOUND",
  },
  "audit.list": {
    input: (w) => ({ org_id: w.orgId }),
    stranger: "NOT_FOUND",
    lowerRole: { as: "manager", code: "FORBIDDEN" },
  },
  "audit.mySignIns": { input: () => ({}), stranger: "own-data" },
};
