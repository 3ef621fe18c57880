-- A CIN census return carries no names, so a child imported from one has none until someone adds them; the
-- pages then show the child by LA child id. Children entered on the pages still need both names.
ALTER TABLE child ALTER COLUMN first_name DROP NOT NULL;
ALTER TABLE child ALTER COLUMN last_name DROP NOT NULL;
COMMENT ON COLUMN child.first_name IS 'Null only for a child imported from a CIN census return (which has no names) until the name is added.';
COMMENT ON COLUMN child.last_name IS 'Null only for a child imported from a CIN census return (which has no names) until the name is added.';
