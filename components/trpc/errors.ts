import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@/server/trpc/root";

type Issue = { path: string; message: string };

/** Field errors (by dotted path) and a message for the form, from a failed tRPC call. */
export function formErrors(error: unknown): {
  fields: Record<string, string>;
  message: string | null;
} {
  if (!(error instanceof TRPCClientError)) {
    return {
      fields: {},
      message: error ? "Something went wrong; check your connection and try again" : null,
    };
  }
  const data = (error as TRPCClientError<AppRouter>).data;
  const issues = (data?.issues ?? []) as Issue[];
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[issue.path] ??= issue.message;
  const message = issues.length > 0 ? (fields[""] ?? null) : error.message;
  return { fields, message };
}
