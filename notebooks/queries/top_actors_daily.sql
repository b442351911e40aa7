-- Daily mentions of the top actors between two dates (inclusive), every day present (0 when an
-- actor is not mentioned), with the 7-day rolling mean (the day and the 6 before it).
-- Parameters: output, start, end, top
with daily as (
  select date, actor_id, actor, mentions
  from read_parquet($output || '/actor_daily/**/*.parquet', hive_partitioning = true)
  where date between cast($start as date) and cast($end as date)
),
top as (
  select actor_id, max(actor) as actor, sum(mentions) as total
  from daily
  group by actor_id
  order by total desc, actor
  limit $top
),
calendar as (
  select cast(unnest(generate_series(cast($start as date), cast($end as date), interval 1 day)) as date) as date
),
filled as (
  select c.date, t.actor, t.total, coalesce(d.mentions, 0) as mentions
  from calendar c
  cross join top t
  left join daily d on d.date = c.date and d.actor_id = t.actor_id
)
select
  date,
  actor,
  mentions,
  avg(mentions) over (partition by actor order by date rows between 6 preceding and current row) as rolling_7d
from filled
order by total desc, actor, date
