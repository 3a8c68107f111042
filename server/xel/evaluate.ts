import { and, desc, eq, sql } from "drizzle-orm";
import { xelEvaluations, type XelEvaluationRow } from "@/db/schema";
import { getRegistry, type Registry, type ResolvedModel } from "@/server/ai/registry";
import type { AuthedCtx } from "@/server/platform/context";
import { AppError } from "@/server/platform/errors";
import { log } from "@/server/platform/logger";
import { decodeCursor, toPage, type Page, type PageQuery } from "@/server/platform/pagination";
import { cefrFromOverall } from "./evaluator/model.ts";
import { llmEvaluate, locateIssues } from "./llm.ts";
import { evaluateSpeakingOnThread, evaluateWritingOnThread } from "./offline.ts";
import { reconcile } from "./reconcile.ts";
import type { EvaluateRequest, XELEvaluation } from "./schemas.ts";

export type EvaluateDeps = { registry?: Registry };
type Evaluator = XELEvaluation["evaluator"];

const CRITERIA_ORDER = {
  writing: ["cohesion", "syntax", "vocabulary", "phraseology", "grammar", "conventions"],
  speaking: ["fluency", "coherence", "vocabulary", "grammar", "pronunciation"],
};

function toResponse(row: XelEvaluationRow): XELEvaluation {
  // jsonb does not keep key order; answer the criteria in the contract's order.
  const stored = row.criteria as Record<string, number | null>;
  const criteria = Object.fromEntries(CRITERIA_ORDER[row.skill].map((k) => [k, stored[k] ?? null]));
  return {
    id: row.id,
    skill: row.skill,
    status: row.status,
    overall: row.overall,
    cefr_level: row.cefrLevel as XELEvaluation["cefr_level"],
    criteria,
    issues: row.issues as XELEvaluation["issues"],
    strengths: row.strengths as string[],
    next_steps: row.nextSteps as string[],
    metrics: row.metrics as XELEvaluation["metrics"],
    evaluator: row.evaluator as Evaluator,
    text: row.text,
    prompt: row.prompt,
    task_id: row.taskId,
    created_at: row.createdAt.toISOString(),
  };
}

type Outcome = {
  status: "scored" | "insufficient_text";
  text: string;
  overall: number | null;
  cefr_level: XELEvaluation["cefr_level"];
  criteria: Record<string, number | null>;
  issues: XELEvaluation["issues"];
  strengths: string[];
  next_steps: string[];
  metrics: Record<string, unknown>;
  notes: Record<string, string>;
};

async function offlineOf(input: EvaluateRequest): Promise<Outcome> {
  if (input.skill === "writing") {
    const text = input.text ?? "";
    const result = await evaluateWritingOnThread(text);
    return { ...result, cefr_level: result.cefr_level as Outcome["cefr_level"], text, notes: {} };
  }
  const t = input.transcript ?? "";
  const result = await evaluateSpeakingOnThread(
    typeof t === "string"
      ? { text: t, durationSeconds: input.duration_seconds ?? null }
      : { segments: t },
  );
  return {
    ...result,
    cefr_level: result.cefr_level,
    notes: result.notes as Record<string, string>,
  };
}

/** The model to ask, or null for offline; explicit llm/hybrid without a provider is a 400. */
function pickModel(input: EvaluateRequest, registry: Registry): ResolvedModel | null {
  if (input.mode === "offline") return null;
  const resolved = registry.resolve(input.provider ?? "auto", input.model);
  if (!resolved.offline) return resolved;
  if (input.mode === "auto") return null;
  throw AppError.validation([
    { path: "mode", message: `No AI provider is configured for ${input.mode} mode; use offline` },
  ]);
}

/**
 * Evaluates a learner's writing or speaking and stores the result. Offline always runs (it is
 * fast and validated); with a provider the model scores too, and hybrid reconciles the two.
 */
