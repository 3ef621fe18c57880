-- The census schema sets no length for LAchildID, and the DfE's own sample return uses ids of 11 and 23
-- characters; at 10 such children could not be imported at all. Widening a VARCHAR rewrites nothing.
ALTER TABLE child ALTER COLUMN la_child_id SET DATA TYPE VARCHAR(50);
