-- The run's summary.json as one row: records read, accepted, rejected (by reason), mentions, actors, pairs.
-- Parameters: output
select *
from read_json($output || '/summary.json')
