import Link from "next/link";
import { ApiReference } from "@/components/docs/api-reference";
import { requiredScopes, type AnyOperation } from "@/server/http/operation";
import { operations } from "@/server/http/registry";
import { pageNonce } from "@/server/http/nonce";
import { anchorOf } from "../_lib/examples";

export const metadata = { title: "API reference" };

const authLabel = (op: AnyOperation) =>
  op.auth === "none"
    ? "no credentials"
    : op.auth === "bearer"
      ? "access token only"
      : `token, or a key with ${requiredScopes(op.auth).join(" or ")}`;

/**
 * The API reference: a server-rendered index of every endpoint, grouped as the document tags
 * them, which the interactive reference (Scalar, loaded lazily) replaces once it is wanted.
 */
export default async function ApiReferencePage() {
  const groups = new Map<string, AnyOperation[]>();
  for (const op of operations) groups.set(op.tag, [...(groups.get(op.tag) ?? []), op]);
  return (
    // The nonce keeps the Content-Security-Policy (proxy.ts) from refusing Scalar's script.
    <ApiReference nonce={await pageNonce()}>
      <div className="mx-auto max-w-5xl px-4 py-6 md:px-8 md:py-8">
        <nav aria-label="Documentation" className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href="/docs" className="text-accent underline underline-offset-2">
            Guides
          </Link>
          <Link href="/docs/schemas" className="text-accent underline underline-offset-2">
            Schemas
          </Link>
          <a href="/api/openapi.json" className="text-accent underline underline-offset-2">
            openapi.json
          </a>
        </nav>
        <h1 className="text-2xl font-semibold tracking-tight md:text-3xl">API reference</h1>
        <p className="mt-2 text-muted">
          Every endpoint of this server, from its OpenAPI document. To generate a typed client, see{" "}
          <Link href="/docs#the-openapi-document" className="text-accent underline">
            the OpenAPI document
          </Link>
          .
        </p>
        {[...groups].map(([tag, ops]) => (
          <section key={tag} aria-labelledby={`group-${anchorOf(tag)}`} className="mt-8">
            <h2 id={`group-${anchorOf(tag)}`} className="mb-2 text-lg font-semibold">
              {tag}
            </h2>
            <ul className="divide-y divide-border rounded-md border border-border">
              {ops.map((op) => (
                <li key={`${op.method} ${op.path}`}>
                  <a
                    href={`#tag/${anchorOf(tag)}/${op.method}${op.path}`}
                    className="flex flex-col gap-0.5 px-3 py-2 hover:bg-surface focus-visible:outline-2 focus-visible:outline-accent sm:flex-row sm:items-baseline sm:gap-3"
                  >
                    <span className="font-mono text-xs break-all">
                      <span className="font-semibold text-accent">{op.method}</span> {op.path}
                    </span>
                    <span className="text-sm">{op.summary}</span>
                    <span className="text-xs text-muted sm:ml-auto sm:text-right">
                      {authLabel(op)}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </ApiReference>
  );
}
