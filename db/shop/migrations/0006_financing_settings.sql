CREATE TABLE `financing_settings_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`settings` text NOT NULL,
	`changes` text NOT NULL,
	`changed_by` text NOT NULL,
	`changed_at` integer NOT NULL
);
