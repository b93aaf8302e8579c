CREATE TABLE `journeys` (
	`subscription_id` text PRIMARY KEY NOT NULL,
	`step` text NOT NULL,
	`answers` text NOT NULL,
	`notice` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `webhook_configs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`merchant_id` text NOT NULL,
	`event_type_code` text NOT NULL,
	`active` integer DEFAULT false NOT NULL,
	`url` text,
	`auth_method` text,
	`auth_login` text,
	`auth_password` text,
	`auth_scope` text,
	`key_for_signature` text,
	`secret` text,
	`email_for_alerts` text,
	`active_event_codes` text,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_configs_merchant_type_uq` ON `webhook_configs` (`merchant_id`,`event_type_code`);--> statement-breakpoint
CREATE TABLE `webhook_delivery_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` text NOT NULL,
	`trigger` text NOT NULL,
	`url` text NOT NULL,
	`http_status` integer,
	`error` text,
	`duration_ms` integer NOT NULL,
	`at` integer NOT NULL,
	`real_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `webhook_events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `webhook_attempts_event_idx` ON `webhook_delivery_attempts` (`event_id`,`id`);--> statement-breakpoint
CREATE TABLE `webhook_events` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`subscription_id` text,
	`correlation_id` text NOT NULL,
	`event_type_code` text NOT NULL,
	`event_code` text NOT NULL,
	`data` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`status` text NOT NULL,
	`replay_count` integer,
	`next_attempt_at` integer,
	`last_attempt_at` integer,
	`last_http_status` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `webhook_events_merchant_idx` ON `webhook_events` (`merchant_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `webhook_events_due_idx` ON `webhook_events` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `webhook_events_subscription_idx` ON `webhook_events` (`subscription_id`);--> statement-breakpoint
CREATE TABLE `access_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`scope` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `access_tokens_expires_idx` ON `access_tokens` (`expires_at`);--> statement-breakpoint
CREATE TABLE `cancellations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subscription_id` text NOT NULL,
	`request` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`outcome` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `cancellations_subscription_idx` ON `cancellations` (`subscription_id`);--> statement-breakpoint
CREATE TABLE `due_work` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`merchant_id` text NOT NULL,
	`subscription_id` text NOT NULL,
	`action` text NOT NULL,
	`due_at` integer NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`note` text,
	`done_at` integer,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `due_work_pending_idx` ON `due_work` (`state`,`merchant_id`,`due_at`);--> statement-breakpoint
CREATE TABLE `merchants` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`client_id` text NOT NULL,
	`client_secret_hash` text NOT NULL,
	`solution_codes` text NOT NULL,
	`seeded` integer DEFAULT false NOT NULL,
	`clock_offset_ms` integer DEFAULT 0 NOT NULL,
	`settings` text DEFAULT '{}' NOT NULL,
	`faults` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `merchants_client_id_unique` ON `merchants` (`client_id`);--> statement-breakpoint
CREATE TABLE `subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`client_id` text NOT NULL,
	`solution_code` text NOT NULL,
	`market_type_code` text NOT NULL,
	`status` text NOT NULL,
	`sub_status` text NOT NULL,
	`financed_amount_cents` integer NOT NULL,
	`initial_amount_cents` integer NOT NULL,
	`merchant_global_order_id` text NOT NULL,
	`merchant_basket_id` text NOT NULL,
	`merchant_buyer_id` text NOT NULL,
	`duration_months` integer,
	`request` text NOT NULL,
	`journey_token` text NOT NULL,
	`cancellation_status` text,
	`cancellation_already_made` integer DEFAULT false NOT NULL,
	`partial_cancellation_made` integer DEFAULT false NOT NULL,
	`pending_cancellation_cents` integer,
	`is_delivered` integer DEFAULT false NOT NULL,
	`is_returned` integer DEFAULT false NOT NULL,
	`tracking_number` text,
	`delivery_operator` text,
	`registered_at` integer NOT NULL,
	`last_update_at` integer NOT NULL,
	`accepted_at` integer,
	`delivered_at` integer,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscriptions_merchant_order_uq` ON `subscriptions` (`merchant_id`,`merchant_global_order_id`);--> statement-breakpoint
CREATE INDEX `subscriptions_merchant_basket_idx` ON `subscriptions` (`merchant_id`,`merchant_basket_id`);--> statement-breakpoint
CREATE INDEX `subscriptions_status_idx` ON `subscriptions` (`status`,`last_update_at`);--> statement-breakpoint
CREATE TABLE `transitions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subscription_id` text NOT NULL,
	`action` text NOT NULL,
	`source` text NOT NULL,
	`from_status` text,
	`from_sub_status` text,
	`to_status` text NOT NULL,
	`to_sub_status` text NOT NULL,
	`details` text,
	`at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `transitions_subscription_idx` ON `transitions` (`subscription_id`,`id`);