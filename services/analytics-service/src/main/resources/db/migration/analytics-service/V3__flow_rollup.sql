-- analytics-service: the holder's home city moves out of the spending rollup into a rollup of its own,
-- read only for flows from home cities: with it, spending had a row per home city in every cell (several
-- times the rows every other measure reads). Every day is named so the refresher recomputes both (until
-- then the old rows still add up: the measures sum and merge whatever rows a cell has).

CREATE TABLE rollup_flow_day (LIKE rollup_spend_day);
CREATE INDEX rollup_flow_day_day ON rollup_flow_day (day);
CREATE TABLE rollup_flow_month (LIKE rollup_spend_month);
CREATE INDEX rollup_flow_month_day ON rollup_flow_month (day);

ALTER TABLE rollup_spend_day DROP COLUMN home_city;
ALTER TABLE rollup_spend_month DROP COLUMN home_city;

INSERT INTO rollup_dirty (day) SELECT DISTINCT day FROM rollup_spend_day;
