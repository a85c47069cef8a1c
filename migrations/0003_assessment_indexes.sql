CREATE INDEX "assessment_actions_idx" ON "assessment_actions" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "assessment_actors_idx" ON "assessment_actors" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "assessment_conflicts_idx" ON "assessment_conflicts" USING btree ("assessment_id");