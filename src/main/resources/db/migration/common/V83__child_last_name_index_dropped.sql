-- The search by name compares LOWER(last_name) with LIKE and sorts by LOWER(last_name): a plain index on
-- last_name serves neither, yet every child written (tens of thousands in a census import) had to be added to it.
DROP INDEX child_last_name_idx;
