import { headers } from "next/headers";

/**
 * This server's origin as the browser reached it (`http://127.0.0.1:3000`), for samples that must
 * run as shown. Display only: a forged header changes nothing but the sender's own page.
 */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const first = (value: string | null) => value?.split(",")[0]?.trim() || null;
  const host = first(h.get("x-forwarded-host")) ?? first(h.get("host")) ?? "localhost:3000";
  const proto = first(h.get("x-forwarded-proto")) ?? "http";
  return `${proto}://${host}`;
}
