DROP INDEX "cases_county_idx";--> statement-breakpoint
CREATE INDEX "case_steps_body_idx" ON "case_steps" USING btree ("body_id","case_id");--> statement-breakpoint
CREATE INDEX "cases_county_order_idx" ON "cases" USING btree ("county_id","year" DESC NULLS LAST,"series","number" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_organisation_order_idx" ON "cases" USING btree ("organisation_id","year" DESC NULLS LAST,"series","number" DESC NULLS LAST);