import type { Issue } from "./issues.ts";
import { issueOver } from "./rule-kit.ts";
import type { Token } from "./tagger.ts";

/** Verbs of handing something in by a deadline: "send it until Friday" → "by Friday". */
const DEADLINE = /^(?:send|submit|finish|complete|deliver|present|return|hand)$/;

/**
 * Linking clauses: "Although it is cheap, but it is slow" and "Because it rained, so we stayed"
 * (one linking word is enough), and "until" where a deadline needs "by".
 */
export function clauseRules(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  let opener = "";
  tokens.forEach((t, i) => {
    const before = tokens[i - 1];
    const first = !before || before.sentence !== t.sentence;
    if (first) opener = /^(?:although|though|because)$/.test(t.lower) ? t.lower : "";
    if (first && t.lower === "even" && tokens[i + 1]?.lower === "though") opener = "although";
    const next = tokens[i + 1];
    // ", but" / ", so" after the opening clause.
    if (
      opener &&
      t.text === "," &&
      next?.sentence === t.sentence &&
      ((opener !== "because" && next.lower === "but") ||
        (opener === "because" && next.lower === "so"))
    ) {
      out.push(
        issueOver(
          text,
          next,
          next,
          "grammar",
          `The sentence already starts with “${opener}”: leave out “${next.lower}”.`,
          "",
        ),
      );
      opener = "";
    }
    if (t.lower === "until" && next?.sentence === t.sentence) {
      const earlier = tokens.slice(Math.max(0, i - 8), i).filter((u) => u.sentence === t.sentence);
      const negative = earlier.some(
        (u) => u.lower === "not" || u.lower === "n't" || u.lower === "never",
      );
      const deadline = earlier.some(
        (u, k) => DEADLINE.test(u.lemma) && (u.pos === "VERB" || earlier[k - 1]?.pos === "AUX"),
      );
      if (!negative && deadline)
        out.push(
          issueOver(
            text,
            t,
            t,
            "preposition",
            "For a deadline say “by”: “send it by Friday” (“until” is for something that lasts).",
            t.text[0] === "U" ? "By" : "by",
          ),
        );
    }
  });
  return out;
}
