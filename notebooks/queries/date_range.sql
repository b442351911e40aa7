-- First and last article date of the run, days with articles, and articles accepted.
-- Parameters: output
select
  min(date) as first_date,
  max(date) as last_date,
  count(distinct date) as days_with_articles,
  count(*) as articles
from read_parquet($output || '/articles/**/*.parquet', hive_partitioning = true)
