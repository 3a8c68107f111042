CREATE TABLE "live_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"session_type" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"last_heartbeat_at" timestamp (3) with time zone NOT NULL,
	"ended_at" timestamp (3) with time zone,
	"max_duration_seconds" integer NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"duration_seconds" integer
);
--> statement-breakpoint
CREATE TABLE "live_transcripts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"session_id" uuid,
	"session_type" text,
	"session_started_at" timestamp (3) with time zone NOT NULL,
	"session_ended_at" timestamp (3) with time zone NOT NULL,
	"turns" jsonb NOT NULL,
	"turn_count" integer NOT NULL,
	"preview" text NOT NULL,
	"content" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', content)) STORED
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "live_seconds_per_member" integer;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_transcripts" ADD CONSTRAINT "live_transcripts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_transcripts" ADD CONSTRAINT "live_transcripts_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "live_sessions_one_active_per_user" ON "live_sessions" USING btree ("user_id") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "live_sessions_user_started_idx" ON "live_sessions" USING btree ("user_id","started_at");--> statement-breakpoint
CREATE INDEX "live_sessions_active_heartbeat_idx" ON "live_sessions" USING btree ("last_heartbeat_at") WHERE status = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "live_transcripts_session_key" ON "live_transcripts" USING btree ("session_id") WHERE session_id is not null;--> statement-breakpoint
CREATE INDEX "live_transcripts_user_created_idx" ON "live_transcripts" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "live_transcripts_search_idx" ON "live_transcripts" USING gin ("search");