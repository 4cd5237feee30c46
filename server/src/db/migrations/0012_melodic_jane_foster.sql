CREATE TABLE "notifications" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"link" text,
	"entity_type" text,
	"entity_id" uuid,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"source" text NOT NULL,
	"channel" text NOT NULL,
	"person_id" uuid,
	"organization_id" uuid,
	"employee_id" uuid,
	"anonymous" boolean DEFAULT false NOT NULL,
	"product_id" uuid,
	"survey_id" uuid,
	"response_id" uuid,
	"question_id" uuid,
	"text" text,
	"score" smallint,
	"metric" text,
	"sentiment" text NOT NULL,
	"sentiment_source" text NOT NULL,
	"sentiment_score" real,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"owner_user_id" uuid,
	"status" text DEFAULT 'new' NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"first_contact_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"reply_text" text,
	"replied_at" timestamp with time zone,
	"replied_by_user_id" uuid,
	"reply_email_to" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" uuid,
	"created_by_api_key_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "feedback_followups" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"response_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"score" smallint NOT NULL,
	"person_id" uuid,
	"employee_id" uuid,
	"feedback_id" uuid NOT NULL,
	"task_id" uuid,
	"owner_user_id" uuid,
	"due_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_followups_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "survey_campaigns" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"survey_id" uuid NOT NULL,
	"kind" text DEFAULT 'campaign' NOT NULL,
	"reminder_after_days" integer,
	"status" text DEFAULT 'sending' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_campaigns_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "survey_distribution_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"contact_frequency_days" integer DEFAULT 30 NOT NULL,
	"sends_per_minute" integer DEFAULT 60 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_sends" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"recipient_id" uuid,
	"person_id" uuid,
	"employee_id" uuid,
	"email" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"context_type" text,
	"context_id" uuid,
	"scheduled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_sends_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "survey_triggers" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"survey_id" uuid NOT NULL,
	"event" text NOT NULL,
	"delay_minutes" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_triggers_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "employee_benefits" DROP CONSTRAINT "employee_benefits_workspace_id_employee_id_benefit_id_pk";--> statement-breakpoint
ALTER TABLE "employee_benefits" ALTER COLUMN "start_date" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "benefits" ADD COLUMN "default_amount" bigint;--> statement-breakpoint
ALTER TABLE "benefits" ADD COLUMN "amount_period" text;--> statement-breakpoint
ALTER TABLE "benefits" ADD COLUMN "discount_policy_id" uuid;--> statement-breakpoint
ALTER TABLE "benefits" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "employee_benefits" ADD COLUMN "id" uuid DEFAULT tandem_uuid7() NOT NULL;--> statement-breakpoint
ALTER TABLE "employee_benefits" ADD CONSTRAINT "employee_benefits_workspace_id_id_pk" PRIMARY KEY("workspace_id","id");--> statement-breakpoint
ALTER TABLE "employee_benefits" ADD COLUMN "amount" bigint;--> statement-breakpoint
ALTER TABLE "employee_benefits" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "employee_benefits" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "employee_benefits" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "work_calendars" ADD COLUMN "vietnam_public_holidays" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "reminder_minutes" integer;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "remind_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("workspace_id","user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("workspace_id","user_id") WHERE read_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_answer_uq" ON "feedback" USING btree ("workspace_id","response_id","question_id");--> statement-breakpoint
CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("workspace_id","status","id");--> statement-breakpoint
CREATE INDEX "feedback_owner_idx" ON "feedback" USING btree ("workspace_id","owner_user_id","id");--> statement-breakpoint
CREATE INDEX "feedback_sentiment_idx" ON "feedback" USING btree ("workspace_id","sentiment","id");--> statement-breakpoint
CREATE INDEX "feedback_person_idx" ON "feedback" USING btree ("workspace_id","person_id","received_at","id");--> statement-breakpoint
CREATE INDEX "feedback_product_idx" ON "feedback" USING btree ("workspace_id","product_id","received_at");--> statement-breakpoint
CREATE INDEX "feedback_response_idx" ON "feedback" USING btree ("workspace_id","response_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_followups_response_uq" ON "feedback_followups" USING btree ("workspace_id","response_id");--> statement-breakpoint
CREATE INDEX "feedback_followups_created_idx" ON "feedback_followups" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "survey_campaigns_survey_idx" ON "survey_campaigns" USING btree ("workspace_id","survey_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_sends_campaign_person_uq" ON "survey_sends" USING btree ("workspace_id","campaign_id","person_id","employee_id");--> statement-breakpoint
CREATE INDEX "survey_sends_person_idx" ON "survey_sends" USING btree ("workspace_id","person_id","created_at");--> statement-breakpoint
CREATE INDEX "survey_sends_employee_idx" ON "survey_sends" USING btree ("workspace_id","employee_id","created_at");--> statement-breakpoint
CREATE INDEX "survey_sends_recipient_idx" ON "survey_sends" USING btree ("workspace_id","recipient_id");--> statement-breakpoint
CREATE INDEX "survey_sends_campaign_idx" ON "survey_sends" USING btree ("workspace_id","campaign_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_triggers_uq" ON "survey_triggers" USING btree ("workspace_id","survey_id","event");--> statement-breakpoint
CREATE INDEX "survey_triggers_event_idx" ON "survey_triggers" USING btree ("workspace_id","event");--> statement-breakpoint
CREATE INDEX "employee_benefits_employee_idx" ON "employee_benefits" USING btree ("workspace_id","employee_id","start_date");--> statement-breakpoint
CREATE INDEX "employee_benefits_benefit_idx" ON "employee_benefits" USING btree ("workspace_id","benefit_id");--> statement-breakpoint
CREATE INDEX "tasks_reminder_due_idx" ON "tasks" USING btree ("remind_at") WHERE remind_at IS NOT NULL AND reminded_at IS NULL;