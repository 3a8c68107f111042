import type { Issue } from "./issues.ts";
import {
  BE,
  CAUSATIVE,
  INDEFINITE_3SG,
  MODALS,
  SUBJECT_3SG,
  SUBJECT_NON_3SG,
  isBase,
  isVerb,
  issueOver,
  skipSoft,
} from "./rule-kit.ts";
import { pastTimeRules } from "./rules-past-time.ts";
import type { Token } from "./tagger.ts";
import { isIrregularPast, participleForPast, participleOf, thirdPerson } from "./verb-forms.ts";

const inflected = (t: Token) =>
  !isBase(t) && (/(?:s|ed|ing)$/.test(t.lower) || isIrregularPast(t.lower));

/** Modal + inflected verb ("can plays", "will went") and modal + "to" ("should to learn"). */
function modals(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  tokens.forEach((m, i) => {
    if (!MODALS.has(m.lower) || m.pos !== "AUX") return;
    const j = skipSoft(tokens, i);
    const next = tokens[j];
    if (!next || next.sentence !== m.sentence) return;
    if (next.lower === "to" && isVerb(tokens[j + 1]) && j === i + 1) {
      out.push(
        issueOver(text, m, next, "modal", `After “${m.text}” use the verb without “to”.`, m.text),
      );
    } else if (
      isVerb(next) &&
      inflected(next) &&
      !["been", "had"].includes(next.lower) &&
      // "Should hyphenated arguments be expanded?": a question, the participle describes a noun.
      !(tokens[i - 1]?.sentence !== m.sentence && tokens[j + 1]?.pos === "NOUN")
    ) {
      out.push(
        issueOver(
          text,
          next,
          next,
          "modal",
          `After “${m.text}” the verb takes its base form.`,
          next.lemma,
        ),
      );
    }
  });
  return out;
}

/** "did/does + past or -s form" ("didn't went", "does it takes"). */
function doSupport(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  tokens.forEach((d, i) => {
    if (!["did", "does", "do"].includes(d.lower) || d.pos !== "AUX") return;
    let j = skipSoft(tokens, i);
    if (tokens[j]?.pos === "PRON" && tokens[j + 1] && isVerb(tokens[j + 1])) j++;
    const v = tokens[j];
    if (!v || v.sentence !== d.sentence || !isVerb(v) || !inflected(v) || v.lower.endsWith("ing"))
      return;
    const past = v.lower.endsWith("ed") || isIrregularPast(v.lower);
    out.push(
      issueOver(
        text,
        v,
        v,
        past ? "tense" : "agreement",
        `After “${d.text}” the verb takes its base form.`,
        v.lemma,
      ),
    );
  });
  return out;
}

/** Whether the noun at `i` follows a preposition (over determiners and adjectives). */
function afterPreposition(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (
    k >= 0 &&
    tokens[k]!.sentence === tokens[i]!.sentence &&
    (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "NUM")
  )
    k--;
  return k >= 0 && tokens[k]!.sentence === tokens[i]!.sentence && tokens[k]!.pos === "ADP";
}

/** Subject–verb agreement for pronoun and plural-noun subjects right before their verb. */
function agreement(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  tokens.forEach((s, i) => {
    const j = skipSoft(tokens, i);
    const v = tokens[j];
    if (!v || v.sentence !== s.sentence || !isVerb(v) || MODALS.has(v.lower)) return;
    const before = tokens[i - 1];
    const inverted =
      before &&
      before.sentence === s.sentence &&
      (before.pos === "AUX" || CAUSATIVE.has(before.lemma) || before.lower === "to");
    if (inverted) return;
    // "answer it better": "it" and "you" after a verb are its object, not a subject (but "I
    // think it need …" opens a clause).
    if (
      /^(?:it|you)$/.test(s.lower) &&
      before?.sentence === s.sentence &&
      before.pos === "VERB" &&
      !/^(?:think|believe|know|hope|say|feel|guess|suppose|mean|see|find|realize|realise)$/.test(
        before.lemma,
      )
    )
      return;
    const ofBefore = tokens
      .slice(Math.max(0, i - 4), i)
      .some((t) => t.lower === "of" && t.sentence === s.sentence);
    // "an IT company" is no "it" (the tagger calls the abbreviation a name).
    const third = (SUBJECT_3SG.has(s.lower) && s.pos === "PRON") || INDEFINITE_3SG.has(s.lower);
    if (third && isBase(v) && v.lower !== "be" && !v.lower.endsWith("s")) {
      const fix =
        v.lower === "are" || v.lower === "were"
          ? v.lower === "are"
            ? "is"
            : "was"
          : thirdPerson(v.lemma);
      out.push(issueOver(text, v, v, "agreement", `With “${s.text}” the verb is “${fix}”.`, fix));
    } else if (third && (v.lower === "are" || v.lower === "were")) {
      const fix = v.lower === "are" ? "is" : "was";
      out.push(issueOver(text, v, v, "agreement", `With “${s.text}” the verb is “${fix}”.`, fix));
    } else if (SUBJECT_NON_3SG.has(s.lower) && s.pos === "PRON") {
      const wrongBe =
        v.lower === "is" ||
        (v.lower === "was" && s.lower !== "i") ||
        (v.lower === "am" && s.lower !== "i");
      if (wrongBe) {
        const fix = v.lower === "was" ? "were" : s.lower === "i" ? "am" : "are";
        out.push(issueOver(text, v, v, "agreement", `With “${s.text}” the verb is “${fix}”.`, fix));
      } else if (!isBase(v) && v.lower === thirdPerson(v.lemma)) {
        out.push(
          issueOver(
            text,
            v,
            v,
            "agreement",
            `With “${s.text}” the verb is “${v.lemma}”, without -s.`,
            v.lemma,
          ),
        );
      }
    } else if (
      s.pos === "NOUN" &&
      ((!isBase(s) && s.lower.endsWith("s")) || s.lower === "people" || s.lower === "children") &&
      !ofBefore &&
      // "The colour of the watermelon and the pomegranates represents": still the "of" phrase.
      !(
        tokens
          .slice(Math.max(0, i - 8), i)
          .some((t) => t.lower === "of" && t.sentence === s.sentence) &&
        tokens
          .slice(Math.max(0, i - 3), i)
          .some((t) => t.lower === "and" && t.sentence === s.sentence)
      ) &&
      // "Advice from older people is useful": the noun is a preposition's object.
      !afterPreposition(tokens, i) &&
      // "A student who plays sports is …": the noun is the relative clause's object.
      !tokens
        .slice(Math.max(0, i - 4), i)
        .some((t) => ["who", "that", "which"].includes(t.lower) && t.sentence === s.sentence)
    ) {
      if (["is", "was", "has", "does"].includes(v.lower)) {
        const fix = { is: "are", was: "were", has: "have", does: "do" }[v.lower]!;
        out.push(issueOver(text, v, v, "agreement", `“${s.text}” is plural: use “${fix}”.`, fix));
      } else if (v.pos === "VERB" && !isBase(v) && v.lower === thirdPerson(v.lemma)) {
        out.push(
          issueOver(text, v, v, "agreement", `“${s.text}” is plural: use “${v.lemma}”.`, v.lemma),
        );
      }
    }
  });
  return out;
}

