CREATE TABLE "bff_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" bigint NOT NULL,
	"family_id" text NOT NULL,
	"sealed_tokens" text NOT NULL,
	"access_expires_at" timestamp (3) with time zone NOT NULL,
	"generation" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bff_sessions" ADD CONSTRAINT "bff_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bff_sessions_user_idx" ON "bff_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "bff_sessions_expires_at_idx" ON "bff_sessions" USING btree ("expires_at");