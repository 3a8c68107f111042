import { Suspense } from "react";
import { SearchBox } from "@/components/search/search-box";
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
      <div className="mb-6">
        <Suspense>
          <SearchBox variant="page" />
        </Suspense>
      </div>
      <SearchResults q={q} />
    </>
  );
}
