import { headers } from "next/headers";

/** This request's script nonce, from the Content-Security-Policy that proxy.ts put on it. */
export async function pageNonce(): Promise<string | undefined> {
  const policy = (await headers()).get("content-security-policy");
  return /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
}
