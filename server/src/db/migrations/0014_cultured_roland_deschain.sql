CREATE TABLE "email_messages" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"status" text NOT NULL,
	"purpose" text NOT NULL,
	"person_id" uuid,
	"to_address" text,
	"to_name" text,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"body_html" text,
	"template_id" uuid,
	"language" text,
	"source" text DEFAULT 'user' NOT NULL,
	"related_entity_type" text,
	"related_entity_id" uuid,
	"blocked_reason" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 4 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"claimed_at" timestamp with time zone,
	"claim_token" uuid,
	"last_error" text,
	"provider_message_id" text,
	"log" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sent_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_messages_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "email_settings" (
	"workspace_id" uuid NOT NULL,
	"smtp_host" text NOT NULL,
	"smtp_port" integer NOT NULL,
	"smtp_security" text NOT NULL,
	"smtp_user" text,
	"smtp_password" text,
	"from_address" text NOT NULL,
	"from_name" text,
	"reply_to" text,
	"default_language" text DEFAULT 'vi' NOT NULL,
	"updated_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_settings_workspace_id_pk" PRIMARY KEY("workspace_id")
);
--> statement-breakpoint
CREATE TABLE "email_templates" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"name" text NOT NULL,
	"purpose" text DEFAULT 'transactional' NOT NULL,
	"subject_vi" text NOT NULL,
	"body_vi" text NOT NULL,
	"subject_en" text NOT NULL,
	"body_en" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_templates_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "care_plan_runs" (
	"workspace_id" uuid NOT NULL,
	"care_plan_id" uuid NOT NULL,
	"trigger_key" text NOT NULL,
	"person_id" uuid NOT NULL,
	"trigger_date" date NOT NULL,
	"task_id" uuid,
	"email_status" text,
	"email_id" uuid,
	"fired_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_plan_runs_workspace_id_care_plan_id_trigger_key_pk" PRIMARY KEY("workspace_id","care_plan_id","trigger_key")
);
--> statement-breakpoint
CREATE TABLE "care_plan_stats" (
	"workspace_id" uuid NOT NULL,
	"care_plan_id" uuid NOT NULL,
	"last_run_at" timestamp with time zone NOT NULL,
	"last_fired" integer DEFAULT 0 NOT NULL,
	"fired_total" integer DEFAULT 0 NOT NULL,
	"last_fired_at" timestamp with time zone,
	CONSTRAINT "care_plan_stats_workspace_id_care_plan_id_pk" PRIMARY KEY("workspace_id","care_plan_id")
);
--> statement-breakpoint
CREATE TABLE "care_plans" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"enabled" boolean DEFAULT false NOT NULL,
	"trigger_type" text NOT NULL,
	"trigger_days" integer DEFAULT 0 NOT NULL,
	"trigger_stage" text,
	"audience_stages" text[] DEFAULT '{}'::text[] NOT NULL,
	"audience_customer_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"audience_tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"audience_owner_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"task_enabled" boolean DEFAULT false NOT NULL,
	"task_title" text,
	"task_description" text,
	"task_assignee" text DEFAULT 'owner' NOT NULL,
	"task_assignee_user_id" uuid,
	"task_due_days" integer DEFAULT 0 NOT NULL,
	"task_priority" text DEFAULT 'normal' NOT NULL,
	"email_enabled" boolean DEFAULT false NOT NULL,
	"email_subject" text,
	"email_body" text,
	"email_purpose" text DEFAULT 'marketing' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_plans_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "lifecycle_stage_changes" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"person_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lifecycle_stage_changes_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE INDEX "email_messages_person_idx" ON "email_messages" USING btree ("workspace_id","person_id","created_at","id");--> statement-breakpoint
CREATE INDEX "email_messages_status_idx" ON "email_messages" USING btree ("workspace_id","status","id");--> statement-breakpoint
CREATE INDEX "email_messages_due_idx" ON "email_messages" USING btree ("next_attempt_at") WHERE status = 'queued';--> statement-breakpoint
CREATE INDEX "email_messages_sending_idx" ON "email_messages" USING btree ("claimed_at") WHERE status = 'sending';--> statement-breakpoint
CREATE UNIQUE INDEX "email_templates_name_uq" ON "email_templates" USING btree ("workspace_id","name");--> statement-breakpoint
CREATE INDEX "care_plan_runs_recent_idx" ON "care_plan_runs" USING btree ("workspace_id","care_plan_id","fired_at");--> statement-breakpoint
CREATE INDEX "care_plan_runs_person_idx" ON "care_plan_runs" USING btree ("workspace_id","person_id");--> statement-breakpoint
CREATE INDEX "care_plans_enabled_idx" ON "care_plans" USING btree ("workspace_id","enabled");--> statement-breakpoint
CREATE INDEX "lifecycle_stage_changes_to_idx" ON "lifecycle_stage_changes" USING btree ("workspace_id","to_stage","changed_at");