import type { Issue } from "./issues.ts";
import { issueOver } from "./rule-kit.ts";
import type { Token } from "./tagger.ts";

/** "a amazing" / "an difficult" (Harper misses some of these). */
export function articleSoundRules(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  tokens.forEach((t, i) => {
    const n = tokens[i + 1];
    if (!n || n.sentence !== t.sentence || !/^[a-z]/i.test(n.text)) return;
    const vowel =
      /^(?:[aeio]|u(?!ni|s[eu]|r[aeiou]|til)|hour|honest|honou?r|heir)/i.test(n.text) &&
      !/^(?:one|once|eu)/i.test(n.text);
    if (t.lower === "a" && vowel)
      out.push(
        issueOver(
          text,
          t,
          t,
          "article",
          `Use “an” before a vowel sound (“${n.text}”).`,
          t.text === "A" ? "An" : "an",
        ),
      );
    if (t.lower === "an" && !vowel && !/^[A-Z]{2,}/.test(n.text))
      out.push(
        issueOver(
          text,
          t,
          t,
          "article",
          `Use “a” before a consonant sound (“${n.text}”).`,
          t.text === "An" ? "A" : "a",
        ),
      );
  });
  return out;
}
