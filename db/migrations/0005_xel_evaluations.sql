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
ALTER TABLE "xel_evaluations" ADD CONSTRAINT "xel_evaluations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xel_evaluations" ADD CONSTRAINT "xel_evaluations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "xel_evaluations_user_created_idx" ON "xel_evaluations" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);