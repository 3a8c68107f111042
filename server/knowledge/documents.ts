import { and, count, desc, eq, lt, or, sql, sum } from "drizzle-orm";
import { documentFiles, documents, knowledgePostings, users, type DocumentRow } from "@/db/schema";
import { addJob, wakeLocalWorkers } from "@/server/jobs/worker";
import { organizationFor } from "@/server/conversations/access";
import { requireMembership } from "@/server/organizations/access";
import type { AuthedCtx } from "@/server/platform/context";
import { getEnv } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { decodeCursor, toPage, type Page } from "@/server/platform/pagination";
import {
  requireOwnDocument,
  requireVisibleDocument,
  visibleDocuments,
  visibleOrganizations,
} from "./access";
import { ACCEPTED_TYPES, decodeText, detectType, type AcceptedType } from "./extract";
import { markdownTitle } from "./extract/text";
import { unindexDocument } from "./indexing";
import { INGEST_JOB } from "./ingest";
import type {
  DocumentResponse,
  DocumentsQuery,
  DocumentUpdateRequest,
  UploadInput,
} from "./schemas";

/** The file's name without its extension, as a title of last resort. */
const titleFromName = (filename: string) => filename.replace(/\.[^.]+$/, "") || filename;

/** A title the document gives itself when the uploader gives none: a Markdown file's first heading. */
function titleFromContent(type: AcceptedType, data: Uint8Array): string | null {
  if (type !== "text/markdown") return null;
  try {
    return markdownTitle(decodeText(data.subarray(0, 64 * 1024)));
  } catch {
    return null; // not text: ingestion reports why
  }
}

