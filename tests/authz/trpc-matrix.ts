import { insightsTrpcRows } from "./rows-insights";
import { laterGroups } from "./trpc-matrix-groups";
import type { AuthzWorld } from "./world";

/**
 * The tRPC procedures' ownership cases, as data: for each procedure, an input aimed at
 * organization A's object and what a stranger and a lower role get (tRPC codes). Every procedure
 * of the app router must have a row.
 */
export type TrpcRow = {
  input: (w: AuthzWorld) => unknown;
  /** `"own-data"`: acts on the caller's own things; `"self"`: on the caller alone. */
  stranger: "NOT_FOUND" | "FORBIDDEN" | "own-data" | "self";
  lowerRole?: { as: "admin" | "manager" | "member"; code: "NOT_FOUND" | "FORBIDDEN" };
};

const notYours = { as: "member", code: "NOT_FOUND" } as const;
const memberRefused = { as: "member", code: "FORBIDDEN" } as const;
const org = (w: AuthzWorld) => ({ org_id: w.orgId });
const manager = (w: AuthzWorld) => ({ org_id: w.orgId, user_id: w.users.manager.profile.id });
const team = (w: AuthzWorld) => ({ org_id: w.orgId, team_id: w.ids.team });
const conversation = (w: AuthzWorld) => ({ conversation_id: w.ids.conversation });

export const TRPC_MATRIX: Record<string, TrpcRow> = {
  "auth.register": { input: () => ({}), stranger: "self" },
  "auth.me": { input: () => undefined, stranger: "self" },
  "auth.updateMe": { input: () => ({ full_name: "Renamed" }), stranger: "self" },
  "conversations.providers": { input: () => undefined, stranger: "own-data" },
  "conversations.list": { input: () => ({}), stranger: "own-data" },
  "conversations.create": { input: (w) => ({ organization_id: w.orgId }), stranger: "NOT_FOUND" },
  "conversations.get": { input: conversation, stranger: "NOT_FOUND", lowerRole: notYours },
  "conversations.rename": {
    input: (w) => ({ ...conversation(w), title: "Renamed" }),
    stranger: "NOT_FOUND",
    lowerRole: notYours,
  },
  "conversations.delete": { input: conversation, stranger: "NOT_FOUND", lowerRole: notYours },
  "conversations.messages": { input: conversation, stranger: "NOT_FOUND", lowerRole: notYours },
  "conversations.stop": {
    input: (w) => ({ ...conversation(w), message_id: w.ids.message }),
    stranger: "NOT_FOUND",
    lowerRole: notYours,
  },
  "conversations.search": { input: () => ({ q: "hello mine" }), stranger: "own-data" },
  "conversations.notes.list": {
    input: (w) => ({ conversation_id: w.ids.conversation }),
    stranger: "own-data",
  },
  "conversations.notes.create": {
    input: (w) => ({ title: "t", conversation_id: w.ids.conversation }),
    stranger: "NOT_FOUND",
    lowerRole: notYours,
  },
  "conversations.notes.update": {
    input: (w) => ({ note_id: w.ids.note, title: "Renamed" }),
    stranger: "NOT_FOUND",
    lowerRole: notYours,
  },
  "conversations.notes.delete": {
    input: (w) => ({ note_id: w.ids.note }),
    stranger: "NOT_FOUND",
    lowerRole: notYours,
  },
  "organizations.list": { input: () => ({}), stranger: "own-data" },
  "organizations.create": { input: () => ({ name: "Another one" }), stranger: "own-data" },
  "organizations.get": { input: org, stranger: "NOT_FOUND" },
  "organizations.myPermissions": { input: org, stranger: "NOT_FOUND" },
  "organizations.update": {
    input: (w) => ({ ...org(w), name: "Renamed" }),
    stranger: "NOT_FOUND",
    lowerRole: memberRefused,
  },
  "organizations.delete": {
    input: org,
    stranger: "NOT_FOUND",
    lowerRole: { as: "admin", code: "FORBIDDEN" },
  },
  "organizations.members.list": { input: org, stranger: "NOT_FOUND" },
  "organizations.members.add": {
    input: (w) => ({ ...org(w), email: w.users.spare.profile.email }),
    stranger: "NOT_FOUND",
    lowerRole: memberRefused,
  },
  "organizations.members.updateRole": {
    input: (w) => ({ ...manager(w), role: "member" }),
    stranger: "NOT_FOUND",
    lowerRole: memberRefused,
  },
  "organizations.members.replace": {
    input: (w) => ({ ...manager(w), role: "member", team_id: w.ids.team }),
    stranger: "NOT_FOUND",
    lowerRole: memberRefused,
  },
  "organizations.members.remove": {
    input: manager,
    stranger: "NOT_FOUND",
    lowerRole: memberRefused,
  },
  "organizations.teams.list": { input: org, stranger: "NOT_FOUND" },
  "organizations.teams.create": {
    input: (w) => ({ ...org(w), name: "New team" }),
    stranger: "NOT_FOUND",
    lowerRole: memberRefused,
  },
  "organizations.teams.rename": {
    input: (w) => ({ ...team(w), name: "Renamed team" }),
    stranger: "NOT_FOUND",
    lowerRole: memberRefused,
  },
  "organizations.teams.delete": { input: team, stranger: "NOT_FOUND", lowerRole: memberRefused },
  "apiKeys.list": { input: () => ({}), stranger: "own-data" },
  "apiKeys.create": {
    input: (w) => ({ name: "k", organization_id: w.orgId, permissions: ["conversations:read"] }),
    stranger: "NOT_FOUND",
    lowerRole: memberRefused,
  },
  "apiKeys.revoke": {
    input: (w) => ({ key_id: w.ids.key }),
    stranger: "NOT_FOUND",
    lowerRole: notYours,
  },
  "apiKeys.grantable": { input: org, stranger: "NOT_FOUND" },
  ...laterGroups,
  ...insightsTrpcRows,
};
