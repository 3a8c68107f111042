import { ArrowLeft, ArrowRight } from "lucide-react";
import Link from "next/link";
import { requestOrigin } from "@/server/platform/origin";
import { readGuide } from "../_lib/content";
import { GUIDES, guideHref, type GuideSlug } from "../_lib/examples";
import { facts, fillFacts } from "../_lib/facts";
import { DocsFrame } from "./docs-frame";
import { GuideBody } from "./guide-body";

export function guideMetadata(slug: GuideSlug) {
  const guide = readGuide(slug);
  return { title: `${guide.title} · Docs`, description: guide.description };
}

/** One guide in the docs frame, its facts filled in for this server, with the way on. */
export async function GuidePage({ slug }: { slug: GuideSlug }) {
  const guide = readGuide(slug);
  const origin = await requestOrigin();
  const at = GUIDES.findIndex((g) => g.slug === slug);
  const previous = GUIDES[at - 1];
  const next = GUIDES[at + 1];
  return (
    <DocsFrame
      current={guideHref(slug)}
      title={guide.title}
      description={guide.description}
      footer={
        <nav
          aria-label="Previous and next guide"
          className="mt-12 flex flex-wrap justify-between gap-3 border-t border-border pt-6 text-sm"
        >
          {previous ? (
            <Link
              href={guideHref(previous.slug)}
              className="inline-flex items-center gap-2 rounded-md px-2 py-1 text-accent hover:underline"
            >
              <ArrowLeft className="size-4" aria-hidden /> {previous.title}
            </Link>
          ) : (
            <span />
          )}
          <Link
            href={next ? guideHref(next.slug) : "/docs/api"}
            className="inline-flex items-center gap-2 rounded-md px-2 py-1 text-accent hover:underline"
          >
            {next ? next.title : "API reference"} <ArrowRight className="size-4" aria-hidden />
          </Link>
        </nav>
      }
    >
      <GuideBody markdown={fillFacts(guide.markdown, facts(origin))} origin={origin} />
    </DocsFrame>
  );
}
