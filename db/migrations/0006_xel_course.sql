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
CREATE UNIQUE INDEX "xel_modules_slug_key" ON "xel_modules" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "xel_submissions_user_time_idx" ON "xel_submissions" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "xel_task_progress_user_module_idx" ON "xel_task_progress" USING btree ("user_id","module_id");--> statement-breakpoint
CREATE INDEX "xel_tasks_module_idx" ON "xel_tasks" USING btree ("module_id","position");--> statement-breakpoint
CREATE INDEX "xp_events_user_time_idx" ON "xp_events" USING btree ("user_id","created_at");