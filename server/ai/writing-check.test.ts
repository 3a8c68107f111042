import { generateText } from "ai";
import { describe, expect, it } from "vitest";
import { composeOfflineAnswer } from "./offline-answer";
import { OfflineTutorModel } from "./offline-tutor";
import { checkWriting, textToCheck } from "./writing-check";

const ESSAY =
  "Last summer I go to the beach with my family. We stayed there for two weeks and we swimmed every day. " +
  "My brother can speaks three languages, so he talked with many tourists. " +
  "There is many good restaurants near the beach and the food were very delicious. I want to go back next year.";

describe("a writing check in the chat", () => {
  it("finds the text after the request, and nothing in a question without one", () => {
    expect(textToCheck(`Can you check my essay for me, please? ${ESSAY}`)).toBe(ESSAY);
    expect(textToCheck(`Hi! Please correct this text:\n\n“${ESSAY}”`)).toBe(ESSAY);
    expect(textToCheck(`Is my grammar correct? ${ESSAY}`)).toBe(ESSAY);
    expect(textToCheck("Can you check my writing?")).toBeNull();
    expect(textToCheck("What is photosynthesis?")).toBeNull();
    // A request deep inside a long message is part of the text, not a request.
    expect(textToCheck(`${ESSAY} ${ESSAY} Then I check the text again.`)).toBeNull();
  });

  it("runs the offline evaluator and answers with the score, the level and the first issues", async () => {
    const check = await checkWriting(ESSAY);
    expect(check.status).toBe("scored");
    expect(check.overall).toBeGreaterThanOrEqual(1);
    expect(check.overall).toBeLessThanOrEqual(5);
    expect(check.top_issues.length).toBeGreaterThan(0);
    expect(check.top_issues.length).toBeLessThanOrEqual(3);
    for (const issue of check.top_issues) expect(ESSAY).toContain(issue.quote);

    const question = `Please check my essay: ${ESSAY}`;
    const answer = composeOfflineAnswer(question, [], true, check);
    expect(answer).toContain("offline evaluator");
    expect(answer).toContain("No language model is connected");
    expect(answer).toContain(`**Overall: ${check.overall!.toFixed(1)} of 5**`);
    expect(answer).toContain(`estimated level **${check.cefr_level}**`);
    expect(answer).toContain(`“${check.top_issues[0]!.quote}”`);
    expect(answer).toContain("[Evaluate your English](/english/evaluate)");
    // The same text always gets the same answer.
    expect(composeOfflineAnswer(question, [], true, await checkWriting(ESSAY))).toBe(answer);
  }, 120_000);

  it("says a short text is too short to score, and points to the page", async () => {
    const question = "Please check my writing: I goes to school yesterday.";
    const check = await checkWriting(textToCheck(question)!);
    expect(check.status).toBe("insufficient_text");
    const answer = composeOfflineAnswer(question, [], true, check);
    expect(answer).toContain("fewer than 30 words");
    expect(answer).not.toContain("Overall");
    expect(answer).toContain("[Evaluate your English](/english/evaluate)");
  }, 120_000);

  it("is what the offline tutor model answers", async () => {
    const model = new OfflineTutorModel(0);
    const { text } = await generateText({ model, prompt: `Could you evaluate my text? ${ESSAY}` });
    expect(text).toMatch(/\*\*Overall: \d\.\d of 5\*\* · estimated level \*\*[ABC][12]\*\*/);
    const plain = await generateText({ model, prompt: "Can you check my grammar?" });
    expect(plain.text).toContain("[Evaluate your English](/english/evaluate)");
    expect(plain.text).not.toContain("Overall");
  }, 120_000);
});
