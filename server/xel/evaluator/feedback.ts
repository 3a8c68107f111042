import { type Features, perHundred } from "./features.ts";
import type { Issue, IssueCategory } from "./issues.ts";

/**
 * Strengths and next steps drawn from what was measured, each naming the measure behind it, so
 * a learner can see why. Thresholds are around the ELLIPSE essays' medians and quartiles.
 */
const CATEGORY_ADVICE: Partial<Record<IssueCategory, string>> = {
  spelling: "Check spelling: the highlighted words are not in the dictionary.",
  capitalization: "Start every sentence, and the word “I”, with a capital letter.",
  punctuation:
    "End each sentence with a full stop and put a comma after linking words like “However”.",
  agreement:
    "Make each verb agree with its subject (he goes, they go; the student is, students are).",
  tense:
    "Keep the tense steady: past events take the past tense; after have/has use the participle.",
  article: "Use a/an with one countable thing, no article with general uncountable nouns.",
  modal:
    "After can/should/must/will use the bare verb: “should learn”, not “should to learn” or “can plays”.",
  preposition: "Learn verbs together with their prepositions: depend on, interested in, listen to.",
  word_form:
    "Check word forms: adjective or noun (important/importance), -ed or -ing, plural or not.",
  word_order: "Check word order in questions and reported questions (“I know what it is”).",
  word_choice: "Some words are easily confused; check the highlighted ones.",
  grammar: "Every sentence needs a subject and a verb: “It is important…”.",
};

export function writingFeedback(f: Features, issues: Issue[], wordCount: number) {
  const strengths: string[] = [];
  const nextSteps: string[] = [];
  const errorsPer100 = perHundred(f.err_total);
  if (errorsPer100 < 2)
    strengths.push(`Accurate: ${errorsPer100.toFixed(1)} errors per 100 words.`);
  if (f.mtld >= 70) strengths.push(`Varied vocabulary (MTLD ${f.mtld.toFixed(0)}).`);
  if (f.band_beyond + f.band_5k >= 0.12)
    strengths.push("Uses less common words well beyond the basic 2,000.");
  if (f.distinct_connectives >= 6)
    strengths.push(`Links ideas with ${f.distinct_connectives} different connectives.`);
  if (f.sd_sentence_len >= 7 && f.mean_sentence_len >= 12)
    strengths.push("Mixes short and long sentences.");
  if (f.sconj_per_sentence + f.relative_per_sentence >= 0.6)
    strengths.push("Uses subordinate and relative clauses.");
  if (Math.exp(f.paragraphs_log) >= 3) strengths.push("Organizes the text in paragraphs.");

  const counts = new Map<IssueCategory, number>();
  for (const i of issues)
    if (i.category !== "style") counts.set(i.category, (counts.get(i.category) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  for (const [category, n] of ranked.slice(0, 3)) {
    const advice = CATEGORY_ADVICE[category];
    if (advice) nextSteps.push(`${advice} (${n} found)`);
  }
  if (f.mtld < 50) nextSteps.push("Vary your words: avoid repeating the same ones; use synonyms.");
  if (f.distinct_connectives < 4)
    nextSteps.push("Link ideas with connectives: however, for example, as a result, in addition.");
  if (f.mean_sentence_len < 10)
    nextSteps.push("Combine short sentences with because, although, which, when.");
  if (f.long_sentence_share > 0.2)
    nextSteps.push("Split very long sentences: more than a third run past 35 words.");
  if (Math.exp(f.paragraphs_log) < 2 && wordCount > 150)
    nextSteps.push("Divide the text into paragraphs: introduction, reasons, conclusion.");
  if (f.lowercase_starts > 0.1) nextSteps.push("Begin each sentence with a capital letter.");
  if (strengths.length === 0)
    strengths.push("You completed a text that can be measured: keep writing regularly.");
  return { strengths: strengths.slice(0, 4), nextSteps: nextSteps.slice(0, 4) };
}
