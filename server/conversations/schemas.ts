import { z } from "zod";
import { pageOf, PageQuery } from "@/server/platform/pagination";

const Timestamp = z.iso.datetime().meta({ example: "2026-04-16T10:00:03.000Z" });
const Id = z.uuid();

const Citation = z
  .object({
    document_id: z.string(),
    title: z.string(),
    snippet: z.string(),
    chunk_id: z.string().optional().meta({ description: "The cited passage" }),
    location: z.string().nullable().optional().meta({ description: '"Page 3", "Setup › Linux"' }),
  })
  .meta({ id: "Citation" });

const Message = z
  .string()
  .trim()
  .min(1, "Write a message")
  .max(32_000, "Use at most 32,000 characters");

export const ChatRequest = z
  .object({
    message: Message,
    provider: z
      .string()
      .min(1)
      .max(64)
      .default("auto")
      .meta({ description: '"auto" or a provider id from /api/core/providers' }),
    model: z.string().min(1).max(128).nullable().optional(),
    conversation_id: Id.nullable()
      .optional()
      .meta({ description: "Load this conversation's history and store both turns in it" }),
    conversation_history: z
      .array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(32_000) }))
      .max(100)
      .optional()
      .meta({
        description: "For stateless calls (without conversation_id): earlier turns, oldest first",
      }),
    user_language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language tag such as en or pt-BR")
      .nullable()
      .optional(),
    use_knowledge: z.boolean().default(false),
    stream: z.boolean().default(false).meta({
      description: "Answer as server-sent events (also with `Accept: text/event-stream`)",
    }),
  })
  .meta({ id: "ChatRequest" });
export type ChatRequest = z.infer<typeof ChatRequest>;

const Usage = z.object({
  input_tokens: z.number().int(),
  output_tokens: z.number().int(),
  total_tokens: z.number().int(),
});

export const ChatResponse = z
  .object({
    content: z.string(),
    provider: z.string(),
    model: z.string(),
    usage: Usage.nullable(),
    conversation_id: Id.nullable(),
    message_id: Id.nullable().meta({ description: "The stored answer; null for stateless calls" }),
    citations: z.array(Citation),
  })
  .meta({ id: "ChatResponse" });
export type ChatResponse = z.infer<typeof ChatResponse>;

export const ProvidersResponse = z
  .object({
    default_provider: z.string(),
    providers: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        available: z.boolean(),
        models: z.array(z.object({ id: z.string(), name: z.string(), default: z.boolean() })),
      }),
    ),
  })
  .meta({ id: "ProvidersResponse" });

export const ConversationCreateRequest = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    provider: z.string().min(1).max(64).optional(),
    model: z.string().min(1).max(128).optional(),
    organization_id: Id.optional(),
  })
  .meta({ id: "ConversationCreateRequest" });
export type ConversationCreateRequest = z.infer<typeof ConversationCreateRequest>;

export const RenameConversationRequest = z
  .object({
    title: z.string().trim().min(1, "Enter a title").max(200, "Use at most 200 characters"),
  })
  .meta({ id: "RenameConversationRequest" });

export const ConversationResponse = z
  .object({
    id: Id,
    title: z.string().nullable(),
    provider: z.string().nullable(),
    model: z.string().nullable(),
    organization_id: Id.nullable(),
    message_count: z.number().int(),
    last_message_at: Timestamp.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "ConversationResponse" });
export type ConversationResponse = z.infer<typeof ConversationResponse>;
export const ConversationPage = pageOf(ConversationResponse, "ConversationPage");

export const ConversationParams = z.object({ conversation_id: z.uuid("Not a conversation id") });
export const MessageParams = ConversationParams.extend({ message_id: z.uuid("Not a message id") });

export const MessageResponse = z
  .object({
    id: Id,
    role: z.enum(["user", "assistant"]),
    content: z.string(),
    provider: z.string().nullable(),
    model: z.string().nullable(),
    citations: z.array(Citation),
    status: z
      .enum(["streaming", "complete", "failed"])
      .meta({ description: "`streaming` while an answer is still being written" }),
    created_at: Timestamp,
  })
  .meta({ id: "MessageResponse" });
export type MessageResponse = z.infer<typeof MessageResponse>;
export const MessagePage = pageOf(MessageResponse, "MessagePage");

export const NoteRequest = z
  .object({
    title: z.string().trim().min(1, "Enter a title").max(200, "Use at most 200 characters"),
    content: z.string().max(100_000, "Use at most 100,000 characters").default(""),
    conversation_id: Id.nullable().optional(),
  })
  .meta({ id: "NoteRequest" });
export type NoteRequest = z.infer<typeof NoteRequest>;

export const NoteResponse = z
  .object({
    id: Id,
    title: z.string(),
    content: z.string(),
    conversation_id: Id.nullable(),
    organization_id: Id.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "NoteResponse" });
export type NoteResponse = z.infer<typeof NoteResponse>;
export const NotePage = pageOf(NoteResponse, "NotePage");
export const NoteParams = z.object({ note_id: z.uuid("Not a note id") });
export const NotesQuery = PageQuery.extend({ conversation_id: Id.optional() });
export type NotesQuery = z.infer<typeof NotesQuery>;

const SEARCH_TYPES = ["messages", "notes", "transcripts", "documents"] as const;

export const SearchQuery = z.object({
  q: z.string().trim().min(1, "Enter something to search for").max(500),
  types: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const list = (value ?? SEARCH_TYPES.join(","))
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean);
      const unknown = list.filter((t) => !(SEARCH_TYPES as readonly string[]).includes(t));
      if (unknown.length > 0) {
        ctx.addIssue({
          code: "custom",
          message: `Unknown type ${unknown.join(", ")}; use ${SEARCH_TYPES.join(", ")}`,
        });
        return z.NEVER;
      }
      return list as Array<(typeof SEARCH_TYPES)[number]>;
    })
    .meta({ description: "Comma list of messages, notes, transcripts, documents (default: all)" }),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchResponse = z
  .object({
    query: z.string(),
    results: z.array(
      z.object({
        type: z.enum(SEARCH_TYPES),
        id: Id,
        title: z.string(),
        snippet: z.string().meta({ description: "With the matched terms between «» marks" }),
        score: z.number(),
        conversation_id: Id.nullable().optional(),
        created_at: Timestamp,
      }),
    ),
  })
  .meta({ id: "SearchResponse" });
export type SearchResponse = z.infer<typeof SearchResponse>;
