"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { formErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/client";

/** What the tutor calls the learner. */
export function NicknameForm({ initial }: { initial: string | null }) {
  const trpc = useTRPC();
  const [value, setValue] = useState(initial ?? "");
  const save = useMutation(trpc.live.setNickname.mutationOptions());
  const { fields, message } = formErrors(save.error);
  const error = fields.nickname ?? message;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ nickname: value });
      }}
    >
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <label htmlFor="live-nickname" className="text-sm font-medium">
          What should the tutor call you?
        </label>
        <input
          id="live-nickname"
          className="h-10 rounded-md border border-border bg-bg px-3 focus-visible:outline-2 focus-visible:outline-accent"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          maxLength={64}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "live-nickname-error" : undefined}
          data-testid="live-nickname"
        />
      </div>
      <Button type="submit" variant="secondary" pending={save.isPending}>
        {save.isSuccess ? "Saved" : "Save"}
      </Button>
      {error && (
        <p id="live-nickname-error" className="w-full text-sm text-danger">
          {error}
        </p>
      )}
    </form>
  );
}