export function toDocumentResponse(ctx: AuthedCtx, row: DocumentRow): DocumentResponse {
  return {
    id: row.id,
    title: row.title,
    filename: row.filename,
    content_type: row.contentType,
    size_bytes: row.sizeBytes,
    status: row.status,
    error: row.error,
    chunk_count: row.chunkCount,
    organization_id: row.organizationId,
    is_owner: row.userId === ctx.actor.userId,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** Refuses an upload that would take the user past their plan's documents or bytes. */
async function checkStorage(ctx: AuthedCtx, addedBytes: number) {
  const [user] = await ctx.db
    .select({ plan: users.plan })
    .from(users)
    .where(eq(users.id, ctx.actor.userId));
  const limits = getEnv().KNOWLEDGE_LIMITS;
  const limit = limits[user?.plan ?? "free"] ?? limits.free ?? { documents: 0, bytes: 0 };
  const [used] = await ctx.db
    .select({ n: count(), bytes: sum(documents.sizeBytes) })
    .from(documents)
    .where(eq(documents.userId, ctx.actor.userId));
  const n = Number(used?.n ?? 0);
  const bytes = Number(used?.bytes ?? 0);
  if (n + 1 > limit.documents || bytes + addedBytes > limit.bytes)
    throw new AppError(
      "storage_limit_reached",
      `Your plan holds ${limit.documents} documents and ${Math.round(limit.bytes / 1048576)} MiB; ` +
        "delete some documents to make room",
      {
        details: {
          documents: n,
          bytes,
          limit_documents: limit.documents,
          limit_bytes: limit.bytes,
        },
      },
    );
}

/** Stores an upload and queues its ingestion: the answer comes at once, `processing`. */
export async function createDocument({ ctx, input }: { ctx: AuthedCtx; input: UploadInput }) {
  const type = detectType(input.filename, input.declaredType);
  if (!type)
    throw new AppError(
      "unsupported_media_type",
      "This kind of file cannot be read; upload plain text, Markdown, HTML, PDF or Word (.docx)",
      {
        details: {
          accepted_types: Object.keys(ACCEPTED_TYPES),
          accepted_extensions: Object.values(ACCEPTED_TYPES).flat(),
        },
      },
    );
  const organizationId = await organizationFor(ctx, input.organization_id || null);
  await checkStorage(ctx, input.data.byteLength);
  const filename = input.filename.slice(0, 255) || "document";
  const row = await ctx.db.transaction(async (tx) => {
    const [doc] = await tx
      .insert(documents)
      .values({
        userId: ctx.actor.userId,
        organizationId,
        title: input.title?.trim() || titleFromContent(type, input.data) || titleFromName(filename),
        filename,
        contentType: type,
        sizeBytes: input.data.byteLength,
      })
      .returning();
    await tx.insert(documentFiles).values({ documentId: doc!.id, data: Buffer.from(input.data) });
    await addJob(tx, INGEST_JOB, { documentId: doc!.id }, { maxAttempts: 3 });
    return doc!;
  });
  wakeLocalWorkers();
  return toDocumentResponse(ctx, row);
}

export async function listDocuments({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: DocumentsQuery;
}): Promise<Page<DocumentResponse>> {
  const organizations = await visibleOrganizations(ctx);
  const after = decodeCursor(input.cursor, "timestamp");
  const rows = await ctx.db
    .select()
    .from(documents)
    .where(
      and(
        visibleDocuments(ctx, organizations),
        input.status ? eq(documents.status, input.status) : undefined,
        input.organization_id ? eq(documents.organizationId, input.organization_id) : undefined,
        after
          ? or(
              lt(documents.createdAt, new Date(String(after[0]))),
              and(
                eq(documents.createdAt, new Date(String(after[0]))),
                lt(documents.id, String(after[1])),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(documents.createdAt), desc(documents.id))
    .limit(input.limit + 1);
  return toPage(
    rows,
    input.limit,
    (r) => toDocumentResponse(ctx, r),
    (r) => [r.createdAt.toISOString(), r.id],
  );
}

export async function getDocument({ ctx, documentId }: { ctx: AuthedCtx; documentId: string }) {
  return toDocumentResponse(ctx, await requireVisibleDocument(ctx, documentId));
}

/** Deletes the document, its file, passages and postings, and its share of the statistics. */
export async function deleteDocument({ ctx, documentId }: { ctx: AuthedCtx; documentId: string }) {
  await requireOwnDocument(ctx, documentId);
  await ctx.db.transaction(async (tx) => {
    await unindexDocument(tx, documentId);
    await tx.delete(documents).where(eq(documents.id, documentId));
  });
}

/** Queues a failed document's ingestion again. */
export async function retryDocument({ ctx, documentId }: { ctx: AuthedCtx; documentId: string }) {
  const doc = await requireOwnDocument(ctx, documentId);
  if (doc.status !== "failed")
    throw new AppError(
      "conflict",
      `Only a failed document can be retried; this one is ${doc.status}`,
    );
  const row = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(documents)
      .set({ status: "processing", error: null, updatedAt: sql`now()` })
      .where(and(eq(documents.id, documentId), eq(documents.status, "failed")))
      .returning();
    if (!updated) throw new AppError("conflict", "This document is already being processed again");
    await addJob(tx, INGEST_JOB, { documentId }, { maxAttempts: 3 });
    return updated;
  });
  wakeLocalWorkers();
  return toDocumentResponse(ctx, row);
}

/** Renames a document, or shares it with one of the owner's organizations (null: private again). */
export async function updateDocument({
  ctx,
  documentId,
  input,
}: {
  ctx: AuthedCtx;
  documentId: string;
  input: DocumentUpdateRequest;
}) {
  const doc = await requireOwnDocument(ctx, documentId);
  let organizationId = doc.organizationId;
  if (input.organization_id !== undefined) {
    if (ctx.actor.kind === "apiKey" && input.organization_id !== ctx.actor.organizationId)
      throw AppError.notFound("Organization");
    if (input.organization_id)
      await requireMembership(ctx, input.organization_id, "organization.read");
    organizationId = input.organization_id;
  }
  const row = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(documents)
      .set({ title: input.title ?? doc.title, organizationId, updatedAt: sql`now()` })
      .where(eq(documents.id, documentId))
      .returning();
    if (organizationId !== doc.organizationId)
      await tx
        .update(knowledgePostings)
        .set({ organizationId })
        .where(eq(knowledgePostings.documentId, documentId));
    return updated!;
  });
  return toDocumentResponse(ctx, row);
}
