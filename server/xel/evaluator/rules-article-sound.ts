import type { Issue } from "./issues.ts";
import { issueOver } from "./rule-kit.ts";
import type { Token } from "./tagger.ts";

type Sound = "vowel" | "consonant" | "either";

/**
 * How a word read letter by letter starts (URL, FAQ, X-ray, an A in maths): by the first letter's
 * name. A, E, I, O are said with a vowel and U ("you") is not; F, H, L, M, N, R, S, X are named
 * with a vowel ("ef", "aitch", "ex"), but an abbreviation starting with one may be read as a word
 * ("a NASA mission", "a SQL query" beside "an SQL query"), so either article goes there.
 * Null: not such a word.
 */
function letterSound(word: string): Sound | null {
  const single = /^[A-Z](?:-|$)/.test(word);
  if (!single && !/^[A-Z]{2,}[A-Z0-9]*s?(?:-|$)/.test(word)) return null;
  const first = word[0]!;
  if (/[AEIO]/.test(first)) return /^EU/.test(word) ? "either" : "vowel";
  if (/[FHLMNRSX]/.test(first)) return single ? "vowel" : "either";
  return "consonant";
}

function soundOf(word: string): Sound {
  const spelled = letterSound(word);
  if (spelled) return spelled;
  const vowel =
    /^(?:[aeio]|u(?!ni|s[eu]|r[aeiou]|til)|hour|honest|honou?r|heir)/i.test(word) &&
    !/^(?:one|once|eu)/i.test(word);
  return vowel ? "vowel" : "consonant";
}

/** "a amazing" / "an difficult" (Harper misses some of these). */
export function articleSoundRules(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  tokens.forEach((t, i) => {
    const n = tokens[i + 1];
    if (!n || n.sentence !== t.sentence || !/^[a-z]/i.test(n.text)) return;
    // A capital "A" inside a sentence names something ("if A calls B"): it is no article.
    if (t.text === "A" && tokens[i - 1]?.sentence === t.sentence) return;
    const sound = soundOf(n.text);
    if (t.lower === "a" && sound === "vowel")
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
    if (t.lower === "an" && sound === "consonant")
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
