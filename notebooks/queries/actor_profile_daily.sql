-- One actor (by name or actor_id) day by day over the whole run: mentions, articles and sources,
-- every day present.
-- Parameters: output, actor
with daily as (
  select date, sum(mentions) as mentions, sum(articles) as articles, sum(sources) as sources
  from read_parquet($output || '/actor_daily/**/*.parquet', hive_partitioning = true)
  where actor = $actor or actor_id = $actor
  group by date
),
calendar as (
  select cast(unnest(generate_series(min(date), max(date), interval 1 day)) as date) as date
  from read_parquet($output || '/articles/**/*.parquet', hive_partitioning = true)
)
select c.date, coalesce(d.mentions, 0) as mentions, coalesce(d.articles, 0) as articles, coalesce(d.sources, 0) as sources
from calendar c
left join daily d on d.date = c.date
order by c.date
