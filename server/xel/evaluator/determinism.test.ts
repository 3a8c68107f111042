import { beforeAll, describe, expect, it } from "vitest";
import { type Checkers, loadCheckers } from "./checkers.ts";
import { tagText } from "./tagger.ts";
import { evaluateWritingOffline } from "./writing.ts";

/**
 * The offline evaluator must give the same result for the same text whatever the process
 * evaluated before. wink-nlp learns every new word form it meets, and used to stop splitting a
 * learned form such as "student's" (see `isolateLexicon` in tagger.ts): this file evaluates a text
 * first, then texts that teach wink such forms (possessives and contractions next to punctuation,
 * hyphenated and unknown words), then the first text again.
 */
let checkers: Checkers;
beforeAll(async () => {
  checkers = await loadCheckers();
}, 120_000);

const A =
  "My teacher's advice was good, and the student's book is on my friend's desk. We don't know " +
  "the co-workers' e-mails, but the children's teacher said that everyone's homework was late. " +
  "I think the school's rules isn't fair because the principal's office never listen to the " +
  "students' ideas, and my brother's class have too many test's every week.";

const OTHERS = [
  "It was the teacher's, not the student's. (friend's) \"co-workers'\" e-mails; don't! " +
    "The school's? The principal's. Everyone's, the children's; my brother's. The students'.",
  "Yesterday my bestfriend's dog runned away from the neighbour's garden, and we was looking " +
    "for it untill the night. It's owner's phone didnt work, so the policeman's help were " +
    "very usefull for us and the dog's family, wich was very happy in the end.",
  "Nowadays teenager's life is full of smart-phones, self-driving cars and non-stop online " +
    "shopping. The goverment's plan, the parents' worries and the kids' wishes doesn't match; " +
    "teacher's, student's and principal's opinions was all different about it.",
  "I'd say the well-known anti-social behaviour of some co-workers' isn't a big deal, but " +
    "they've been late, we'll see. Ma'am's answer: wasn't it the student's fault? Their " +
    "grandma's recipe, John's car and Mrs. Smith's e-mail were all mentioned.",
];

describe("deterministic offline results", () => {
  it("gives the same tokens, issues, metrics and scores before and after other texts", async () => {
    const tokensBefore = tagText(checkers, A);
    const before = await evaluateWritingOffline(A, checkers);
    expect(before.status).toBe("scored");
    for (const text of OTHERS) await evaluateWritingOffline(text, checkers);
    for (const text of OTHERS) tagText(checkers, text.toUpperCase());
    const tokensAfter = tagText(checkers, A);
    const after = await evaluateWritingOffline(A, checkers);
    expect(tokensAfter).toEqual(tokensBefore);
    expect(after).toEqual(before);
    // The possessives are split as on first sight, not kept whole as a learned form.
    const values = tokensAfter.tokens.map((t) => t.text);
    expect(values).toContain("student");
    expect(values).not.toContain("student's");
  });

  it("does not let a form learned earlier in the same text change how it is split later", () => {
    // wink keeps "teacher's" whole before a comma (and so learns it); the second one, before a
    // noun, must still be split as it is in a text of its own.
    const { tokens } = tagText(checkers, "The teacher's, and the teacher's book.");
    expect(tokens.map((t) => t.text).slice(-4)).toEqual(["teacher", "'s", "book", "."]);
  });
});
