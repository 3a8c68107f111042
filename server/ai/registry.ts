import { createAnthropic } from "@ai-sdk/anthropic";
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
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

/** Every provider Xentree knows, with `create` for those the operator configured. */
function knownProviders(
  env: Env,
): Array<Omit<ProviderEntry, "create"> & { create: ProviderEntry["create"] | null }> {
  const openai = env.OPENAI_API_KEY
    ? createOpenAI({
        apiKey: env.OPENAI_API_KEY,
        ...(env.OPENAI_BASE_URL && { baseURL: env.OPENAI_BASE_URL }),
      })
    : null;
  const anthropic = env.ANTHROPIC_API_KEY
    ? createAnthropic({ apiKey: env.ANTHROPIC_API_KEY })
    : null;
  const google = env.GOOGLE_GENERATIVE_AI_API_KEY
    ? createGoogleGenerativeAI({ apiKey: env.GOOGLE_GENERATIVE_AI_API_KEY })
    : null;
  const compatible = env.OPENAI_COMPATIBLE_BASE_URL
    ? createOpenAICompatible({
        name: "openai-compatible",
        baseURL: env.OPENAI_COMPATIBLE_BASE_URL,
        ...(env.OPENAI_COMPATIBLE_API_KEY && { apiKey: env.OPENAI_COMPATIBLE_API_KEY }),
      })
    : null;
  const entries = [
    {
      id: "openai",
      name: "OpenAI",
      models: env.OPENAI_MODELS,
      create: openai && ((m: string) => openai(m)),
    },
    {
      id: "anthropic",
      name: "Anthropic",
      models: env.ANTHROPIC_MODELS,
      create: anthropic && ((m: string) => anthropic(m)),
    },
    {
      id: "google",
      name: "Google",
      models: env.GOOGLE_MODELS,
      create: google && ((m: string) => google(m)),
    },
    {
      id: "openai-compatible",
      name: env.OPENAI_COMPATIBLE_NAME,
      models: env.OPENAI_COMPATIBLE_MODELS,
      create: compatible && ((m: string) => compatible.chatModel(m)),
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

/** The registry from the environment: what an operator configured. */
export function getRegistry(): Registry {
  const env = getEnv();
  if (!registry) {
    const known = knownProviders(env);
    registry = createRegistry(
      known.flatMap((p) => (p.create ? [{ ...p, create: p.create }] : [])),
      env.OFFLINE_TUTOR_WORDS_PER_SECOND,
      known.filter((p) => !p.create),
    );
  }
  return registry;
}
