-- Actors rising fastest from one period to another (both inclusive): mentions per day in each,
-- ordered by the change in mentions per day. Only actors mentioned in the later period.
-- Parameters: output, before_start, before_end, after_start, after_end, top
with periods as (
  select
    cast($before_start as date) as b0, cast($before_end as date) as b1,
    cast($after_start as date) as a0, cast($after_end as date) as a1
),
counts as (
  select
    d.actor_id,
    max(d.actor) as actor,
    coalesce(sum(d.mentions) filter (where d.date between p.b0 and p.b1), 0) as before_mentions,
    coalesce(sum(d.mentions) filter (where d.date between p.a0 and p.a1), 0) as after_mentions
  from read_parquet($output || '/actor_daily/**/*.parquet', hive_partitioning = true) d, periods p
  group by d.actor_id
)
select
  c.actor,
  c.actor_id,
  c.before_mentions,
  c.after_mentions,
  round(c.before_mentions / (p.b1 - p.b0 + 1), 3) as before_per_day,
  round(c.after_mentions / (p.a1 - p.a0 + 1), 3) as after_per_day,
  round(c.after_mentions / (p.a1 - p.a0 + 1) - c.before_mentions / (p.b1 - p.b0 + 1), 3) as change_per_day
from counts c, periods p
where c.after_mentions > 0
order by change_per_day desc, c.actor
limit $top
