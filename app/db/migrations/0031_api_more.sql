ALTER TABLE "webhook_subscription" ADD COLUMN "previous_secret_encrypted" text;--> statement-breakpoint
ALTER TABLE "webhook_subscription" ADD COLUMN "previous_secret_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "api_key" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "api_key" ADD COLUMN "expiry_notice_sent_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "webhook_delivery_delivered_idx" ON "webhook_delivery" USING btree ("delivered_at") WHERE status = 'delivered';--> statement-breakpoint
CREATE INDEX "api_key_expires_idx" ON "api_key" USING btree ("expires_at") WHERE revoked_at is null and expiry_notice_sent_at is null;