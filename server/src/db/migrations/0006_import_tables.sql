CREATE TABLE "import_before_images" (
	"workspace_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"before" jsonb NOT NULL,
	CONSTRAINT "import_before_images_workspace_id_import_id_record_id_pk" PRIMARY KEY("workspace_id","import_id","record_id")
);
--> statement-breakpoint
CREATE TABLE "import_mappings" (
	"workspace_id" uuid NOT NULL,
	"entity" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_mappings_workspace_id_entity_pk" PRIMARY KEY("workspace_id","entity")
);
--> statement-breakpoint
CREATE TABLE "import_row_issues" (
	"workspace_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"seq" smallint NOT NULL,
	"kind" text NOT NULL,
	"column" text,
	"reason" text NOT NULL,
	CONSTRAINT "import_row_issues_workspace_id_import_id_row_seq_pk" PRIMARY KEY("workspace_id","import_id","row","seq")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"entity" text NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"file_name" text NOT NULL,
	"file_path" text,
	"format" text NOT NULL,
	"encoding" text,
	"file_bytes" bigint NOT NULL,
	"mapping" jsonb NOT NULL,
	"on_duplicate" text NOT NULL,
	"total" integer,
	"processed" integer DEFAULT 0 NOT NULL,
	"inserted" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"resume_row" integer DEFAULT 0 NOT NULL,
	"runner_id" uuid,
	"heartbeat_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"failure" text,
	"created_by_user_id" uuid,
	"created_by_api_key_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "imports_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE INDEX "imports_state_idx" ON "imports" USING btree ("state","heartbeat_at");