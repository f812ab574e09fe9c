CREATE TABLE "review_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"output_area" text NOT NULL,
	"output_ref" text NOT NULL,
	"output_title" text NOT NULL,
	"output_path" text NOT NULL,
	"partner" text NOT NULL,
	"checklist" jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_requests_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_created_by_organisers_id_fk" FOREIGN KEY ("created_by") REFERENCES "organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_requests_output" ON "review_requests" USING btree ("output_area","output_ref");