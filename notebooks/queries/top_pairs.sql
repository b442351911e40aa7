-- The pairs of actors most often named in the same sentence over the whole run.
-- Parameters: output, top
select
  max(actor_a) as actor_a,
  max(actor_b) as actor_b,
  sum(sentences) as shared_sentences,
  sum(articles) as shared_articles,
  count(*) as days,
  actor_id_a,
  actor_id_b
from read_parquet($output || '/comention_daily/**/*.parquet', hive_partitioning = true)
group by actor_id_a, actor_id_b
order by shared_sentences desc, actor_a, actor_b
limit $top
