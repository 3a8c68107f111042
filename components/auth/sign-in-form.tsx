"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { signInAction, type SignInState } from "@/server/auth/browser-actions";

export function SignInForm({ redirectTo }: { redirectTo: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {
    error: null,
    username: "",
  });
  return (
    <form action={action} className="flex flex-col gap-4" data-testid="sign-in-form">
      {state.error && <Alert data-testid="sign-in-error">{state.error}</Alert>}
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <TextField
        label="Username or email"
        name="username"
        autoComplete="username"
        defaultValue={state.username}
        required
        autoFocus
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <Button type="submit" pending={pending} data-testid="sign-in-submit">
        Sign in
      </Button>
    </form>
  );
}