export async function evaluate({
  ctx,
  input,
  deps = {},
}: {
  ctx: AuthedCtx;
  input: EvaluateRequest;
  deps?: EvaluateDeps;
}): Promise<XELEvaluation> {
  const offline = await offlineOf(input);
  const resolved =
    offline.status === "scored" ? pickModel(input, deps.registry ?? getRegistry()) : null;
  let result: Outcome = { ...offline };
  let evaluator: Evaluator = {
    mode: "offline",
    provider: null,
    model: null,
    ...(Object.keys(offline.notes).length > 0 && { notes: offline.notes }),
  };
  if (resolved) {
    const mode = input.mode === "llm" ? "llm" : "hybrid";
    try {
      const llm = await llmEvaluate(resolved, input.skill, offline.text, input.prompt ?? null);
      const llmIssues = locateIssues(offline.text, llm.issues);
      const base = { mode, provider: resolved.provider, model: resolved.model } as const;
      if (mode === "llm") {
        const criteria = Object.fromEntries(
          Object.keys(offline.criteria).map((k) => [
            k,
            (llm.criteria as Record<string, { score: number }>)[k]?.score ?? null,
          ]),
        );
        result = {
          ...result,
          criteria,
          overall: llm.overall,
          issues: llmIssues,
          strengths: llm.strengths,
          next_steps: llm.next_steps,
        };
        evaluator = {
          ...base,
          ...(Object.keys(offline.notes).length > 0 && { notes: offline.notes }),
        };
      } else {
        const merged = reconcile(offline, llm, llmIssues);
        result = { ...result, ...merged };
        evaluator = {
          ...base,
          disagreements: merged.disagreements,
          ...(Object.keys(offline.notes).length > 0 && { notes: offline.notes }),
        };
      }
      result.cefr_level = result.overall === null ? null : cefrFromOverall(result.overall);
    } catch (error) {
      log.warn("xel evaluation model failed", {
        request_id: ctx.request.id,
        provider: resolved.provider,
        error,
      });
      if (input.mode !== "auto")
        throw new AppError(
          "provider_unavailable",
          "The AI provider failed or gave an answer that did not fit the rubric; try again or use offline mode",
        );
      evaluator = {
        ...evaluator,
        notes: {
          ...offline.notes,
          fallback: "The AI provider failed, so this evaluation is offline only.",
        },
      };
    }
  }
  const [row] = await ctx.db
    .insert(xelEvaluations)
    .values({
      userId: ctx.actor.userId,
      organizationId: ctx.actor.kind === "apiKey" ? ctx.actor.organizationId : null,
      skill: input.skill,
      status: result.status,
      text: offline.text,
      prompt: input.prompt ?? null,
      taskId: input.task_id ?? null,
      targetLevel: input.skill === "writing" ? (input.target_level ?? null) : null,
      overall: result.overall,
      cefrLevel: result.cefr_level,
      criteria: result.criteria,
      issues: result.issues,
      strengths: result.strengths,
      nextSteps: result.next_steps,
      metrics: result.metrics,
      evaluator,
    })
    .returning();
  return toResponse(row!);
}

/** An API key sees only its organization's evaluations; a user sees all of theirs. */
export const owned = (ctx: AuthedCtx) =>
  ctx.actor.kind === "apiKey"
    ? and(
        eq(xelEvaluations.userId, ctx.actor.userId),
        eq(xelEvaluations.organizationId, ctx.actor.organizationId),
      )
    : eq(xelEvaluations.userId, ctx.actor.userId);

/** The caller's evaluations, newest first (an API key sees only its organization's). */
export async function listEvaluations({
  ctx,
  input,
}: {
  ctx: AuthedCtx;
  input: PageQuery;
}): Promise<Page<XELEvaluation>> {
  const after = decodeCursor(input.cursor, "timestamp");
  const rows = await ctx.db
    .select()
    .from(xelEvaluations)
    .where(
      and(
        owned(ctx),
        after
          ? sql`(${xelEvaluations.createdAt}, ${xelEvaluations.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(xelEvaluations.createdAt), desc(xelEvaluations.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, toResponse, (r) => [r.createdAt.toISOString(), r.id]);
}

export async function getEvaluation({
  ctx,
  evaluationId,
}: {
  ctx: AuthedCtx;
  evaluationId: string;
}): Promise<XELEvaluation> {
  const [row] = await ctx.db
    .select()
    .from(xelEvaluations)
    .where(and(owned(ctx), eq(xelEvaluations.id, evaluationId)));
  if (!row) throw AppError.notFound("Evaluation");
  return toResponse(row);
}
