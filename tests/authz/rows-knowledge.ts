import { NOT_FOUND, notYours, FORBIDDEN, type MatrixRow } from "./rows";
import type { AuthzWorld } from "./world";
import { uploadForm } from "./world-groups";

// The Knowledge Base group's rows (see matrix.ts and docs/knowledge.md). A user reads their own
// documents and those shared with their organizations; only the uploader changes one. Another
// user's private document is 404 to everyone, a shared one is 403 to the organization's other
// members when they try to change it (they may read it).
const doc = (id: keyof AuthzWorld["ids"]) => (w: AuthzWorld) => ({
  params: { document_id: w.ids[id] },
});
const inOrganizationA = (w: AuthzWorld) => ({
  query: "matrices",
  scope: "organization",
  organization_id: w.orgId,
});

export const knowledgeRows: MatrixRow[] = [
  {
    method: "POST",
    path: "/api/knowledge/search",
    auth: "rag:read",
    needs: "membership of the organization searched",
    request: (w) => ({ body: inOrganizationA(w) }),
    stranger: NOT_FOUND,
  },
  {
    method: "POST",
    path: "/api/knowledge/documents",
    auth: "rag:write",
    needs: "membership of the organization it is shared with",
    request: (w) => ({ body: uploadForm("Shared notes.", w.orgId) }),
    stranger: NOT_FOUND,
  },
  {
    method: "GET",
    path: "/api/knowledge/documents",
    auth: "rag:read",
    needs: "own documents and those shared with one's organizations",
    request: () => ({}),
    stranger: "own-data",
  },
  {
    method: "GET",
    path: "/api/knowledge/documents/{document_id}",
    auth: "rag:read",
    needs: "the owner of a private document",
    request: doc("document"),
    stranger: NOT_FOUND,
    lowerRole: notYours,
  },
  {
    method: "PATCH",
    path: "/api/knowledge/documents/{document_id}",
    auth: "rag:write",
    needs: "the uploader (a shared document is read-only to other members)",
    request: (w) => ({ ...doc("sharedDocument")(w), body: { title: "Renamed" } }),
    stranger: NOT_FOUND,
    lowerRole: { as: "member", expect: FORBIDDEN },
  },
  {
    method: "DELETE",
    path: "/api/knowledge/documents/{document_id}",
    auth: "rag:write",
    needs: "the uploader (a shared document is read-only to other members)",
    request: doc("sharedDocument"),
    stranger: NOT_FOUND,
    lowerRole: { as: "member", expect: FORBIDDEN },
  },
  {
    method: "POST",
    path: "/api/knowledge/documents/{document_id}/retry",
    auth: "rag:write",
    needs: "the uploader of a failed document",
    request: doc("failedDocument"),
    stranger: NOT_FOUND,
    lowerRole: notYours,
  },
  {
    method: "POST",
    path: "/api/rag/query",
    auth: "rag:read",
    needs: "membership of the organization asked about",
    request: (w) => ({ body: inOrganizationA(w) }),
    stranger: NOT_FOUND,
  },
];
