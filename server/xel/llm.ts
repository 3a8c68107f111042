import { loadAi } from "@/server/ai/load";
import { z } from "zod";
import type { ResolvedModel } from "@/server/ai/registry";
import { getEnv } from "@/server/platform/env";
import type { Issue } from "./evaluator/issues.ts";
import { ISSUE_CATEGORIES } from "./evaluator/issues.ts";
import { toHalfStep } from "./evaluator/model.ts";

/**
 * The model's side of the evaluation: it scores against the same rubric and must quote the text
 * for every score and issue. Its answer is parsed with a zod schema (AI SDK structured output);
 * quotes are located in the text, and an issue whose quote is not found is dropped, so a model can
 * never place a highlight on words the learner did not write.
 */
const Score = z.number().min(1).max(5);
const criterion = z.object({
  score: Score,
  evidence: z
    .string()
    .min(1)
    .max(400)
    .describe("A short quote from the text that shows this score"),
});

const WRITING_KEYS = [
  "cohesion",
  "syntax",
  "vocabulary",
  "phraseology",
  "grammar",
  "conventions",
] as const;
const SPEAKING_KEYS = ["fluency", "coherence", "vocabulary", "grammar"] as const;

export function llmSchema(skill: "writing" | "speaking") {
  const keys = skill === "writing" ? WRITING_KEYS : SPEAKING_KEYS;
  return z.object({
    criteria: z.object(
      Object.fromEntries(keys.map((k) => [k, criterion])) as Record<
        (typeof keys)[number],
        typeof criterion
      >,
    ),
    overall: Score,
    issues: z
      .array(
        z.object({
          quote: z.string().min(1).max(200),
          category: z.enum(ISSUE_CATEGORIES),
          message: z.string().min(1).max(300),
          suggestion: z.string().max(300).nullable(),
        }),
      )
      .max(60),
    strengths: z.array(z.string().min(1).max(300)).max(5),
    next_steps: z.array(z.string().min(1).max(300)).max(5),
  });
}
export type LlmEvaluation = z.infer<ReturnType<typeof llmSchema>>;

const RUBRIC: Record<"writing" | "speaking", string> = {
  writing:
    "Score an English learner's essay on the ELLIPSE analytic rubric, each criterion 1.0–5.0 in half steps: " +
    "cohesion (organization, transitions, linking of ideas), syntax (range and accuracy of sentence structures), " +
    "vocabulary (range, precision, sophistication of words), phraseology (idioms, collocations, lexical bundles), " +
    "grammar (accuracy of grammar and usage), conventions (spelling, capitalization, punctuation). 1 = very limited, " +
    "3 = developing with frequent errors that sometimes obscure meaning, 5 = native-like control.",
  speaking:
    "Score an English learner's spoken answer (a transcript) 1.0–5.0 in half steps on fluency (pace, pauses, " +
    "fillers, self-corrections as visible in the transcript), coherence (organization and linking of ideas), " +
    "vocabulary (range and precision) and grammar (accuracy). Do not score pronunciation: there is no audio.",
};

export async function llmEvaluate(
  resolved: ResolvedModel,
  skill: "writing" | "speaking",
  text: string,
  prompt: string | null,
): Promise<LlmEvaluation> {
  const { generateText, Output } = await loadAi();
  const { output } = await generateText({
    model: resolved.languageModel,
    output: Output.object({ schema: llmSchema(skill) }),
    system:
      `${RUBRIC[skill]} Quote evidence exactly as written in the text. List the learner's errors as issues, ` +
      "each with a quote of the wrong words copied exactly, a category, a short message and a correction. " +
      "Strengths and next steps are addressed to the learner, concrete, one sentence each.",
    prompt: `${prompt ? `Task prompt: ${prompt}\n\n` : ""}Text to evaluate:\n"""\n${text}\n"""`,
    abortSignal: AbortSignal.timeout(getEnv().AI_TIMEOUT_SECONDS * 1000),
    temperature: 0,
  });
  return { ...output, overall: toHalfStep(output.overall) };
}

/** The model's issues as spans: each quote found in the text (first occurrence not yet used). */
export function locateIssues(text: string, issues: LlmEvaluation["issues"]): Issue[] {
  const used = new Set<number>();
  const out: Issue[] = [];
  for (const i of issues) {
    let at = text.indexOf(i.quote);
    while (at >= 0 && used.has(at)) at = text.indexOf(i.quote, at + 1);
    if (at < 0) continue;
    used.add(at);
    out.push({
      start: at,
      end: at + i.quote.length,
      category: i.category,
      message: i.message,
      suggestion: i.suggestion,
    });
  }
  return out;
}
