-- Sample mentions of one actor (by name or actor_id), newest first: the text as written, its
-- sentence number in the article, the other actors found in that sentence, and the article
-- (its title, or the input it came from when it has none), source and url. The tables do not
-- store sentence text.
-- Parameters: output, actor, top
with m as (
  select *
  from read_parquet($output || '/mentions/**/*.parquet', hive_partitioning = true)
),
mine as (
  select * from m where actor = $actor or actor_id = $actor
),
others as (
  select o.article_id, o.sentence, array_to_string(list_sort(list_distinct(list(o.actor))), ', ') as others, o2.actor_id
  from m o
  join mine o2 on o2.article_id = o.article_id and o2.sentence = o.sentence and o2.actor_id <> o.actor_id
  group by o.article_id, o.sentence, o2.actor_id
),
articles as (
  select article_id, coalesce(title, input || ' @ ' || position) as article, source, url
  from read_parquet($output || '/articles/**/*.parquet', hive_partitioning = true)
)
select
  mine.date,
  a.article,
  mine.sentence,
  mine.text as mention,
  mine.kind,
  coalesce(x.others, '') as also_in_sentence,
  a.source,
  a.url,
  mine.article_id
from mine
join articles a on a.article_id = mine.article_id
left join others x on x.article_id = mine.article_id and x.sentence = mine.sentence and x.actor_id = mine.actor_id
order by mine.date desc, mine.article_id, mine.sentence, mine.begin
limit $top