/** "have went", "has finish", "is depends", "am agree", "if it will rain". */
function tenses(text: string, tokens: Token[]): Issue[] {
  const out: Issue[] = [];
  tokens.forEach((h, i) => {
    const j = skipSoft(tokens, i);
    const v = tokens[j];
    if (!v || v.sentence !== h.sentence) return;
    if (["have", "has", "had"].includes(h.lower) && h.pos === "AUX" && isVerb(v)) {
      const pp = participleForPast(v.lower);
      if (pp)
        out.push(
          issueOver(text, v, v, "tense", `After “${h.text}” use the past participle “${pp}”.`, pp),
        );
      else if (
        v.pos === "VERB" &&
        isBase(v) &&
        participleOf(v.lemma) !== v.lower &&
        tokens[j + 1]?.lower !== "to" &&
        // "have support for", "has experience in", "had trouble with": a noun after "have".
        tokens[j + 1]?.pos !== "ADP"
      )
        out.push(
          issueOver(
            text,
            v,
            v,
            "tense",
            `After “${h.text}” use the past participle “${participleOf(v.lemma)}”.`,
            participleOf(v.lemma),
          ),
        );
    }
    if (BE.has(h.lower) && h.pos === "AUX" && v.pos === "VERB") {
      // "They are functions", "there are changes": after a plural "are/were" an -s form is a
      // plural noun the tagger read as a verb.
      if (!isBase(v) && v.lower === thirdPerson(v.lemma) && !/^(?:are|were|'re)$/.test(h.lower)) {
        out.push(
          issueOver(
            text,
            h,
            v,
            "grammar",
            `Use either “${h.text}” or “${v.text}”, not both.`,
            v.text,
          ),
        );
      } else if (["agree", "disagree"].includes(v.lower) && !["'s"].includes(h.lower)) {
        const subject = tokens[i - 1]?.lower ?? "";
        const fix = SUBJECT_3SG.has(subject) ? thirdPerson(v.lower) : v.lower;
        out.push(
          issueOver(
            text,
            h,
            v,
            "grammar",
            `“${v.text}” is a verb: say “${fix}”, not “${h.text} ${v.text}”.`,
            fix,
          ),
        );
      }
    }
    // "If it will rain" → "If it rains"
    if (
      h.lower === "if" &&
      tokens[i + 1]?.pos === "PRON" &&
      tokens[i + 2]?.lower === "will" &&
      isVerb(tokens[i + 3])
    ) {
      const subject = tokens[i + 1]!;
      const verb = tokens[i + 3]!;
      const fix = SUBJECT_3SG.has(subject.lower) ? thirdPerson(verb.lemma) : verb.lemma;
      out.push(
        issueOver(
          text,
          tokens[i + 2]!,
          verb,
          "tense",
          "After “if”, use the present tense for the future.",
          fix,
        ),
      );
    }
  });
  return out;
}

export function verbRules(
  text: string,
  tokens: Token[],
  sentenceText: (n: number) => string,
): Issue[][] {
  return [
    modals(text, tokens),
    doSupport(text, tokens),
    [...tenses(text, tokens), ...pastTimeRules(text, tokens, sentenceText)],
    agreement(text, tokens),
  ];
}
