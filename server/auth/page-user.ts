import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { newRequestId } from "@/server/platform/crypto";
import { REQUEST_PATH_HEADER, requestInfo } from "@/server/platform/request-info";
import { authenticate } from "./authenticate";
import { getMe } from "./profile";
import type { UserProfile } from "./schemas";

/**
 * The signed-in user for a server component (the browser cookie), or null. Cached per request,
 * so a layout and its page share one lookup.
 */
export const getSignedInUser = cache(async (): Promise<UserProfile | null> => {
  const request = new Request("http://page.local/", { headers: await headers() });
  const db = await getDb();
  const { actor } = await authenticate(db, request);
  if (actor.kind !== "user") return null;
  return getMe({ ctx: { db, actor, request: requestInfo(request, newRequestId()) } });
});

/** The sign-in page, asked to come back to the page the browser wanted. */
export async function signInUrl(): Promise<string> {
  const path = (await headers()).get(REQUEST_PATH_HEADER) ?? "/home";
  const back = path.startsWith("/") && !path.startsWith("//") ? path : "/home";
  return back === "/home" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(back)}`;
}
