import type { Passage } from "./offline-tutor";

/** The system prompt: who the tutor is, which language to answer in, and the sources to cite. */
export function systemPrompt(options: { language?: string | null; passages: Passage[] }): string {
  const parts = [
    "You are Xentree, a patient and precise learning tutor. Explain clearly, check understanding, and keep answers focused.",
    "Format answers in Markdown when it helps (lists, tables, code blocks).",
  ];
  if (options.language)
    parts.push(
      `Answer in the language with the code "${options.language}", unless asked otherwise.`,
    );
  if (options.passages.length > 0) {
    parts.push(
      "Ground your answer in these passages from the learner's knowledge base and cite them as [1], [2]… where you use them. If they do not answer the question, say so.",
      options.passages.map((p, i) => `[${i + 1}] ${p.title}: ${p.snippet}`).join("\n"),
    );
  }
  return parts.join("\n\n");
}

/** A title from the first message, when no model is there to write one: its first words. */
export function titleFromMessage(message: string): string {
  const words = message.replace(/\s+/g, " ").trim().split(" ").slice(0, 8).join(" ");
  const title = words.length > 60 ? `${words.slice(0, 57)}…` : words;
  return title.replace(/[.?!,;:]+$/, "") || "New conversation";
}
