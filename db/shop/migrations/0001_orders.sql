CREATE TABLE `bank_api_calls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`operation` text NOT NULL,
	`method` text NOT NULL,
	`path` text NOT NULL,
	`http_status` integer,
	`latency_ms` integer NOT NULL,
	`error_code` text,
	`error_kind` text,
	`order_id` text,
	`attempt` integer NOT NULL,
	`request_summary` text,
	`response_summary` text
);
--> statement-breakpoint
CREATE INDEX `bank_api_calls_at_idx` ON `bank_api_calls` (`at`);--> statement-breakpoint
CREATE INDEX `bank_api_calls_order_idx` ON `bank_api_calls` (`order_id`,`at`);--> statement-breakpoint
CREATE INDEX `bank_api_calls_operation_idx` ON `bank_api_calls` (`operation`,`at`);--> statement-breakpoint
CREATE TABLE `order_addresses` (
	`order_id` text NOT NULL,
	`kind` text NOT NULL,
	`street_number` integer,
	`street_number_suffix` text,
	`street_name` text NOT NULL,
	`complement` text,
	`zip_code` text NOT NULL,
	`city` text NOT NULL,
	`region` text NOT NULL,
	`country_code` text NOT NULL,
	PRIMARY KEY(`order_id`, `kind`),
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `order_buyers` (
	`order_id` text PRIMARY KEY NOT NULL,
	`common_title` text NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`email` text NOT NULL,
	`mobile_phone` text NOT NULL,
	`birth_date` text,
	`birth_name` text,
	`birth_city` text,
	`birth_country` text,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `order_buyers_email_idx` ON `order_buyers` (`email`);--> statement-breakpoint
CREATE INDEX `order_buyers_last_name_idx` ON `order_buyers` (`last_name`);--> statement-breakpoint
CREATE TABLE `order_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` text NOT NULL,
	`product_id` integer NOT NULL,
	`sku` text NOT NULL,
	`label` text NOT NULL,
	`brand` text NOT NULL,
	`model` text NOT NULL,
	`category` text NOT NULL,
	`description` text NOT NULL,
	`specifications` text NOT NULL,
	`unit_price_cents` integer NOT NULL,
	`quantity` integer NOT NULL,
	`line_total_cents` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `order_lines_order_idx` ON `order_lines` (`order_id`);--> statement-breakpoint
CREATE TABLE `order_status_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` text NOT NULL,
	`at` integer NOT NULL,
	`source` text NOT NULL,
	`from_state` text,
	`to_state` text NOT NULL,
	`on_hold` integer DEFAULT false NOT NULL,
	`bank_status` text,
	`bank_sub_status` text,
	`cancellation_status` text,
	`bank_financed_cents` integer,
	`note` text,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `order_status_history_order_idx` ON `order_status_history` (`order_id`,`id`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` text PRIMARY KEY NOT NULL,
	`public_token` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`cart_id` text,
	`basket_id` text NOT NULL,
	`merchant_buyer_id` text NOT NULL,
	`country` text NOT NULL,
	`solution_code` text NOT NULL,
	`solution_kind` text NOT NULL,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`subtotal_cents` integer NOT NULL,
	`delivery_cents` integer NOT NULL,
	`total_cents` integer NOT NULL,
	`initial_financed_cents` integer NOT NULL,
	`financed_cents` integer NOT NULL,
	`cancelled_cents` integer DEFAULT 0 NOT NULL,
	`state` text NOT NULL,
	`on_hold` integer DEFAULT false NOT NULL,
	`on_hold_reason` text,
	`subscription_id` text,
	`bank_status` text,
	`bank_sub_status` text,
	`cancellation_status` text,
	`cancellation_already_made` integer DEFAULT false NOT NULL,
	`bank_financed_cents` integer,
	`is_delivered` integer DEFAULT false NOT NULL,
	`accepted_at` integer,
	`delivery_confirmed_at` integer,
	`tracking_number` text,
	`delivery_operator` text,
	`redirect_type` text,
	`redirect_value` text,
	`last_error_code` text,
	`last_error_message` text,
	`last_synced_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_public_token_unique` ON `orders` (`public_token`);--> statement-breakpoint
CREATE UNIQUE INDEX `orders_idempotency_key_unique` ON `orders` (`idempotency_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `orders_subscription_id_unique` ON `orders` (`subscription_id`);--> statement-breakpoint
CREATE INDEX `orders_state_idx` ON `orders` (`state`,`created_at`);--> statement-breakpoint
CREATE INDEX `orders_created_idx` ON `orders` (`created_at`);--> statement-breakpoint
CREATE TABLE `webhook_events` (
	`event_id` text PRIMARY KEY NOT NULL,
	`received_at` integer NOT NULL,
	`event_type_code` text NOT NULL,
	`event_code` text,
	`merchant_global_order_id` text,
	`order_id` text,
	`hint_status` text,
	`signature_timestamp` text NOT NULL,
	`processed_at` integer,
	`outcome` text,
	`times_received` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `webhook_events_order_idx` ON `webhook_events` (`order_id`);