CREATE TABLE `seal_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`password_ids` text NOT NULL,
	`cookie_cache_seconds` integer DEFAULT 0 NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 0 NOT NULL
);
