import { defineOperation } from "@/server/http/operation";
import { login } from "./login";
import { logout } from "./logout";
import { getMe, updateMe } from "./profile";
import { refreshSession } from "./refresh";
import { registerUser } from "./register";
import {
  LoginRequest,
  LogoutRequest,
  RefreshRequest,
  RegisterRequest,
  TokenResponse,
  UpdateMeRequest,
  UserProfile,
} from "./schemas";

const tag = "Authentication";

export const authOperations = [
  defineOperation({
    operationId: "register",
    method: "POST",
    path: "/api/auth/register",
    tag,
    summary: "Create an account",
    auth: "none",
    body: RegisterRequest,
    response: { status: 201, description: "The new account", schema: UserProfile },
    errors: ["email_taken", "username_taken", "rate_limited"],
    handler: ({ ctx, body }) => registerUser({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "login",
    method: "POST",
    path: "/api/auth/login",
    tag,
    summary: "Sign in and get tokens",
    description:
      "Form-encoded (`username`, `password`) like an OAuth2 password grant; JSON is accepted too. " +
      "`username` may be the username or the email address. Repeated failures per account and " +
      "per address answer `429 rate_limited` with `Retry-After`.",
    auth: "none",
    body: LoginRequest,
    acceptsForm: true,
    response: { status: 200, description: "Tokens for a new session", schema: TokenResponse },
    errors: ["invalid_credentials", "rate_limited"],
    handler: ({ ctx, body }) => login({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "refresh",
    method: "POST",
    path: "/api/auth/refresh",
    tag,
    summary: "Rotate the refresh token",
    description:
      "Answers a new access token and a new refresh token; the presented refresh token stops " +
      "working. Presenting an already-used refresh token signs the whole session out.",
    auth: "none",
    body: RefreshRequest,
    response: {
      status: 200,
      description: "Fresh tokens for the same session",
      schema: TokenResponse,
    },
    errors: ["invalid_token", "rate_limited"],
    handler: ({ ctx, body }) => refreshSession({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "logout",
    method: "POST",
    path: "/api/auth/logout",
    tag,
    summary: "End the session",
    description: "The session's access and refresh tokens stop working at once.",
    auth: "bearer",
    body: LogoutRequest,
    response: { status: 204, description: "Signed out" },
    errors: [],
    handler: ({ ctx, body }) => logout({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "getMe",
    method: "GET",
    path: "/api/auth/me",
    tag,
    summary: "The signed-in user's profile",
    auth: "bearer",
    response: { status: 200, description: "The profile", schema: UserProfile },
    errors: [],
    handler: ({ ctx }) => getMe({ ctx }),
  }),
  defineOperation({
    operationId: "updateMe",
    method: "PATCH",
    path: "/api/auth/me",
    tag,
    summary: "Update the signed-in user's profile",
    auth: "bearer",
    body: UpdateMeRequest,
    response: { status: 200, description: "The updated profile", schema: UserProfile },
    errors: ["username_taken"],
    handler: ({ ctx, body }) => updateMe({ ctx, input: body }),
  }),
];
