CREATE TABLE "announcements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "announcements_group_id_unique" UNIQUE("group_id")
);
--> statement-breakpoint
CREATE TABLE "list_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"list_id" uuid NOT NULL,
	"message_id" text NOT NULL,
	"in_reply_to" text,
	"references" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"subject" text NOT NULL,
	"sender_name" text NOT NULL,
	"sender" text NOT NULL,
	"text" text NOT NULL,
	"html" text,
	"status" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_subscribers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"list_id" uuid NOT NULL,
	"email" text NOT NULL,
	"status" text NOT NULL,
	"digest" boolean DEFAULT false NOT NULL,
	"may_post" boolean DEFAULT false NOT NULL,
	"bounce_count" integer DEFAULT 0 NOT NULL,
	"unsubscribe_token" text NOT NULL,
	"digest_sent_up_to" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "list_subscribers_unsubscribe_token_unique" UNIQUE("unsubscribe_token")
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"message_id" text NOT NULL,
	"list_id" uuid,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"envelope_from" text NOT NULL,
	"recipient" text NOT NULL,
	"raw" text NOT NULL,
	"state" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mailing_lists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mailing_lists_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "subscription_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"subscriber_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "working_groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"list_id" uuid NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"leader" text NOT NULL,
	"next_step" text NOT NULL,
	"output_area" text,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"session_id" uuid,
	"sprint_group_id" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "working_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_messages" ADD CONSTRAINT "list_messages_list_id_mailing_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "mailing_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_subscribers" ADD CONSTRAINT "list_subscribers_list_id_mailing_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "mailing_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_list_id_mailing_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "mailing_lists"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription_tokens" ADD CONSTRAINT "subscription_tokens_subscriber_id_list_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "list_subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_list_id_mailing_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "mailing_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_session_id_sprint_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "sprint_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_created_by_organisers_id_fk" FOREIGN KEY ("created_by") REFERENCES "organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "list_messages_list_message_id" ON "list_messages" USING btree ("list_id","message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "list_subscribers_list_email" ON "list_subscribers" USING btree ("list_id","email");--> statement-breakpoint
CREATE INDEX "mail_outbox_due" ON "mail_outbox" USING btree ("next_at") WHERE "mail_outbox"."state" in ('queued', 'sending');--> statement-breakpoint
CREATE UNIQUE INDEX "mail_outbox_message_recipient" ON "mail_outbox" USING btree ("message_id","recipient");--> statement-breakpoint
CREATE UNIQUE INDEX "working_groups_outcome" ON "working_groups" USING btree ("session_id","sprint_group_id");