import { TRPCClientError } from "@trpc/client";
import { useState, type FormEvent } from "react";
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

/**
 * `formErrors` for a form that clears a field's error as soon as the user edits that field (an
 * error that stays after it is fixed reads as if the fix did not work). Put `onChange` on the
 * <form>; `aliases` maps an input's name to its error path when they differ.
 */
export function useFormErrors(error: unknown, aliases: Record<string, string> = {}) {
  const [edited, setEdited] = useState<ReadonlySet<string>>(() => new Set());
  const [shown, setShown] = useState(error);
  if (shown !== error) {
    // A new answer from the server: its errors all show again.
    setShown(error);
    setEdited(new Set());
  }
  const { fields, message } = formErrors(error);
  const visible: Record<string, string> = {};
  for (const [path, text] of Object.entries(fields)) {
    if (!edited.has(path.split(".")[0] ?? path)) visible[path] = text;
  }
  function onChange(event: FormEvent<HTMLFormElement>) {
    const name = (event.target as HTMLInputElement).name;
    if (!name) return;
    const path = aliases[name] ?? name;
    if (!edited.has(path)) setEdited(new Set(edited).add(path));
  }
  return { fields: visible, message, onChange };
}
