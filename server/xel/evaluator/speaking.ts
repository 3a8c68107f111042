import { checkText } from "./check.ts";
import { type Checkers, loadCheckers } from "./checkers.ts";
import { extractFeatures, perHundred } from "./features.ts";
import type { Issue } from "./issues.ts";
import { cefrFromOverall, toHalfStep } from "./model.ts";
import { mean, mtld, rootTypeTokenRatio, words } from "./text.ts";
import { MIN_WORDS } from "./writing.ts";

/**
 * Speaking, from a transcript. There is no scored speech in our data to fit on, so each criterion
 * is a piecewise-linear mapping of one or two measures, with anchors from the fluency literature
 * (speech rate of proficient L2 speakers ≈ 130–160 words per minute; filled pauses and
 * mid-clause pauses mark lower fluency). docs/evaluator.md lists every anchor.
 */
export type Segment = { text: string; start: number; end: number };
export type SpeakingInput =
  { segments: Segment[] } | { text: string; durationSeconds: number | null };

export type SpeakingCriterion =
  "fluency" | "coherence" | "vocabulary" | "grammar" | "pronunciation";

const FILLERS = /\b(?:um+|uh+|erm*|ah+|hmm+|mm+|you know|i mean)\b/gi;
const PAUSE_SECONDS = 0.3;
const LONG_PAUSE_SECONDS = 1;

/** Linear between anchors [x, score]; flat beyond the ends. */
export function interpolate(x: number, anchors: Array<[number, number]>): number {
  const sorted = [...anchors].sort((a, b) => a[0] - b[0]);
  if (x <= sorted[0]![0]) return sorted[0]![1];
  for (let i = 1; i < sorted.length; i++) {
    const [x1, y1] = sorted[i]!;
    const [x0, y0] = sorted[i - 1]!;
    if (x <= x1) return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
  }
  return sorted.at(-1)![1];
}

