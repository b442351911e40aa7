-- Edges of the co-mention network: sentences shared by two of the top actors between two dates
-- (the same top actors as network_nodes.sql).
-- Parameters: output, start, end, top
with top as (
  select actor_id, max(actor) as actor, sum(mentions) as mentions
  from read_parquet($output || '/actor_daily/**/*.parquet', hive_partitioning = true)
  where date between cast($start as date) and cast($end as date)
  group by actor_id
  order by mentions desc, actor
  limit $top
)
select
  max(c.actor_a) as actor_a,
  max(c.actor_b) as actor_b,
  sum(c.sentences) as shared_sentences,
  sum(c.articles) as shared_articles,
  c.actor_id_a,
  c.actor_id_b
from read_parquet($output || '/comention_daily/**/*.parquet', hive_partitioning = true) c
where c.date between cast($start as date) and cast($end as date)
  and c.actor_id_a in (select actor_id from top)
  and c.actor_id_b in (select actor_id from top)
group by c.actor_id_a, c.actor_id_b
order by shared_sentences desc, actor_a, actor_b
