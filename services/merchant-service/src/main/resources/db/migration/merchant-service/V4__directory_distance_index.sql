-- Nearest-first search with an index: PostgreSQL's built-in point type and a GiST index give
-- k-nearest-neighbour order. Longitude is scaled by cos(46.9°) = 0.683, the middle of the
-- network's latitudes (46.4°–47.4°), so plane distance orders like distance on the ground here;
-- the exact great-circle distance is computed for the rows returned.
CREATE INDEX merchant_location ON merchant USING gist (point(longitude * 0.683, latitude)) WHERE status = 'ACTIVE' AND latitude IS NOT NULL;
CREATE INDEX merchant_active_by_name ON merchant (trading_name, id) WHERE status = 'ACTIVE';
