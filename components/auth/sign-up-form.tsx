"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { formErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { signInAction } from "@/server/auth/browser-actions";

export function SignUpForm() {
  const trpc = useTRPC();
  const register = useMutation(trpc.auth.register.mutationOptions());
  const [signInError, setSignInError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const { fields, message } = formErrors(register.error);
  const formRef = useRef<HTMLFormElement>(null);
  // After a refused sign-up, the first field that needs fixing gets the focus (else the form's
  // message is read out by its role="alert").
  useEffect(() => {
    if (!register.error) return;
    formRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }, [register.error]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      email: String(form.get("email") ?? ""),
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      full_name: String(form.get("full_name") ?? "") || undefined,
      // Dates are shown in the profile's time zone: start from the one this browser is in.
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || undefined,
    };
    setSignInError(null);
    try {
      await register.mutateAsync(input);
    } catch {
      return; // shown from register.error; the form keeps what was typed
    }
    setSigningIn(true);
    const signInForm = new FormData();
    signInForm.set("username", input.username);
    signInForm.set("password", input.password);
    signInForm.set("redirectTo", "/home");
    // Redirects on success; answers only when signing in failed.
    const result = await signInAction({ error: null, username: input.username }, signInForm);
    setSigningIn(false);
    setSignInError(
      result?.error ? `Your account was created, but signing in failed: ${result.error}` : null,
    );
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="flex flex-col gap-4"
      noValidate
      data-testid="sign-up-form"
    >
      {(message || signInError) && (
        <Alert data-testid="sign-up-error">{signInError ?? message}</Alert>
      )}
      <TextField
        label="Full name"
        name="full_name"
        autoComplete="name"
        autoFocus
        error={fields.full_name}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        error={fields.email}
      />
      <TextField
        label="Username"
        name="username"
        autoComplete="username"
        required
        hint="3–32 letters, digits, dots, dashes or underscores"
        error={fields.username}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters"
        error={fields.password}
      />
      <Button type="submit" pending={register.isPending || signingIn} data-testid="sign-up-submit">
        Create account
      </Button>
    </form>
  );
}
