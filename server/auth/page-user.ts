import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { newRequestId } from "@/server/platform/crypto";
import { requestInfo } from "@/server/platform/request-info";
import { authenticate } from "./authenticate";
import { getMe } from "./profile";
import type { UserProfile } from "./schemas";

/** The signed-in user for a server component (the browser cookie), or null. */
export async function getSignedInUser(): Promise<UserProfile | null> {
  const request = new Request("http://page.local/", { headers: await headers() });
  const db = await getDb();
  const { actor } = await authenticate(db, request);
  if (actor.kind !== "user") return null;
  return getMe({ ctx: { db, actor, request: requestInfo(request, newRequestId()) } });
}
