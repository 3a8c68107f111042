-- The impact-ordered postings scans of the knowledge search: a term's postings of one owner (or
-- one organization), best impact first, with the passage id carried in the index, so a query reads
-- the top postings per term from the index alone and stops there (early termination).
CREATE INDEX "knowledge_postings_user_impact_idx" ON "knowledge_postings" USING btree ("term", "user_id", "impact" DESC) INCLUDE ("chunk_id");--> statement-breakpoint
CREATE INDEX "knowledge_postings_org_impact_idx" ON "knowledge_postings" USING btree ("term", "organization_id", "impact" DESC) INCLUDE ("chunk_id") WHERE organization_id IS NOT NULL;
