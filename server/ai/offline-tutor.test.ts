import { generateText, streamText } from "ai";
import { describe, expect, it } from "vitest";
import { composeOfflineAnswer, OfflineTutorModel } from "./offline-tutor";
import { createRegistry } from "./registry";

describe("the offline tutor", () => {
  it("says plainly that no language model is connected, and never invents sources", () => {
    const answer = composeOfflineAnswer("What is photosynthesis?", []);
    expect(answer).toContain("No language model is connected");
    expect(answer).toContain("What is photosynthesis?");
    expect(answer).not.toMatch(/\[\d\]/);
  });

  it("quotes knowledge-base passages with numbered citations when it has them", () => {
    const answer = composeOfflineAnswer("photosynthesis", [
      { document_id: "d1", title: "Biology notes", snippet: "Plants turn light into sugar." },
      { document_id: "d2", title: "Chapter 3", snippet: "Chlorophyll absorbs red and blue light." },
    ]);
    expect(answer).toContain("> Plants turn light into sugar.");
    expect(answer).toContain("*Biology notes* [1]");
    expect(answer).toContain("*Chapter 3* [2]");
  });

  it("greets back", () => {
    expect(composeOfflineAnswer("Hello there", [])).toMatch(
      /^(Hello|Hi)! .*Xentree's offline tutor/,
    );
  });

  it("works as an AI SDK model, generating and streaming the same answer", async () => {
    const model = new OfflineTutorModel(0);
    const generated = await generateText({ model, prompt: "Explain fractions" });
    expect(generated.text).toContain("No language model is connected");
    expect(generated.usage.outputTokens).toBeGreaterThan(0);

    const streamed = streamText({
      model,
      prompt: "Explain fractions",
      providerOptions: {
        xentree: {
          passages: [
            { document_id: "d", title: "Maths", snippet: "A fraction is part of a whole." },
          ],
        },
      },
    });
    const deltas: string[] = [];
    for await (const delta of streamed.textStream) deltas.push(delta);
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.join("")).toContain("*Maths* [1]");
  });
});

describe("the provider registry", () => {
  it("makes the offline tutor 'auto' when nothing is configured, and lists the rest as unavailable", () => {
    const registry = createRegistry([], 0, [{ id: "openai", name: "OpenAI", models: ["gpt-x"] }]);
    const list = registry.list();
    expect(list.default_provider).toBe("offline");
    expect(list.providers).toEqual([
      {
        id: "offline",
        name: "Offline tutor",
        available: true,
        models: [{ id: "xentree-tutor", name: "xentree-tutor", default: true }],
      },
      {
        id: "openai",
        name: "OpenAI",
        available: false,
        models: [{ id: "gpt-x", name: "gpt-x", default: true }],
      },
    ]);
    expect(registry.resolve("auto")).toMatchObject({
      provider: "offline",
      model: "xentree-tutor",
      offline: true,
    });
    expect(() => registry.resolve("openai")).toThrow(/Invalid|not valid/);
  });

  it("puts configured providers first, and checks models", () => {
    const fake = {
      id: "acme",
      name: "Acme",
      models: ["small", "large"],
      create: () => new OfflineTutorModel(0),
    };
    const registry = createRegistry([fake], 0);
    expect(registry.list().default_provider).toBe("acme");
    expect(registry.resolve("auto")).toMatchObject({
      provider: "acme",
      model: "small",
      offline: false,
    });
    expect(registry.resolve("acme", "large").model).toBe("large");
    expect(() => registry.resolve("acme", "huge")).toThrow();
  });
});