function pausesOf(segments: Segment[]) {
  const pauses: Array<{
    after_word: number;
    seconds: number;
    where: "between_sentences" | "mid_sentence";
  }> = [];
  let wordsSoFar = 0;
  segments.forEach((s, i) => {
    wordsSoFar += words(s.text).length;
    const next = segments[i + 1];
    if (!next) return;
    const gap = next.start - s.end;
    if (gap >= PAUSE_SECONDS) {
      const where = /[.!?]["')]*\s*$/.test(s.text) ? "between_sentences" : "mid_sentence";
      pauses.push({ after_word: wordsSoFar, seconds: Math.round(gap * 100) / 100, where });
    }
  });
  return pauses;
}

function disfluencies(text: string) {
  const ws = words(text).map((w) => w.lower);
  let repetitions = 0;
  for (let i = 1; i < ws.length; i++) if (ws[i] === ws[i - 1]) repetitions++;
  for (let i = 3; i < ws.length; i++)
    if (ws[i] === ws[i - 2] && ws[i - 1] === ws[i - 3]) repetitions++;
  const falseStarts = (text.match(/\b[A-Za-z]+-(?=\s|$)|\b[A-Za-z]+—/g) ?? []).length;
  const fillers = (text.match(FILLERS) ?? []).length;
  return { repetitions, falseStarts, fillers };
}

export async function evaluateSpeakingOffline(input: SpeakingInput, checkers?: Checkers) {
  const c = checkers ?? (await loadCheckers());
  const segments =
    "segments" in input ? [...input.segments].sort((a, b) => a.start - b.start) : null;
  const text = "segments" in input ? segments!.map((s) => s.text.trim()).join(" ") : input.text;
  const checked = await checkText(c, text);
  // Fillers and false starts are speech, not spelling mistakes.
  const issues: Issue[] = checked.issues.filter(
    (i) =>
      !(
        i.category === "spelling" &&
        /^(?:um+|uh+|erm*|ah+|hmm+|mm+|\w+-)$/i.test(text.slice(i.start, i.end))
      ),
  );
  const features = extractFeatures(c, text, { ...checked, issues });
  const ws = words(text)
    .map((w) => w.lower)
    .filter((w) => !/^(?:um+|uh+|erm*|ah+|hmm+|mm+)$/.test(w));
  const wordCount = ws.length;
  const { repetitions, falseStarts, fillers } = disfluencies(text);
  const per100 = (n: number) => (wordCount === 0 ? 0 : (100 * n) / wordCount);
  const duration = segments
    ? Math.max(0, segments.at(-1)!.end - segments[0]!.start)
    : "durationSeconds" in input
      ? input.durationSeconds
      : null;
  const phonation = segments
    ? segments.reduce((a, s) => a + Math.max(0, s.end - s.start), 0)
    : null;
  const pauses = segments ? pausesOf(segments) : null;
  const speechRate = duration && duration > 0 ? (60 * wordCount) / duration : null;
  const articulationRate = phonation && phonation > 0 ? (60 * wordCount) / phonation : null;
  const r2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  const metrics = {
    word_count: wordCount,
    duration_seconds: r2(duration),
    speech_rate_wpm: r2(speechRate),
    articulation_rate_wpm: r2(articulationRate),
    pause_count: pauses?.length ?? null,
    long_pause_count: pauses?.filter((p) => p.seconds >= LONG_PAUSE_SECONDS).length ?? null,
    mean_pause_seconds: pauses && pauses.length > 0 ? r2(mean(pauses.map((p) => p.seconds))) : null,
    mid_sentence_pauses: pauses?.filter((p) => p.where === "mid_sentence").length ?? null,
    pauses: pauses ?? [],
    fillers,
    fillers_per_100_words: r2(per100(fillers)),
    repetitions,
    false_starts: falseStarts,
    mtld: r2(mtld(ws)),
    root_type_token_ratio: r2(rootTypeTokenRatio(ws)),
    errors_per_100_words: r2(perHundred(features.err_total)),
  };
  const nulls = {
    fluency: null,
    coherence: null,
    vocabulary: null,
    grammar: null,
    pronunciation: null,
  };
  if (wordCount < MIN_WORDS) {
    return {
      status: "insufficient_text" as const,
      text,
      overall: null,
      cefr_level: null,
      criteria: nulls,
      issues,
      strengths: [],
      next_steps: [
        `Speak for longer: at least ${MIN_WORDS} words (this transcript has ${wordCount}).`,
      ],
      metrics,
      notes: { pronunciation: "No audio evidence: only a transcript was given." },
    };
  }
  const disfluency =
    Math.min(1.5, per100(fillers) / 4) + Math.min(1, per100(repetitions + falseStarts) / 4);
  const midPausesPerMinute =
    pauses && duration
      ? (60 *
          pauses.filter((p) => p.where === "mid_sentence" && p.seconds >= LONG_PAUSE_SECONDS)
            .length) /
        duration
      : 0;
  const fluency =
    speechRate === null
      ? null
      : toHalfStep(
          interpolate(speechRate, [
            [60, 1],
            [90, 2],
            [110, 3],
            [130, 4],
            [150, 5],
          ]) -
            disfluency -
            Math.min(1, midPausesPerMinute / 4),
        );
  const vocabulary = toHalfStep(
    (interpolate(metrics.mtld ?? 0, [
      [20, 1],
      [35, 2],
      [50, 3],
      [70, 4],
      [95, 5],
    ]) +
      interpolate(features.band_5k + features.band_beyond, [
        [0.02, 1],
        [0.05, 2],
        [0.08, 3],
        [0.12, 4],
        [0.18, 5],
      ])) /
      2,
  );
  const grammar = toHalfStep(
    interpolate(perHundred(features.err_total), [
      [0.8, 5],
      [2.5, 4],
      [5, 3],
      [8, 2],
      [12, 1],
    ]),
  );
  const coherence = toHalfStep(
    (interpolate(features.connectives_per_sentence, [
      [0, 1.5],
      [0.2, 2.5],
      [0.4, 3.5],
      [0.7, 4.5],
    ]) +
      interpolate(features.distinct_connectives, [
        [1, 1.5],
        [3, 2.5],
        [5, 3.5],
        [8, 4.5],
      ])) /
      2,
  );
  const scored = [fluency, coherence, vocabulary, grammar].filter((v): v is number => v !== null);
  const overall = toHalfStep(mean(scored));
  const strengths: string[] = [];
  const next: string[] = [];
  if (speechRate !== null && speechRate >= 120)
    strengths.push(`Speaks at a natural pace (${Math.round(speechRate)} words per minute).`);
  if (per100(fillers) < 2) strengths.push("Few filled pauses (um, uh).");
  if ((metrics.mtld ?? 0) >= 60) strengths.push("Varied vocabulary.");
  if (perHundred(features.err_total) < 2.5) strengths.push("Accurate grammar.");
  if (speechRate !== null && speechRate < 100)
    next.push("Practise speaking a little faster: read aloud and retell short texts.");
  if (per100(fillers) >= 4)
    next.push("Replace um/uh with a short silent pause, or a phrase like “Let me think”.");
  if ((metrics.mid_sentence_pauses ?? 0) > 2)
    next.push("Plan whole phrases before you start them, to avoid stopping mid-sentence.");
  if (features.distinct_connectives < 3)
    next.push("Link ideas: first, then, because, however, so.");
  if (perHundred(features.err_total) >= 5)
    next.push("Check the highlighted grammar and practise those patterns aloud.");
  return {
    status: "scored" as const,
    text,
    overall,
    cefr_level: cefrFromOverall(overall),
    criteria: { fluency, coherence, vocabulary, grammar, pronunciation: null },
    issues,
    strengths: strengths.length > 0 ? strengths : ["You gave a transcript long enough to measure."],
    next_steps: next,
    metrics,
    notes: {
      pronunciation:
        "No audio evidence: only a transcript was given, so pronunciation is not scored.",
      ...(fluency === null && {
        fluency: "No timings or duration_seconds: speech rate and pauses cannot be measured.",
      }),
    },
  };
}
