CREATE TABLE "statistics_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"parameters" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"rows_written" integer DEFAULT 0 NOT NULL,
	"rows_deleted" integer DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error_code" text,
	"error_message" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "statistics_kpis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"operating_area" text,
	"divided_by_gender" boolean DEFAULT false NOT NULL,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"kpi_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	"year" integer NOT NULL,
	"gender" text NOT NULL,
	"value" numeric,
	"status" text,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "statistics_imports" ADD CONSTRAINT "statistics_imports_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_values" ADD CONSTRAINT "statistics_values_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_values" ADD CONSTRAINT "statistics_values_kpi_id_statistics_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."statistics_kpis"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statistics_imports_county_idx" ON "statistics_imports" USING btree ("county_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "statistics_kpis_source_unique" ON "statistics_kpis" USING btree ("source","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "statistics_values_unique" ON "statistics_values" USING btree ("county_id","kpi_id","area_code","year","gender");