-- Before the index: where two organisations hold one BRIN and location, the one the platform verified
-- keeps it (else the oldest); the others lose the number. Federated sign-in placed nobody between
-- them anyway (pickSchool refused a guess), and an unverified holder places nobody from now on.
UPDATE "organisation" o SET "brin" = NULL, "branch_number" = NULL
FROM (
  SELECT "id", row_number() OVER (
    PARTITION BY "brin", coalesce("branch_number", '')
    ORDER BY "verified_at" IS NULL, "verified_at", "created_at", "id"
  ) AS "rank"
  FROM "organisation" WHERE "brin" IS NOT NULL
) d
WHERE d."id" = o."id" AND d."rank" > 1;--> statement-breakpoint
DROP INDEX "organisation_brin_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_brin_unique" ON "organisation" USING btree ("brin",coalesce("branch_number", '')) WHERE "organisation"."brin" IS NOT NULL;
