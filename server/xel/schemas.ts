import { z } from "zod";
import { pageOf } from "@/server/platform/pagination";
import { ISSUE_CATEGORIES } from "./evaluator/issues.ts";

const CefrLevel = z.enum(["A1", "A2", "B1", "B2", "C1", "C2"]);
const Mode = z.enum(["auto", "offline", "llm", "hybrid"]).default("auto").meta({
  description:
    '"auto": hybrid when an AI provider is configured, else offline. An addition to the contract.',
});
const Common = {
  prompt: z
    .string()
    .trim()
    .max(4000)
    .nullable()
    .optional()
    .meta({ description: "The task's prompt or question" }),
  task_id: z.string().max(200).nullable().optional(),
  mode: Mode,
  provider: z
    .string()
    .min(1)
    .max(64)
    .nullable()
    .optional()
    .meta({ description: "For llm/hybrid: a provider id (default: auto)" }),
  model: z.string().min(1).max(128).nullable().optional(),
};

const Segment = z
  .object({ text: z.string().max(5000), start: z.number().min(0), end: z.number().min(0) })
  .refine((s) => s.end >= s.start, { message: "end must not be before start", path: ["end"] });

/**
 * One object rather than a union, so the OpenAPI document shows every field: writing needs
 * `text`, speaking needs `transcript` (timed segments, or plain text with `duration_seconds`).
 */
export const EvaluateRequest = z
  .object({
    skill: z.enum(["writing", "speaking"]),
    text: z
      .string()
      .trim()
      .min(1, "Write or paste a text")
      .max(20_000, "Use at most 20,000 characters")
      .optional(),
    target_level: CefrLevel.nullable().optional(),
    transcript: z
      .union([
        z.array(Segment).min(1, "Give at least one segment").max(5000),
        z
          .string()
          .trim()
          .min(1, "Give the transcript")
          .max(20_000, "Use at most 20,000 characters"),
      ])
      .optional()
      .meta({ description: "Speaking: [{ text, start, end }] in seconds, or plain text" }),
    duration_seconds: z.number().positive().max(36_000).nullable().optional(),
    ...Common,
  })
  .superRefine((v, ctx) => {
    if (v.skill === "writing" && v.text === undefined)
      ctx.addIssue({ code: "custom", path: ["text"], message: "Write or paste a text" });
    if (v.skill === "speaking" && v.transcript === undefined)
      ctx.addIssue({ code: "custom", path: ["transcript"], message: "Give the transcript" });
  })
  .meta({ id: "XELEvaluateRequest" });
export type EvaluateRequest = z.infer<typeof EvaluateRequest>;

const HalfStep = z.number().min(1).max(5);
const EvaluationIssue = z.object({
  start: z.number().int(),
  end: z.number().int(),
  category: z.enum(ISSUE_CATEGORIES),
  message: z.string(),
  suggestion: z.string().nullable(),
});

export const XELEvaluation = z
  .object({
    id: z.uuid(),
    skill: z.enum(["writing", "speaking"]),
    status: z
      .enum(["scored", "insufficient_text"])
      .meta({ description: "insufficient_text: fewer than 30 words; no scores" }),
    overall: HalfStep.nullable(),
    cefr_level: CefrLevel.nullable(),
    criteria: z.record(z.string(), HalfStep.nullable()),
    issues: z.array(EvaluationIssue),
    strengths: z.array(z.string()),
    next_steps: z.array(z.string()),
    metrics: z.record(z.string(), z.unknown()),
    evaluator: z.object({
      mode: z.enum(["offline", "llm", "hybrid"]),
      provider: z.string().nullable(),
      model: z.string().nullable(),
      disagreements: z
        .array(
          z.object({
            criterion: z.string(),
            offline: z.number(),
            llm: z.number(),
            final: z.number(),
            evidence: z.string().nullable(),
          }),
        )
        .optional(),
      notes: z.record(z.string(), z.string()).optional(),
    }),
    text: z.string().meta({ description: "The evaluated text; issue offsets index into it" }),
    prompt: z.string().nullable(),
    task_id: z.string().nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: "XELEvaluation" });
export type XELEvaluation = z.infer<typeof XELEvaluation>;

export const EvaluationPage = pageOf(XELEvaluation, "XELEvaluationPage");
export const EvaluationParams = z.object({ evaluation_id: z.uuid() });
