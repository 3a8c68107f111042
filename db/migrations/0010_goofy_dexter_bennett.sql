DROP INDEX "knowledge_postings_user_impact_idx";--> statement-breakpoint
DROP INDEX "knowledge_postings_org_impact_idx";