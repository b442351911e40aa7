package org.newsgraph;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Options of {@code run}; every other Beam option (runner, parallelism, ...) works alongside. */
public interface NewsgraphOptions extends PipelineOptions {
  @Description(
      "Articles to read: a file, a directory (walked), or a glob; several separated by commas. "
          + "Seed .txt, .jsonl/.ndjson/.json, .csv, and those inside .gz, .zip, .tar.gz/.tgz.")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description("Directory for the Parquet tables and summary.json (created if missing).")
  @Default.String("out")
  String getOutput();

  void setOutput(String value);

  @Description(
      "Extra actor dictionary files (JSON Lines, same format as the shipped one), comma-separated; "
          + "they extend the shipped dictionary, and an entry with the same id replaces it.")
  @Default.String("")
  String getActors();

  void setActors(String value);

  @Description("Use only the --actors files, not the shipped dictionary.")
  @Default.Boolean(false)
  boolean getReplaceActors();

  void setReplaceActors(boolean value);

  @Description(
      "Name-finder model: empty for the model shipped in the jar, a path to another OpenNLP "
          + "TokenNameFinderModel, or 'none' to find actors with the dictionary alone.")
  @Default.String("")
  String getNerModel();

  void setNerModel(String value);

  @Description("Languages to keep (ISO 639-1 codes, comma-separated); others go to rejects.")
  @Default.String("en")
  String getLanguages();

  void setLanguages(String value);

  @Description("Articles longer than this many characters are rejected.")
  @Default.Integer(1_000_000)
  int getMaxArticleChars();

  void setMaxArticleChars(int value);

  @Description(
      "Parquet files per date partition of each daily table; 0 (default): one file per date, "
          + "written from a few groups of dates (cheaper than FileIO's shuffle per date and shard).")
  @Default.Integer(0)
  int getShardsPerDate();

  void setShardsPerDate(int value);

  @Description("Print progress (files, articles, articles/s) while the job runs.")
  @Default.Boolean(true)
  boolean getProgress();

  void setProgress(boolean value);

  @Description("At the end of the run, also write report.html (charts of the tables) into --output.")
  @Default.Boolean(false)
  boolean getReport();

  void setReport(boolean value);
}
