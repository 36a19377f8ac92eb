-- "Nearest shops that accept this voucher": each acceptance carries its merchant's location (the
-- same scaled plane point as the merchant index of V4), indexed together with the program, so a
-- nearest-first search walks only that program's acceptors, however few or far away they are.
-- btree_gist (a trusted contrib extension) lets one GiST index hold the program id and the point.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE acceptance ADD COLUMN location point;

-- kept by the database itself: set from the merchant on insert, followed when a merchant moves
CREATE FUNCTION acceptance_location() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT CASE WHEN m.latitude IS NULL OR m.longitude IS NULL THEN NULL ELSE point(m.longitude * 0.683, m.latitude) END
    INTO NEW.location FROM merchant m WHERE m.id = NEW.merchant_id;
    RETURN NEW;
END $$;
CREATE TRIGGER acceptance_location BEFORE INSERT ON acceptance FOR EACH ROW EXECUTE FUNCTION acceptance_location();

CREATE FUNCTION merchant_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE acceptance SET location = CASE WHEN NEW.latitude IS NULL OR NEW.longitude IS NULL THEN NULL
                                          ELSE point(NEW.longitude * 0.683, NEW.latitude) END
    WHERE merchant_id = NEW.id;
    RETURN NEW;
END $$;
CREATE TRIGGER merchant_moved AFTER UPDATE OF latitude, longitude ON merchant FOR EACH ROW
    WHEN (OLD.latitude IS DISTINCT FROM NEW.latitude OR OLD.longitude IS DISTINCT FROM NEW.longitude)
    EXECUTE FUNCTION merchant_moved();

UPDATE acceptance a SET location = point(m.longitude * 0.683, m.latitude)
FROM merchant m WHERE m.id = a.merchant_id AND m.latitude IS NOT NULL AND m.longitude IS NOT NULL;

CREATE INDEX acceptance_nearest ON acceptance USING gist (program_id, location);
