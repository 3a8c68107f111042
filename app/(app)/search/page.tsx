import { SearchResults } from "@/components/search/search-results";
import { PageHeader } from "@/components/ui/card";

export const metadata = { title: "Search" };

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string }>;
}) {
  const { q = "" } = await searchParams;
  return (
    <>
      <PageHeader
        title={q ? `Results for “${q}”` : "Search"}
        description="Your messages and notes, best match first."
      />
      <SearchResults q={q} />
    </>
  );
}
