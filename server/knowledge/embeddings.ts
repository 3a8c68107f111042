import path from "node:path";
import { getEnv } from "@/server/platform/env";
import { threadHost } from "@/server/platform/thread-host";

/**
 * A sentence-embedding model for knowledge search: unit vectors whose dot product says how close
 * two texts are in meaning, whatever words they use. `name` is stored beside each passage's
 * vector, so vectors of another model are never compared with this one's.
 */
export type Embedder = {
  name: string;
  /**
   * One unit vector per text. A question goes before any passage waiting to be embedded; a
   * `signal` that aborts first fails the call, and texts not yet started are dropped.
   */
  embed(
    texts: string[],
    use: "question" | "passage",
    signal?: AbortSignal,
  ): Promise<Float32Array[]>;
};

const local = threadHost({
  // Run from source (Node strips the types): the model's WebAssembly and weights load from
  // node_modules, and the bundler has nothing to follow.
  file: path.join(process.cwd(), "server/knowledge/embedding-worker.ts"),
  name: "embedding model",
  idleSeconds: () => getEnv().KNOWLEDGE_EMBEDDINGS_IDLE_SECONDS,
});

/** all-MiniLM-L6-v2 on this process's thread, whatever is configured (tests, benchmarks). */
export const localEmbedder: Embedder = {
  name: "all-MiniLM-L6-v2",
  embed: (texts, use, signal) =>
    Promise.all(
      texts.map((text) => local.run<Float32Array>({ text }, use === "question" ? 0 : 1, signal)),
    ),
};

let override: Embedder | null | undefined;

/** The configured model (KNOWLEDGE_EMBEDDINGS), or null when search is lexical only. */
export function knowledgeEmbedder(): Embedder | null {
  if (override !== undefined) return override;
  return getEnv().KNOWLEDGE_EMBEDDINGS === "local" ? localEmbedder : null;
}

/** Tests and benchmarks: another model, none (null), or the configured one again (undefined). */
export function setKnowledgeEmbedder(embedder: Embedder | null | undefined): void {
  override = embedder;
}

/** Stops the local model's thread (tests, benchmarks, a clean shutdown). */
export const stopLocalEmbedder = () => local.stop();

/**
 * What a passage's vector is made from: its document's title and heading path, then its text,
 * so a passage that says "it" is still about its section's subject.
 */
export function passageText(title: string, heading: string | null, content: string): string {
  return [title, heading, content].filter(Boolean).join("\n");
}
