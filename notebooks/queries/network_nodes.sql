-- Nodes of the co-mention network: the top actors by mentions between two dates (inclusive).
-- Parameters: output, start, end, top
select actor_id, max(actor) as actor, max(actor_type) as actor_type, sum(mentions) as mentions
from read_parquet($output || '/actor_daily/**/*.parquet', hive_partitioning = true)
where date between cast($start as date) and cast($end as date)
group by actor_id
order by mentions desc, actor
limit $top
