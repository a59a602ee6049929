CREATE TABLE `throttle_counters` (
	`key` text PRIMARY KEY NOT NULL,
	`count` integer NOT NULL,
	`blocked_until` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `throttle_counters_expires_at_idx` ON `throttle_counters` (`expires_at`);--> statement-breakpoint
ALTER TABLE `jwt_settings` ADD `version` integer DEFAULT 0 NOT NULL;