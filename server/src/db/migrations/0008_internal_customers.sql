CREATE TABLE "benefits" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benefits_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "employee_contracts" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"employee_id" uuid NOT NULL,
	"type" text NOT NULL,
	"number" text,
	"start_date" date NOT NULL,
	"end_date" date,
	"salary" bigint,
	"allowances" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employee_contracts_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "counters" (
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"value" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "counters_workspace_id_name_pk" PRIMARY KEY("workspace_id","name")
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"name" text NOT NULL,
	"code" text,
	"description" text,
	"parent_id" uuid,
	"head_employee_id" uuid,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "departments_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "discount_policies" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"name" text NOT NULL,
	"category" text,
	"percent" smallint NOT NULL,
	"cap_amount" bigint,
	"period" text DEFAULT 'month' NOT NULL,
	"min_tenure_months" smallint DEFAULT 0 NOT NULL,
	"contract_types" text[],
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "discount_policies_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "employee_benefits" (
	"workspace_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"benefit_id" uuid NOT NULL,
	"start_date" date,
	"end_date" date,
	CONSTRAINT "employee_benefits_workspace_id_employee_id_benefit_id_pk" PRIMARY KEY("workspace_id","employee_id","benefit_id")
);
--> statement-breakpoint
CREATE TABLE "employee_documents" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"employee_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employee_documents_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "employees" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"full_name" text NOT NULL,
	"employee_code" text,
	"email" text,
	"phone" text,
	"birthday" date,
	"gender" text,
	"department_id" uuid,
	"manager_id" uuid,
	"position_id" uuid,
	"location_id" uuid,
	"start_date" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"left_date" date,
	"left_reason" text,
	"user_id" uuid,
	"person_id" uuid,
	"referral_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "employees_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "holidays" (
	"workspace_id" uuid NOT NULL,
	"date" date NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "holidays_workspace_id_date_pk" PRIMARY KEY("workspace_id","date")
);
--> statement-breakpoint
CREATE TABLE "internal_requests" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"number" integer NOT NULL,
	"service_id" uuid NOT NULL,
	"provider_department_id" uuid NOT NULL,
	"requester_employee_id" uuid NOT NULL,
	"requester_department_id" uuid,
	"assignee_id" uuid,
	"title" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"pauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"first_response_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"first_response_due_at" timestamp with time zone NOT NULL,
	"resolution_due_at" timestamp with time zone NOT NULL,
	"first_response_breached" boolean DEFAULT false NOT NULL,
	"resolution_breached" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internal_requests_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"name" text NOT NULL,
	"street" text,
	"ward_code" text,
	"province_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "locations_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
	"workspace_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"line_no" smallint NOT NULL,
	"product_id" uuid NOT NULL,
	"category" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price" bigint NOT NULL,
	"discount_amount" bigint DEFAULT 0 NOT NULL,
	"discount_policy_id" uuid,
	CONSTRAINT "order_lines_workspace_id_order_id_line_no_pk" PRIMARY KEY("workspace_id","order_id","line_no")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"number" integer NOT NULL,
	"buyer_person_id" uuid NOT NULL,
	"buyer_employee_id" uuid,
	"ordered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'placed' NOT NULL,
	"subtotal" bigint NOT NULL,
	"discount_total" bigint DEFAULT 0 NOT NULL,
	"total" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"title" text NOT NULL,
	"level" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "positions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "products" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"name" text NOT NULL,
	"sku" text,
	"category" text NOT NULL,
	"price" bigint NOT NULL,
	"own_product" boolean DEFAULT true NOT NULL,
	"launch_date" date,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "internal_request_comments" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_employee_id" uuid,
	"author_user_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internal_request_comments_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "internal_request_ratings" (
	"workspace_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"score" smallint NOT NULL,
	"comment" text,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internal_request_ratings_workspace_id_request_id_pk" PRIMARY KEY("workspace_id","request_id")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"department_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"form_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"default_assignee_id" uuid,
	"first_response_minutes" integer NOT NULL,
	"resolution_minutes" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "work_calendars" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"time_zone" text DEFAULT 'Asia/Ho_Chi_Minh' NOT NULL,
	"work_days" smallint[] DEFAULT '{1,2,3,4,5}'::smallint[] NOT NULL,
	"periods" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"workspace_id" uuid NOT NULL,
	"id" uuid DEFAULT tandem_uuid7() NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"assignee_user_id" uuid,
	"due_at" timestamp with time zone,
	"priority" text DEFAULT 'normal' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"entity_type" text,
	"entity_id" uuid,
	"source" text DEFAULT 'user' NOT NULL,
	"source_key" text,
	"created_by_user_id" uuid,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "referred_by_employee_id" uuid;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employee_contracts_employee_idx" ON "employee_contracts" USING btree ("workspace_id","employee_id","start_date");--> statement-breakpoint
CREATE INDEX "departments_parent_idx" ON "departments" USING btree ("workspace_id","parent_id");--> statement-breakpoint
CREATE INDEX "employee_documents_employee_idx" ON "employee_documents" USING btree ("workspace_id","employee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "employees_referral_code_uq" ON "employees" USING btree ("workspace_id","referral_code");--> statement-breakpoint
CREATE INDEX "employees_department_idx" ON "employees" USING btree ("workspace_id","department_id");--> statement-breakpoint
CREATE INDEX "employees_user_idx" ON "employees" USING btree ("workspace_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "internal_requests_number_uq" ON "internal_requests" USING btree ("workspace_id","number");--> statement-breakpoint
CREATE INDEX "internal_requests_provider_idx" ON "internal_requests" USING btree ("workspace_id","provider_department_id","status");--> statement-breakpoint
CREATE INDEX "internal_requests_requester_idx" ON "internal_requests" USING btree ("workspace_id","requester_employee_id");--> statement-breakpoint
CREATE INDEX "internal_requests_assignee_idx" ON "internal_requests" USING btree ("workspace_id","assignee_id","status");--> statement-breakpoint
CREATE INDEX "order_lines_policy_idx" ON "order_lines" USING btree ("workspace_id","discount_policy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_number_uq" ON "orders" USING btree ("workspace_id","number");--> statement-breakpoint
CREATE INDEX "orders_buyer_idx" ON "orders" USING btree ("workspace_id","buyer_person_id","ordered_at");--> statement-breakpoint
CREATE INDEX "orders_employee_idx" ON "orders" USING btree ("workspace_id","buyer_employee_id","ordered_at");--> statement-breakpoint
CREATE INDEX "internal_request_comments_request_idx" ON "internal_request_comments" USING btree ("workspace_id","request_id","id");--> statement-breakpoint
CREATE INDEX "services_department_idx" ON "services" USING btree ("workspace_id","department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_source_key_uq" ON "tasks" USING btree ("workspace_id","source_key");--> statement-breakpoint
CREATE INDEX "tasks_assignee_idx" ON "tasks" USING btree ("workspace_id","assignee_user_id","status","due_at");--> statement-breakpoint
CREATE INDEX "tasks_entity_idx" ON "tasks" USING btree ("workspace_id","entity_type","entity_id");