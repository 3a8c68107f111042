import { readFileSync } from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";
import { operations } from "./registry";

type Doc = {
  openapi: string;
  paths: Record<
    string,
    Record<string, { security: unknown[]; responses: Record<string, unknown> }>
  >;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
};

describe("the OpenAPI document", () => {
  const doc = buildOpenApiDocument() as unknown as Doc;

  it("documents every declared operation with its errors and security", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({
      type: "http",
      scheme: "bearer",
    });
    expect(doc.components.schemas).toHaveProperty("Error");
    for (const op of operations) {
      const entry = doc.paths[op.path]?.[op.method.toLowerCase()];
      expect(entry, `${op.method} ${op.path}`).toBeDefined();
      expect(Object.keys(entry!.responses)).toEqual(
        expect.arrayContaining([String(op.response.status), "400", "500"]),
      );
      if (op.auth === "none") expect(entry!.security).toEqual([]);
      else expect(Object.keys(entry!.responses)).toEqual(expect.arrayContaining(["401", "403"]));
    }
    expect(doc.paths["/api/auth/login"]?.post).toHaveProperty([
      "requestBody",
      "content",
      "application/x-www-form-urlencoded",
    ]);
  });

  it("names its schemas as the published reference does", () => {
    // Clients generated from either document then name their types alike.
    const published = [
      "Error",
      "TokenResponse",
      "UserProfile",
      "ChatRequest",
      "ChatResponse",
      "ConversationCreateRequest",
      "ConversationResponse",
      "KnowledgeSearchRequest",
      "LiveStartSessionRequest",
      "LiveSessionResponse",
      "LiveQuotaResponse",
      "TranscriptTurn",
      "SaveLiveTranscriptsRequest",
      "OrganizationCreateRequest",
      "OrganizationResponse",
      "MemberResponse",
      "XELModuleSummary",
      "XELTaskSubmissionRequest",
      "APIKeyCreateRequest",
      "APIKeyResponse",
    ];
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(published));
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    // Validates against the OpenAPI schema and resolves every $ref.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeDefined();
  });

  it("has a route file binding every declared path and method", () => {
    for (const op of operations) {
      const file = path.join(
        "app",
        ...op.path
          .split("/")
          .filter(Boolean)
          .map((s) => s.replace(/^\{(.+)\}$/, "[$1]")),
        "route.ts",
      );
      const source = readFileSync(file, "utf8");
      expect(source.replace(/\s+/g, "").replace(",)", ")"), file).toContain(
        `bindRoute("${op.path}")`,
      );
      expect(source, file).toMatch(new RegExp(`export const \\{[^}]*\\b${op.method}\\b`));
    }
  });
});
