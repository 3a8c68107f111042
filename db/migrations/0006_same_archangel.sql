ALTER TABLE "idempotency_records" ADD COLUMN "claim_token" uuid;--> statement-breakpoint
ALTER TABLE "idempotency_records" ADD COLUMN "lease_expires_at" timestamp (3) with time zone;