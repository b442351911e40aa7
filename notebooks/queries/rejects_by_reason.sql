-- Records set aside, grouped the way summary.json's rejected_by_reason counts them:
-- language=xx, duplicate, or "stage: reason" with its details cut and numbers written N.
-- Parameters: output
select
  case
    when reason like 'language=%' then reason
    when reason like 'duplicate of%' then 'duplicate'
    else stage || ': ' || regexp_replace(trim(split_part(reason, ':', 1)), '[0-9]+', 'N', 'g')
  end as reason,
  count(*) as records,
  min(input || ' @ ' || position) as example
from read_parquet($output || '/rejects/*.parquet')
group by all
order by records desc, reason
