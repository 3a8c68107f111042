import { Fragment } from "react";
import { buildOpenApiDocument } from "@/server/http/openapi";
import { DocsFrame } from "../_components/docs-frame";

export const metadata = {
  title: "Schemas · Docs",
  description: "Every request and answer type of the API, by name.",
};

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  description?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
};

const refName = (ref: string) => ref.split("/").at(-1)!;

/** A schema's type in a few words, with links to the named schemas it uses. */
function TypeLabel({ schema }: { schema: Schema }) {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return (
      <a href={`#${name}`} className="text-accent underline underline-offset-2">
        {name}
      </a>
    );
  }
  const union = schema.anyOf ?? schema.oneOf;
  if (union) {
    return (
      <>
        {union.map((s, i) => (
          <Fragment key={i}>
            {i > 0 && " | "}
            <TypeLabel schema={s} />
          </Fragment>
        ))}
      </>
    );
  }
  if (schema.enum) return <>{schema.enum.map((v) => JSON.stringify(v)).join(" | ")}</>;
  if (schema.const !== undefined) return <>{JSON.stringify(schema.const)}</>;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes("array") && schema.items) {
    return (
      <>
        <TypeLabel schema={schema.items} />
        []{types.includes("null") && " | null"}
      </>
    );
  }
  const base = types.map((t) => (t === "string" && schema.format ? `${t} (${schema.format})` : t));
  return <>{base.join(" | ") || (schema.properties ? "object" : "any")}</>;
}

// zod states every integer's safe range; that is no rule worth reading.
const stated = (n: number | undefined) =>
  n !== undefined && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined;

function limits(schema: Schema): string {
  const parts = [
    schema.minLength !== undefined && `at least ${schema.minLength} characters`,
    schema.maxLength !== undefined && `at most ${schema.maxLength} characters`,
    stated(schema.minimum) !== undefined && `at least ${schema.minimum}`,
    stated(schema.maximum) !== undefined && `at most ${schema.maximum}`,
    schema.maxItems !== undefined && `at most ${schema.maxItems} items`,
  ].filter(Boolean);
  return parts.join(", ");
}

/** A description with its `code` spans set as code. */
function Prose({ text }: { text: string }) {
  return (
    <>
      {text.split(/`([^`]*)`/).map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="font-mono text-[0.9em] text-fg">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

function Properties({ schema }: { schema: Schema }) {
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) {
    return (
      <p className="text-sm text-muted">
        <TypeLabel schema={schema} />
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-md border border-border" tabIndex={0}>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th className="border-b border-border bg-surface px-3 py-2 font-medium">Field</th>
            <th className="border-b border-border bg-surface px-3 py-2 font-medium">Type</th>
            <th className="border-b border-border bg-surface px-3 py-2 font-medium">About</th>
          </tr>
        </thead>
        <tbody>
          {properties.map(([name, property]) => {
            const required = schema.required?.includes(name);
            const about = [property.description?.replace(/\.$/, ""), limits(property)]
              .filter(Boolean)
              .join(". ");
            return (
              <tr key={name} className="border-b border-border last:border-b-0">
                <td className="px-3 py-2 align-top font-mono text-xs whitespace-nowrap">
                  {name}
                  {!required && <span className="text-muted">?</span>}
                </td>
                <td className="px-3 py-2 align-top font-mono text-xs">
                  <TypeLabel schema={property} />
                </td>
                <td className="px-3 py-2 align-top text-muted">
                  <Prose text={about} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The OpenAPI document's components, rendered as a page: names, fields, types, rules. */
export default function SchemasPage() {
  const schemas = (buildOpenApiDocument().components?.schemas ?? {}) as Record<string, Schema>;
  const names = Object.keys(schemas).sort((a, b) => a.localeCompare(b));
  return (
    <DocsFrame
      current="/docs/schemas"
      title="Schemas"
      description="Every request and answer type of the API, by the names a generated client uses. A field marked ? may be left out."
    >
      <nav aria-label="Schemas" className="mb-8 flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {names.map((name) => (
          <a key={name} href={`#${name}`} className="font-mono text-xs text-accent hover:underline">
            {name}
          </a>
        ))}
      </nav>
      <div className="flex flex-col gap-8">
        {names.map((name) => (
          <section key={name} id={name} className="scroll-mt-20" aria-labelledby={`${name}-title`}>
            <h2 id={`${name}-title`} className="mb-1 font-mono text-base font-semibold">
              {name}
            </h2>
            {schemas[name]!.description && (
              <p className="mb-2 text-sm text-muted">
                <Prose text={schemas[name]!.description!} />
              </p>
            )}
            <Properties schema={schemas[name]!} />
          </section>
        ))}
      </div>
    </DocsFrame>
  );
}
