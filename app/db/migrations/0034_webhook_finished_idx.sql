DROP INDEX "webhook_delivery_delivered_idx";--> statement-breakpoint
CREATE INDEX "webhook_delivery_finished_idx" ON "webhook_delivery" USING btree ("created_at") WHERE status <> 'pending';