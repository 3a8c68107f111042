import { z } from "zod";

const Email = z
  .email({
    error: (i) =>
      i.input === undefined ? "This field is required" : "Enter a valid email address",
  })
  .max(254)
  .transform((e) => e.toLowerCase())
  .meta({ example: "ada@example.com" });

const Username = z
  .string()
  .min(3, "Use at least 3 characters")
  .max(32, "Use at most 32 characters")
  .regex(/^[A-Za-z0-9_.-]+$/, "Use letters, digits, dots, dashes and underscores only")
  .meta({ example: "ada" });

const Password = z
  .string()
  .min(8, "Use at least 8 characters")
  .max(256, "Use at most 256 characters");

const FullName = z.string().trim().max(100, "Use at most 100 characters");

const Language = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language tag such as en or pt-BR")
  .meta({ example: "en" });

const TimeZone = z
  .string()
  .refine(isTimeZone, "Use an IANA time zone such as Europe/Paris")
  .meta({ example: "Europe/Paris" });

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const Timestamp = z.iso.datetime().meta({ example: "2026-04-16T10:00:03.000Z" });

export const RegisterRequest = z
  .object({
    email: Email,
    username: Username,
    password: Password,
    full_name: FullName.optional(),
    timezone: TimeZone.optional().meta({
      description: "IANA time zone; the browser's own when the web app signs up. Default UTC.",
    }),
  })
  .meta({ id: "RegisterRequest" });
export type RegisterRequest = z.infer<typeof RegisterRequest>;

export const LoginRequest = z
  .object({
    username: z.string().trim().min(1, "Enter your username or email").max(254).meta({
      description: "Username or email address",
    }),
    password: z.string().min(1, "Enter your password").max(256),
  })
  .meta({ id: "LoginRequest" });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const RefreshRequest = z
  .object({ refresh_token: z.string().min(1).max(512) })
  .meta({ id: "RefreshRequest" });
export type RefreshRequest = z.infer<typeof RefreshRequest>;

export const LogoutRequest = z
  .object({ refresh_token: z.string().min(1).max(512).optional() })
  .meta({ id: "LogoutRequest" });
export type LogoutRequest = z.infer<typeof LogoutRequest>;

export const UpdateMeRequest = z
  .object({
    full_name: FullName.nullable().optional(),
    username: Username.optional(),
    preferred_language: Language.optional(),
    timezone: TimeZone.optional(),
  })
  .meta({ id: "UpdateMeRequest" });
export type UpdateMeRequest = z.infer<typeof UpdateMeRequest>;

export const UserProfile = z
  .object({
    id: z.uuid(),
    email: z.string(),
    username: z.string(),
    full_name: z.string().nullable(),
    preferred_language: z.string(),
    timezone: z.string(),
    live_nickname: z.string().nullable(),
    plan: z.string(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "UserProfile" });
export type UserProfile = z.infer<typeof UserProfile>;

export const TokenResponse = z
  .object({
    access_token: z.string().meta({ description: "JWT; send as `Authorization: Bearer …`" }),
    token_type: z.literal("bearer"),
    refresh_token: z.string().meta({ description: "Opaque; single use, rotates on refresh" }),
    expires_in: z.number().int().meta({ description: "Seconds until the access token expires" }),
  })
  .meta({ id: "TokenResponse" });
export type TokenResponse = z.infer<typeof TokenResponse>;
