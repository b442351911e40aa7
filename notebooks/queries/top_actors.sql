-- The actors with the most mentions over the whole run (adjectival mentions are not counted).
-- Parameters: output, top
select
  max(actor) as actor,
  actor_id,
  max(actor_type) as actor_type,
  sum(mentions) as mentions,
  sum(articles) as articles,
  count(*) as days,
  min(date) as first_date,
  max(date) as last_date
from read_parquet($output || '/actor_daily/**/*.parquet', hive_partitioning = true)
group by actor_id
order by mentions desc, actor
limit $top
