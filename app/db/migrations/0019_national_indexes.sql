CREATE INDEX "article_public_idx" ON "article" USING btree ("published_at","id") WHERE "article"."status" = 'published' and "article"."hidden_at" is null;--> statement-breakpoint
CREATE INDEX "course_session_upcoming_idx" ON "course_session" USING btree ("starts_at") WHERE "course_session"."status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "course_session_lat_lon_idx" ON "course_session" USING btree ("lat","lon") WHERE "course_session"."status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "offer_public_idx" ON "offer" USING btree ("published_at" DESC NULLS FIRST,"id") WHERE "offer"."status" = 'published' and "offer"."hidden_at" is null;--> statement-breakpoint
CREATE INDEX "offer_lat_lon_idx" ON "offer" USING btree ("lat","lon") WHERE "offer"."status" = 'published';