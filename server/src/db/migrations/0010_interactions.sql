CREATE TABLE "interactions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"kind" text NOT NULL,
	"channel" text,
	"direction" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"duration_seconds" integer,
	"outcome" text,
	"summary" text NOT NULL,
	"person_id" uuid,
	"organization_id" uuid,
	"employee_id" uuid,
	"user_id" uuid,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"external_id" text,
	"idempotency_key" text,
	"created_lead" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interactions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "organization_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "interactions_idempotency_uq" ON "interactions" USING btree ("workspace_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "interactions_person_idx" ON "interactions" USING btree ("workspace_id","person_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "interactions_org_idx" ON "interactions" USING btree ("workspace_id","organization_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "interactions_user_idx" ON "interactions" USING btree ("workspace_id","user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "tasks_person_idx" ON "tasks" USING btree ("workspace_id","person_id");