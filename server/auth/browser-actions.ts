"use server";

import { AuthError } from "next-auth";
import { RateLimitedSignIn, signIn, signOut } from "./nextauth";

export type SignInState = { error: string | null; username: string };

/** Only same-site paths: an open redirect would turn the sign-in page into a phishing tool. */
function safeRedirect(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/home";
}

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const username = String(form.get("username") ?? "").trim();
  const password = String(form.get("password") ?? "");
  if (!username || !password)
    return { error: "Enter your username or email and your password", username };
  try {
    await signIn("credentials", {
      username,
      password,
      redirectTo: safeRedirect(form.get("redirectTo")),
    });
    return { error: null, username };
  } catch (error) {
    // Anything else (including Next's redirect signal after success) must propagate.
    if (!(error instanceof AuthError)) throw error;
    if (
      error instanceof RateLimitedSignIn ||
      (error as { code?: string }).code === "rate_limited"
    ) {
      return { error: "Too many failed attempts. Wait a few minutes, then try again.", username };
    }
    if (error.type === "CredentialsSignin") {
      return { error: "Incorrect username, email or password", username };
    }
    return { error: "Sign-in is unavailable right now; try again in a moment", username };
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
