CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"result" text NOT NULL,
	"actor_user_id" uuid,
	"actor_api_key_id" uuid,
	"organization_id" uuid,
	"target_type" text,
	"target_id" text,
	"ip_address" text,
	"user_agent" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"run_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"locked_by" text,
	"locked_until" timestamp (3) with time zone,
	"last_error" text,
	"dedupe_key" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "document_files" (
	"document_id" uuid PRIMARY KEY NOT NULL,
	"data" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid,
	"title" text NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"status" text DEFAULT 'processing' NOT NULL,
	"error" text,
	"chunk_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_chunks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"content" text NOT NULL,
	"heading" text,
	"page" integer,
	"length" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_postings" (
	"term" text NOT NULL,
	"chunk_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid,
	"tf" real NOT NULL,
	"impact" real NOT NULL,
	CONSTRAINT "knowledge_postings_term_chunk_id_pk" PRIMARY KEY("term","chunk_id")
);
--> statement-breakpoint
CREATE TABLE "knowledge_stats" (
	"id" integer PRIMARY KEY NOT NULL,
	"chunks" bigint NOT NULL,
	"total_length" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_terms" (
	"term" text PRIMARY KEY NOT NULL,
	"df" integer NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "xel_content_versions" (
	"hash" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "xel_lessons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"module_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"retired_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "xel_modules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"cefr_level" text NOT NULL,
	"skill" text NOT NULL,
	"position" integer NOT NULL,
	"estimated_minutes" integer NOT NULL,
	"retired_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "xel_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"response" jsonb NOT NULL,
	"is_correct" boolean,
	"score" integer NOT NULL,
	"feedback" text NOT NULL,
	"xp_awarded" integer NOT NULL,
	"time_spent_seconds" integer,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "xel_task_progress" (
	"user_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"best_score" integer DEFAULT 0 NOT NULL,
	"xp_awarded" integer DEFAULT 0 NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"last_submitted_at" timestamp (3) with time zone,
	CONSTRAINT "xel_task_progress_user_id_task_id_pk" PRIMARY KEY("user_id","task_id")
);
--> statement-breakpoint
CREATE TABLE "xel_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"module_id" uuid NOT NULL,
	"lesson_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"prompt" text NOT NULL,
	"content" jsonb NOT NULL,
	"answer" jsonb,
	"explanation" text NOT NULL,
	"retired_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "xp_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"amount" integer NOT NULL,
	"source" text NOT NULL,
	"task_id" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "xp_events_amount_positive" CHECK ("xp_events"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "xel_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid,
	"skill" text NOT NULL,
	"status" text NOT NULL,
	"text" text NOT NULL,
	"prompt" text,
	"task_id" text,
	"target_level" text,
	"overall" real,
	"cefr_level" text,
	"criteria" jsonb NOT NULL,
	"issues" jsonb NOT NULL,
	"strengths" jsonb NOT NULL,
	"next_steps" jsonb NOT NULL,
	"metrics" jsonb NOT NULL,
	"evaluator" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "live_seconds_per_member" integer;--> statement-breakpoint
ALTER TABLE "idempotency_records" ADD COLUMN "claim_token" uuid;--> statement-breakpoint
ALTER TABLE "idempotency_records" ADD COLUMN "lease_expires_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_chunks" ADD CONSTRAINT "knowledge_chunks_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_postings" ADD CONSTRAINT "knowledge_postings_chunk_id_knowledge_chunks_id_fk" FOREIGN KEY ("chunk_id") REFERENCES "public"."knowledge_chunks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_transcripts" ADD CONSTRAINT "live_transcripts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_transcripts" ADD CONSTRAINT "live_transcripts_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xel_lessons" ADD CONSTRAINT "xel_lessons_module_id_xel_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."xel_modules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xel_submissions" ADD CONSTRAINT "xel_submissions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xel_submissions" ADD CONSTRAINT "xel_submissions_task_id_xel_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."xel_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xel_task_progress" ADD CONSTRAINT "xel_task_progress_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xel_task_progress" ADD CONSTRAINT "xel_task_progress_task_id_xel_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."xel_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xel_task_progress" ADD CONSTRAINT "xel_task_progress_module_id_xel_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."xel_modules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xel_tasks" ADD CONSTRAINT "xel_tasks_module_id_xel_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."xel_modules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xel_tasks" ADD CONSTRAINT "xel_tasks_lesson_id_xel_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."xel_lessons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xp_events" ADD CONSTRAINT "xp_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xp_events" ADD CONSTRAINT "xp_events_task_id_xel_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."xel_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xel_evaluations" ADD CONSTRAINT "xel_evaluations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xel_evaluations" ADD CONSTRAINT "xel_evaluations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_organization_created_idx" ON "audit_events" USING btree ("organization_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "audit_events"."organization_id" is not null;--> statement-breakpoint
CREATE INDEX "audit_events_actor_created_idx" ON "audit_events" USING btree ("actor_user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE status = 'queued';--> statement-breakpoint
CREATE INDEX "jobs_lease_idx" ON "jobs" USING btree ("locked_until") WHERE status = 'running';--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_dedupe_key" ON "jobs" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "jobs_finished_idx" ON "jobs" USING btree ("finished_at") WHERE finished_at is not null;--> statement-breakpoint
CREATE INDEX "documents_user_created_idx" ON "documents" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "documents_organization_created_idx" ON "documents" USING btree ("organization_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "knowledge_chunks_document_idx" ON "knowledge_chunks" USING btree ("document_id","ordinal");--> statement-breakpoint
CREATE INDEX "knowledge_postings_chunk_idx" ON "knowledge_postings" USING btree ("chunk_id");--> statement-breakpoint
CREATE INDEX "knowledge_postings_document_idx" ON "knowledge_postings" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "live_sessions_one_active_per_user" ON "live_sessions" USING btree ("user_id") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "live_sessions_user_started_idx" ON "live_sessions" USING btree ("user_id","started_at");--> statement-breakpoint
CREATE INDEX "live_sessions_active_heartbeat_idx" ON "live_sessions" USING btree ("last_heartbeat_at") WHERE status = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "live_transcripts_session_key" ON "live_transcripts" USING btree ("session_id") WHERE session_id is not null;--> statement-breakpoint
CREATE INDEX "live_transcripts_user_created_idx" ON "live_transcripts" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "live_transcripts_search_idx" ON "live_transcripts" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "xel_modules_slug_key" ON "xel_modules" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "xel_submissions_user_time_idx" ON "xel_submissions" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "xel_task_progress_user_module_idx" ON "xel_task_progress" USING btree ("user_id","module_id");--> statement-breakpoint
CREATE INDEX "xel_tasks_module_idx" ON "xel_tasks" USING btree ("module_id","position");--> statement-breakpoint
CREATE INDEX "xp_events_user_time_idx" ON "xp_events" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "xel_evaluations_user_created_idx" ON "xel_evaluations" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);