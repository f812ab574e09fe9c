CREATE TABLE "explore_contributions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"target_use_case" text,
	"credit" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"review_note" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "explore_contributions" ADD CONSTRAINT "explore_contributions_reviewed_by_organisers_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "explore_contributions_status_idx" ON "explore_contributions" USING btree ("status","created_at");