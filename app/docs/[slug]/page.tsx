import { notFound } from "next/navigation";
import { GuidePage, guideMetadata } from "../_components/guide-page";
import { GUIDES, type GuideSlug } from "../_lib/examples";

type Props = { params: Promise<{ slug: string }> };

const known = (slug: string): slug is GuideSlug =>
  slug !== "introduction" && GUIDES.some((g) => g.slug === slug);

export async function generateMetadata({ params }: Props) {
  const { slug } = await params;
  return known(slug) ? guideMetadata(slug) : {};
}

export default async function GuideRoute({ params }: Props) {
  const { slug } = await params;
  if (!known(slug)) notFound();
  return <GuidePage slug={slug} />;
}
