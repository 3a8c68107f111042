import { describe, expect, it } from "vitest";
import { composeOfflineAnswer, quoteQuestion } from "./offline-answer";

const QUESTIONS = [
  "What is photosynthesis?",
  "Can you explain the difference between affect and effect?",
  "Please check my essay for grammar mistakes: I goes to school yesterday.",
  "Remember that the exam is on Friday!",
  "Where did I write about the French revolution?",
  "Explain https://en.wikipedia.org/wiki/Photosynthesis_(biology)?query=a%20b&x=1 to me",
  "Summarise this article: https://example.com/articles/2026/11/a-very-long-slug-that-goes-on-and-on-and-on-forever",
  "What does **bold** or [a link](https://evil.example/x) or `code` mean in Markdown?",
  "Hello there",
  "Why is the sky blue...",
  "I think therefore I am.",
  "How do I convert between Celsius and Fahrenheit temperatures when cooking at altitude in winter?",
  "Define entropy!",
  "ok",
];

describe("the offline tutor's answers", () => {
  const answers = QUESTIONS.map((q) => composeOfflineAnswer(q, []));

  it("say plainly that no language model is connected, and cite nothing", () => {
    for (const answer of answers) {
      expect(answer).toContain("No language model is connected");
      expect(answer).not.toMatch(/\[\d\]/);
    }
  });

  it("never double punctuation around a quote", () => {
    for (const answer of answers) {
      expect(answer).not.toMatch(/[.!?…]”[.!?]/);
      expect(answer).not.toMatch(/[!?]\.|(?<!\.)\.\.(?!\.)|\?\?/);
    }
  });

  it("never show a link cut short: links in the question are named by their site", () => {
    for (const [i, answer] of answers.entries()) {
      for (const url of answer.match(/https?:\/\/[^\s)"”]+/g) ?? [])
        expect(QUESTIONS[i]).toContain(url);
    }
    expect(answers[5]).toContain("en.wikipedia.org/…");
    expect(answers[6]).toContain("example.com/…");
    expect(answers[6]).not.toContain("a-very-long");
  });

  it("quote the question as typed: Markdown in it is escaped, not rendered", () => {
    expect(answers[7]).toContain("\\*\\*bold\\*\\*");
    expect(answers[7]).toContain("\\[a link\\]");
    expect(answers[7]).not.toContain("](https://evil");
  });

  it("vary their wording from question to question, but not for the same question", () => {
    const openings = new Set(answers.map((a) => a.split("\n")[0]!.split(/[:“]/)[0]));
    expect(openings.size).toBeGreaterThanOrEqual(8);
    const honest = new Set(answers.map((a) => a.split("\n")[2]));
    expect(honest.size).toBeGreaterThan(1);
    expect(composeOfflineAnswer(QUESTIONS[0]!, [])).toBe(answers[0]);
    for (const answer of answers) {
      const sentences = answer.split(/(?<=[.!?])\s+|\n/).filter((s) => s.length > 20);
      expect(new Set(sentences).size).toBe(sentences.length);
    }
  });

  it("point to what Xentree can do for that kind of question", () => {
    expect(answers[2]).toContain("[Evaluate your English](/english/evaluate)");
    expect(answers[3]).toMatch(/\*\*Notes\*\*/);
    expect(answers[4]).toMatch(/\*\*Search\*\* \(press \/ or Ctrl\+K\)/);
    expect(answers[0]).toMatch(/knowledge base/);
    expect(answers[8]).toMatch(/^(Hello|Hi)!/);
  });

  it("answer from knowledge-base passages when there are some, cited [n], without pretending", () => {
    const answer = composeOfflineAnswer("What is chlorophyll?", [
      { document_id: "d1", title: "Biology", snippet: "«Chlorophyll» absorbs red and blue light." },
      { document_id: "d2", title: "Leaves", snippet: "Leaves are green because of it." },
    ]);
    expect(answer).toContain("> **Chlorophyll** absorbs red and blue light.\n\n— *Biology* [1]");
    expect(answer).toContain("*Leaves* [2]");
    expect(answer).toMatch(/no language model is connected/i);
    expect(answer).not.toContain("«");
    expect(answer).not.toMatch(/[.!?]”[.!?]/);
  });
});

describe("quoteQuestion", () => {
  it("cuts long questions between words", () => {
    const quote = quoteQuestion(QUESTIONS[11]!);
    expect(quote.length).toBeLessThanOrEqual(81);
    expect(quote.endsWith("…")).toBe(true);
    expect(QUESTIONS[11]).toContain(quote.slice(0, -1));
  });
});
