ALTER TABLE benefits ADD CONSTRAINT benefits_kind_check CHECK (kind IN ('insurance','allowance','discount','leave','other'));
--> statement-breakpoint
ALTER TABLE benefits ADD CONSTRAINT benefits_amount_check CHECK (default_amount IS NULL OR default_amount >= 0);
--> statement-breakpoint
ALTER TABLE benefits ADD CONSTRAINT benefits_amount_period_check CHECK (amount_period IS NULL OR amount_period IN ('month','quarter','year','once'));
--> statement-breakpoint
ALTER TABLE benefits ADD CONSTRAINT benefits_discount_policy_fk FOREIGN KEY (workspace_id, discount_policy_id) REFERENCES discount_policies (workspace_id, id);
--> statement-breakpoint
ALTER TABLE employee_benefits ADD CONSTRAINT employee_benefits_dates_check CHECK (end_date IS NULL OR end_date >= start_date);
--> statement-breakpoint
ALTER TABLE employee_benefits ADD CONSTRAINT employee_benefits_amount_check CHECK (amount IS NULL OR amount >= 0);
--> statement-breakpoint
ALTER TABLE employee_benefits ADD CONSTRAINT employee_benefits_employee_fk FOREIGN KEY (workspace_id, employee_id) REFERENCES employees (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE employee_benefits ADD CONSTRAINT employee_benefits_benefit_fk FOREIGN KEY (workspace_id, benefit_id) REFERENCES benefits (workspace_id, id);
--> statement-breakpoint
SELECT tandem_audit_table('employee_benefits', 'workspace_id', '');
