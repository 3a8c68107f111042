import type { LanguageModelV4 } from "@ai-sdk/provider";
import { getEnv, type Env } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { OFFLINE_MODEL_ID, OFFLINE_PROVIDER_ID, OfflineTutorModel } from "./offline-tutor";

/** One provider the operator configured (or the offline tutor, which is always there). */
export type ProviderEntry = {
  id: string;
  name: string;
  models: string[];
  create: (modelId: string) => LanguageModelV4;
};

export type ProviderInfo = {
  id: string;
  name: string;
  available: boolean;
  models: Array<{ id: string; name: string; default: boolean }>;
};

export type ResolvedModel = {
  provider: string;
  model: string;
  languageModel: LanguageModelV4;
  offline: boolean;
};

export type Registry = {
  list(): { default_provider: string; providers: ProviderInfo[] };
  resolve(provider: string, model?: string | null): ResolvedModel;
};

/**
 * A provider whose SDK loads on its models' first call. Each SDK is ≈1 MB of source that Next.js
 * copies into every route bundle importing the registry (the chat, REST and tRPC routes), and
 * V8 keeps a module's source in memory for as long as the process runs, so importing them at the
 * top cost the idle server ≈4 MB per bundle for providers most deployments never configure and
 * requests that never reach a model. What it trades: the first call of a provider waits for its
 * import (a few ms).
 */
function lazyProvider(
  load: () => Promise<(modelId: string) => LanguageModelV4>,
): (providerId: string, modelId: string) => LanguageModelV4 {
  let provider: Promise<(modelId: string) => LanguageModelV4> | undefined;
  return (providerId, modelId) => {
    let model: Promise<LanguageModelV4> | undefined;
    const get = () =>
      (model ??= (provider ??= load().catch((error: unknown) => {
        provider = undefined; // a failed import is tried again on the next call
        throw error;
      })).then((create) => create(modelId)));
    return {
      specificationVersion: "v4",
      // The AI SDK reads the part before the first dot as the provider's name; each SDK's own
      // models are named "<id>.<api>" with the ids used here.
      provider: providerId,
      modelId,
      get supportedUrls() {
        return get().then((m) => m.supportedUrls);
      },
      doGenerate: async (options) => (await get()).doGenerate(options),
      doStream: async (options) => (await get()).doStream(options),
    };
  };
}

/** Every provider Xentree knows, with `create` for those the operator configured. */
function knownProviders(
  env: Env,
): Array<Omit<ProviderEntry, "create"> & { create: ProviderEntry["create"] | null }> {
  const openai =
    env.OPENAI_API_KEY &&
    lazyProvider(async () => {
      const { createOpenAI } = await import("@ai-sdk/openai");
      return createOpenAI({
        apiKey: env.OPENAI_API_KEY,
        ...(env.OPENAI_BASE_URL && { baseURL: env.OPENAI_BASE_URL }),
      });
    });
  const anthropic =
    env.ANTHROPIC_API_KEY &&
    lazyProvider(async () => {
      const { createAnthropic } = await import("@ai-sdk/anthropic");
      return createAnthropic({ apiKey: env.ANTHROPIC_API_KEY });
    });
  const google =
    env.GOOGLE_GENERATIVE_AI_API_KEY &&
    lazyProvider(async () => {
      const { createGoogleGenerativeAI } = await import("@ai-sdk/google");
      return createGoogleGenerativeAI({ apiKey: env.GOOGLE_GENERATIVE_AI_API_KEY });
    });
  const compatible =
    env.OPENAI_COMPATIBLE_BASE_URL &&
    lazyProvider(async () => {
      const { createOpenAICompatible } = await import("@ai-sdk/openai-compatible");
      const provider = createOpenAICompatible({
        name: "openai-compatible",
        baseURL: env.OPENAI_COMPATIBLE_BASE_URL!,
        ...(env.OPENAI_COMPATIBLE_API_KEY && { apiKey: env.OPENAI_COMPATIBLE_API_KEY }),
      });
      return (m: string) => provider.chatModel(m);
    });
  const entries = [
    {
      id: "openai",
      name: "OpenAI",
      models: env.OPENAI_MODELS,
      create: openai ? (m: string) => openai("openai", m) : null,
    },
    {
      id: "anthropic",
      name: "Anthropic",
      models: env.ANTHROPIC_MODELS,
      create: anthropic ? (m: string) => anthropic("anthropic", m) : null,
    },
    {
      id: "google",
      name: "Google",
      models: env.GOOGLE_MODELS,
      create: google ? (m: string) => google("google", m) : null,
    },
    {
      id: "openai-compatible",
      name: env.OPENAI_COMPATIBLE_NAME,
      models: env.OPENAI_COMPATIBLE_MODELS,
      create: compatible ? (m: string) => compatible("openai-compatible", m) : null,
    },
  ];
  const rank = (id: string) => {
    const i = env.AI_PROVIDER_ORDER.indexOf(id);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return entries.sort((a, b) => rank(a.id) - rank(b.id));
}

/**
 * The providers, in the operator's order, and the offline tutor last. "auto" is the first
 * configured provider, or the tutor when there is none.
 */
export function createRegistry(
  providers: ProviderEntry[],
  wordsPerSecond: number,
  unavailable: Array<Pick<ProviderEntry, "id" | "name" | "models">> = [],
): Registry {
  const tutor: ProviderEntry = {
    id: OFFLINE_PROVIDER_ID,
    name: "Offline tutor",
    models: [OFFLINE_MODEL_ID],
    create: () => new OfflineTutorModel(wordsPerSecond),
  };
  const all = [...providers, tutor];
  return {
    list: () => ({
      default_provider: all[0]!.id,
      providers: [
        ...all.map((p) => ({ ...p, available: true })),
        ...unavailable.map((p) => ({ ...p, available: false })),
      ].map((p) => ({
        id: p.id,
        name: p.name,
        available: p.available,
        models: p.models.map((m, i) => ({ id: m, name: m, default: i === 0 })),
      })),
    }),
    resolve(providerId, modelId) {
      const entry = providerId === "auto" ? all[0]! : all.find((p) => p.id === providerId);
      if (!entry) {
        const known = unavailable.some((p) => p.id === providerId);
        throw AppError.validation([
          {
            path: "provider",
            message: known
              ? `${providerId} is not configured on this server`
              : `Unknown provider "${providerId}"`,
          },
        ]);
      }
      const model = modelId ?? entry.models[0]!;
      if (!entry.models.includes(model)) {
        throw AppError.validation([
          { path: "model", message: `${entry.name} offers ${entry.models.join(", ")}` },
        ]);
      }
      return {
        provider: entry.id,
        model,
        languageModel: entry.create(model),
        offline: entry.id === OFFLINE_PROVIDER_ID,
      };
    },
  };
}

let registry: Registry | undefined;

/** The registry of an environment: what an operator configured. */
export function registryFromEnv(env: Env): Registry {
  const known = knownProviders(env);
  return createRegistry(
    known.flatMap((p) => (p.create ? [{ ...p, create: p.create }] : [])),
    env.OFFLINE_TUTOR_WORDS_PER_SECOND,
    known.filter((p) => !p.create),
  );
}

/** The registry from this process's environment. */
export function getRegistry(): Registry {
  registry ??= registryFromEnv(getEnv());
  return registry;
}
