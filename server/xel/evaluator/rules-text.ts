import type { Issue } from "./issues.ts";
import { issueOver, keepCase } from "./rule-kit.ts";
import type { Token } from "./tagger.ts";
import { isSignature } from "./text.ts";

const WH = new Set(["what", "where", "when", "why", "how", "who"]);
const REPORTING = new Set([
  "know",
  "tell",
  "understand",
  "wonder",
  "ask",
  "sure",
  "explain",
  "remember",
  "see",
  "show",
  "learn",
  "decide",
]);
const OPENERS =
  /^(However|Therefore|Moreover|Furthermore|In conclusion|For example|For instance|In addition|First of all|Firstly|Secondly|Finally|Nevertheless|On the other hand|In my opinion|Consequently|Additionally|In fact|To sum up|In summary)(?= [A-Za-z])(?!(?<=In addition) to\b)/;
const CONTRACTIONS: Record<string, string> = {
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  werent: "weren't",
  im: "I'm",
  ive: "I've",
  thats: "that's",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  wouldnt: "wouldn't",
  hasnt: "hasn't",
  havent: "haven't",
};

/** Word order, missing subjects and the punctuation learners get wrong. */
export function structureRules(
  text: string,
  tokens: Token[],
  sentenceText: (n: number) => string,
): Issue[] {
  const out: Issue[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    const first = i === 0 || tokens[i - 1]!.sentence !== t.sentence;
    const question = sentenceText(t.sentence).trimEnd().endsWith("?");
    // "Could you tell me when are you free?": the question is the request, not the "when".
    const politeQuestion =
      question && /^(?:could|can|would|do|will)\s+you\b/i.test(sentenceText(t.sentence));
    // "I don't know what is it." → "what it is"
    if (
      WH.has(t.lower) &&
      (!question || politeQuestion) &&
      next &&
      after &&
      ["is", "are", "was", "were"].includes(next.lower) &&
      after.pos === "PRON" &&
      after.sentence === t.sentence
    ) {
      const reported = tokens
        .slice(Math.max(0, i - 4), i)
        .some((r) => REPORTING.has(r.lemma) && r.sentence === t.sentence);
      const end = tokens[i + 3];
      if (
        reported &&
        (!end ||
          end.pos === "PUNCT" ||
          end.pos === "ADP" ||
          end.pos === "ADJ" ||
          end.sentence !== t.sentence)
      ) {
        out.push(
          issueOver(
            text,
            next,
            after,
            "word_order",
            "In a reported question the subject comes before the verb.",
            `${after.text} ${next.text}`,
          ),
        );
      }
    }
    // "I don't know where is the station." → "where the station is"
    // "where is the (nearest) station"
    const adjectives = tokens[i + 3]?.pos === "ADJ" ? 1 : 0;
    const noun = tokens[i + 3 + adjectives];
    if (
      WH.has(t.lower) &&
      (!question || politeQuestion) &&
      next &&
      after &&
      noun &&
      ["is", "are", "was", "were"].includes(next.lower) &&
      after.pos === "DET" &&
      (noun.pos === "NOUN" || noun.pos === "PROPN") &&
      noun.sentence === t.sentence
    ) {
      const reported = tokens
        .slice(Math.max(0, i - 4), i)
        .some((r) => REPORTING.has(r.lemma) && r.sentence === t.sentence);
      const end = tokens[i + 4 + adjectives];
      if (reported && (!end || end.pos === "PUNCT" || end.sentence !== t.sentence)) {
        out.push(
          issueOver(
            text,
            next,
            noun,
            "word_order",
            "In a reported question the subject comes before the verb.",
            `${text.slice(after.start, noun.end)} ${next.text}`,
          ),
        );
      }
    }
    // "Why you are sad?" → "Why are you sad?"
    if (
      first &&
      WH.has(t.lower) &&
      question &&
      next?.pos === "PRON" &&
      after &&
      ["are", "is", "can", "will", "do", "does", "did"].includes(after.lower)
    ) {
      out.push(
        issueOver(
          text,
          next,
          after,
          "word_order",
          "In a question the verb comes before the subject.",
          `${after.text} ${next.text}`,
        ),
      );
    }
    // "Always I study" → "I always study"
    if (
      first &&
      ["always", "never"].includes(t.lower) &&
      next?.pos === "PRON" &&
      tokens[i + 2]?.pos === "VERB"
    ) {
      out.push(
        issueOver(
          text,
          t,
          next,
          "word_order",
          "Frequency adverbs go after the subject.",
          `${keepCase(t.text, next.text)} ${t.lower}`,
        ),
      );
    }
    // "Is very important to…" (missing "it")
    if (
      first &&
      ["is", "was"].includes(t.lower) &&
      !question &&
      next &&
      ["ADV", "ADJ", "DET"].includes(next.pos)
    ) {
      out.push(
        issueOver(
          text,
          t,
          t,
          "grammar",
          "The sentence needs a subject: “It is …”.",
          `It ${t.lower}`,
        ),
      );
    }
    if (t.text === "i" && t.pos === "PRON")
      out.push(issueOver(text, t, t, "capitalization", "“I” is always a capital letter.", "I"));
  });
  const sentenceStarts = new Set<number>();
  tokens.forEach((t, i) => {
    if (i === 0 || tokens[i - 1]!.sentence !== t.sentence) sentenceStarts.add(t.start);
  });
  const contraction = new RegExp(`\\b(?:${Object.keys(CONTRACTIONS).join("|")})\\b`, "gi");
  for (const m of text.matchAll(contraction)) {
    const fix = CONTRACTIONS[m[0].toLowerCase()]!;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      category: "punctuation",
      message: "This contraction needs an apostrophe.",
      suggestion: keepCase(m[0], fix),
    });
  }
  for (const m of text.matchAll(/[ \t]+([,.;:!?])(?!\d)/g)) {
    // A dot or colon that starts a word or an ellipsis (".NET", ".docx", ":heart:", "x, ...").
    if (/[.:]/.test(m[1]!) && /[\p{L}.]/u.test(text[m.index + m[0].length] ?? "")) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      category: "punctuation",
      message: "No space before punctuation.",
      suggestion: m[1]!,
    });
  }
  for (const m of text.matchAll(/([a-z]{2,})([,;])([A-Za-z]{2,})/g)) {
    const at = m.index + m[1]!.length;
    out.push({
      start: at,
      end: at + 1,
      category: "punctuation",
      message: "Put a space after punctuation.",
      suggestion: `${m[2]} `,
    });
  }
  for (const m of text.matchAll(/(?<![.])([,.])\1(?![.])/g)) {
    out.push({
      start: m.index,
      end: m.index + 2,
      category: "punctuation",
      message: "Doubled punctuation.",
      suggestion: m[1]!,
    });
  }
  for (const start of sentenceStarts) {
    const m = OPENERS.exec(text.slice(start, start + 40));
    if (m && !/^However (?:much|many|hard|long|often|good|bad)/.test(text.slice(start))) {
      out.push({
        start,
        end: start + m[1]!.length,
        category: "punctuation",
        message: `Put a comma after “${m[1]}”.`,
        suggestion: `${m[1]},`,
      });
    }
  }
  const last = [...text.matchAll(/[A-Za-z0-9'’)"”]+\s*$/g)].at(-1);
  // A letter's closing name ("Ana Morales") needs no full stop.
  if (last && !/[.!?]["'”’)]*\s*$/.test(text) && !isSignature(text, last.index)) {
    const word = last[0].trimEnd();
    out.push({
      start: last.index,
      end: last.index + word.length,
      category: "punctuation",
      message: "End the last sentence with a full stop.",
      suggestion: `${word}.`,
    });
  }
  return out;
}
