ALTER TABLE employees ADD CONSTRAINT employees_status_check CHECK (status IN ('active','on_leave','left'));
--> statement-breakpoint
ALTER TABLE employees ADD CONSTRAINT employees_left_check CHECK (status <> 'left' OR left_date IS NOT NULL);
--> statement-breakpoint
ALTER TABLE employee_contracts ADD CONSTRAINT employee_contracts_type_check CHECK (type IN ('probation','fixed_term','indefinite','seasonal'));
--> statement-breakpoint
ALTER TABLE employee_contracts ADD CONSTRAINT employee_contracts_dates_check CHECK (end_date IS NULL OR end_date >= start_date);
--> statement-breakpoint
ALTER TABLE employee_contracts ADD CONSTRAINT employee_contracts_salary_check CHECK (salary IS NULL OR salary >= 0);
--> statement-breakpoint
ALTER TABLE internal_requests ADD CONSTRAINT internal_requests_status_check CHECK (status IN ('new','in_progress','waiting','resolved','closed'));
--> statement-breakpoint
ALTER TABLE internal_request_ratings ADD CONSTRAINT internal_request_ratings_score_check CHECK (score BETWEEN 1 AND 5);
--> statement-breakpoint
ALTER TABLE discount_policies ADD CONSTRAINT discount_policies_percent_check CHECK (percent BETWEEN 1 AND 100);
--> statement-breakpoint
ALTER TABLE tasks ADD CONSTRAINT tasks_status_check CHECK (status IN ('open','in_progress','done','cancelled'));
--> statement-breakpoint
ALTER TABLE employees ADD CONSTRAINT employees_department_fk FOREIGN KEY (workspace_id, department_id) REFERENCES departments (workspace_id, id);
--> statement-breakpoint
ALTER TABLE employees ADD CONSTRAINT employees_manager_fk FOREIGN KEY (workspace_id, manager_id) REFERENCES employees (workspace_id, id);
--> statement-breakpoint
ALTER TABLE departments ADD CONSTRAINT departments_parent_fk FOREIGN KEY (workspace_id, parent_id) REFERENCES departments (workspace_id, id);
--> statement-breakpoint
ALTER TABLE employee_contracts ADD CONSTRAINT employee_contracts_employee_fk FOREIGN KEY (workspace_id, employee_id) REFERENCES employees (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE services ADD CONSTRAINT services_department_fk FOREIGN KEY (workspace_id, department_id) REFERENCES departments (workspace_id, id);
--> statement-breakpoint
ALTER TABLE internal_requests ADD CONSTRAINT internal_requests_service_fk FOREIGN KEY (workspace_id, service_id) REFERENCES services (workspace_id, id);
--> statement-breakpoint
ALTER TABLE internal_request_comments ADD CONSTRAINT internal_request_comments_request_fk FOREIGN KEY (workspace_id, request_id) REFERENCES internal_requests (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE internal_request_ratings ADD CONSTRAINT internal_request_ratings_request_fk FOREIGN KEY (workspace_id, request_id) REFERENCES internal_requests (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE order_lines ADD CONSTRAINT order_lines_order_fk FOREIGN KEY (workspace_id, order_id) REFERENCES orders (workspace_id, id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE orders ADD CONSTRAINT orders_buyer_fk FOREIGN KEY (workspace_id, buyer_person_id) REFERENCES people (workspace_id, id);
--> statement-breakpoint
CREATE INDEX people_referred_by_idx ON people (workspace_id, referred_by_employee_id) WHERE referred_by_employee_id IS NOT NULL;
--> statement-breakpoint
CREATE INDEX employees_person_idx ON employees (workspace_id, person_id) WHERE person_id IS NOT NULL;
--> statement-breakpoint
SELECT tandem_isolate_table(t, 'workspace_id') FROM unnest(ARRAY['departments','locations','positions','employees','employee_contracts','benefits','employee_benefits',
  'employee_documents','holidays','services','internal_requests','internal_request_comments','internal_request_ratings','products','orders',
  'order_lines','discount_policies','counters','tasks']::regclass[]) t;
--> statement-breakpoint
SELECT tandem_isolate_table('work_calendars', 'workspace_id');
--> statement-breakpoint
SELECT tandem_audit_table(t, 'workspace_id', '') FROM unnest(ARRAY['departments','locations','positions','employees','employee_contracts','benefits',
  'services','internal_requests','internal_request_comments','products','orders','discount_policies','tasks']::regclass[]) t;
--> statement-breakpoint
SELECT tandem_audit_table('employee_documents', 'workspace_id', 'content');
