CREATE TABLE "survey_answers" (
	"workspace_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"survey_id" uuid NOT NULL,
	"num" smallint,
	"choices" text[],
	"text" text,
	CONSTRAINT "survey_answers_workspace_id_response_id_question_id_pk" PRIMARY KEY("workspace_id","response_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "survey_daily_stats" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"department_key" text NOT NULL,
	"segment_key" text NOT NULL,
	"product_key" text NOT NULL,
	"responses" integer NOT NULL,
	"counts" integer[] NOT NULL,
	CONSTRAINT "survey_daily_stats_workspace_id_survey_id_day_channel_department_key_segment_key_product_key_pk" PRIMARY KEY("workspace_id","survey_id","day","channel","department_key","segment_key","product_key")
);
--> statement-breakpoint
CREATE TABLE "survey_recipients" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"survey_id" uuid NOT NULL,
	"person_id" uuid,
	"employee_id" uuid,
	"token_hash" text NOT NULL,
	"used" boolean DEFAULT false NOT NULL,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_recipients_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"survey_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"score" smallint,
	"has_text" boolean DEFAULT false NOT NULL,
	"person_id" uuid,
	"employee_id" uuid,
	"department_id" uuid,
	"segment" text,
	"product_id" uuid,
	"language" text DEFAULT 'vi' NOT NULL,
	CONSTRAINT "survey_responses_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "survey_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"anonymity_threshold" integer DEFAULT 5 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"audience" jsonb NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"thank_you" jsonb NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"metric_question_id" text,
	"product_id" uuid,
	"public_id" text NOT NULL,
	"recipient_count" integer DEFAULT 0 NOT NULL,
	"response_count" integer DEFAULT 0 NOT NULL,
	"rolled_through" date,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "surveys_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE INDEX "survey_recipients_token_idx" ON "survey_recipients" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "survey_recipients_survey_idx" ON "survey_recipients" USING btree ("workspace_id","survey_id","person_id");--> statement-breakpoint
CREATE INDEX "survey_recipients_employee_idx" ON "survey_recipients" USING btree ("workspace_id","survey_id","employee_id");--> statement-breakpoint
CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("workspace_id","survey_id","submitted_at");--> statement-breakpoint
CREATE INDEX "survey_responses_day_idx" ON "survey_responses" USING btree ("workspace_id","survey_id","day");--> statement-breakpoint
CREATE INDEX "survey_responses_person_idx" ON "survey_responses" USING btree ("workspace_id","person_id","submitted_at") WHERE person_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "survey_responses_text_idx" ON "survey_responses" USING btree ("workspace_id","survey_id","submitted_at") WHERE has_text;--> statement-breakpoint
CREATE INDEX "surveys_public_id_idx" ON "surveys" USING btree ("public_id");