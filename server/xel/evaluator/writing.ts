import { checkText } from "./check.ts";
import { type Checkers, loadCheckers } from "./checkers.ts";
import { extractFeatures, type Features, perHundred } from "./features.ts";
import { writingFeedback } from "./feedback.ts";
import type { Issue, IssueCategory } from "./issues.ts";
import { cefrFromOverall, scoreWriting, type WritingCriterion } from "./model.ts";
import { fleschReadingEase, sentences, syllables, typeTokenRatio, words } from "./text.ts";

/** Fewer words than this cannot be scored honestly: the features are too noisy. */
export const MIN_WORDS = 30;

export type WritingResult = {
  status: "scored" | "insufficient_text";
  overall: number | null;
  cefr_level: string | null;
  criteria: Record<WritingCriterion, number | null>;
  issues: Issue[];
  strengths: string[];
  next_steps: string[];
  metrics: Record<string, number | Record<string, number>>;
};

function metricsOf(text: string, f: Features, issues: Issue[]) {
  const ws = words(text);
  const lowers = ws.map((w) => w.lower);
  const sentenceCount = Math.max(1, sentences(text).length);
  const syll = ws.reduce((a, w) => a + syllables(w.lower), 0);
  const byCategory: Partial<Record<IssueCategory, number>> = {};
  for (const i of issues) byCategory[i.category] = (byCategory[i.category] ?? 0) + 1;
  const r2 = (v: number) => Math.round(v * 100) / 100;
  return {
    word_count: ws.length,
    sentence_count: sentenceCount,
    paragraph_count: Math.round(Math.exp(f.paragraphs_log)),
    mean_sentence_length: r2(f.mean_sentence_len),
    sentence_length_sd: r2(f.sd_sentence_len),
    mtld: r2(f.mtld),
    type_token_ratio: r2(typeTokenRatio(lowers)),
    root_type_token_ratio: r2(f.root_ttr),
    flesch_kincaid_grade: r2(f.fk_grade),
    flesch_reading_ease: r2(fleschReadingEase(ws.length, sentenceCount, syll)),
    words_in_top_1000: r2(f.band_1k),
    words_in_1000_to_2000: r2(f.band_2k),
    words_in_2000_to_5000: r2(f.band_5k),
    words_beyond_5000: r2(f.band_beyond),
    connectives_per_sentence: r2(f.connectives_per_sentence),
    distinct_connectives: f.distinct_connectives,
    subordinate_clauses_per_sentence: r2(f.sconj_per_sentence),
    errors_per_100_words: r2(perHundred(f.err_total)),
    issues_by_category: byCategory as Record<string, number>,
  };
}

export async function evaluateWritingOffline(
  text: string,
  checkers?: Checkers,
): Promise<WritingResult> {
  const c = checkers ?? (await loadCheckers());
  const checked = await checkText(c, text);
  const features = extractFeatures(c, text, checked);
  const metrics = metricsOf(text, features, checked.issues);
  const empty = {
    cohesion: null,
    syntax: null,
    vocabulary: null,
    phraseology: null,
    grammar: null,
    conventions: null,
  };
  if (metrics.word_count < MIN_WORDS) {
    return {
      status: "insufficient_text",
      overall: null,
      cefr_level: null,
      criteria: empty,
      issues: checked.issues,
      strengths: [],
      next_steps: [
        `Write at least ${MIN_WORDS} words (you wrote ${metrics.word_count}) so the text can be scored.`,
      ],
      metrics,
    };
  }
  const { criteria, overall } = scoreWriting(features);
  const { strengths, nextSteps } = writingFeedback(features, checked.issues, metrics.word_count);
  return {
    status: "scored",
    overall,
    cefr_level: cefrFromOverall(overall),
    criteria,
    issues: checked.issues,
    strengths,
    next_steps: nextSteps,
    metrics,
  };
}
