-- The actors most often named in the same sentence as one actor (by name or actor_id).
-- Parameters: output, actor, top
with pairs as (
  select actor_id_a as self_id, actor_a as self, actor_id_b as other_id, actor_b as other, sentences, articles
  from read_parquet($output || '/comention_daily/**/*.parquet', hive_partitioning = true)
  union all
  select actor_id_b, actor_b, actor_id_a, actor_a, sentences, articles
  from read_parquet($output || '/comention_daily/**/*.parquet', hive_partitioning = true)
)
select
  max(other) as actor,
  other_id as actor_id,
  sum(sentences) as shared_sentences,
  sum(articles) as shared_articles,
  count(*) as days
from pairs
where self = $actor or self_id = $actor
group by other_id
order by shared_sentences desc, actor
limit $top
