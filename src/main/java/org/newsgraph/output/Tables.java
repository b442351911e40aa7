package org.newsgraph.output;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.newsgraph.actors.Mention;
import org.newsgraph.aggregate.ActorDaily;
import org.newsgraph.aggregate.CoMentionDaily;
import org.newsgraph.io.Reject;
import org.newsgraph.nlp.ArticleRecord;

/**
 * The output contract: table names, their Parquet (Avro) schemas and how a domain row becomes a
 * record. Daily tables leave {@code date} out of the files: it is the Hive partition directory.
 */
public final class Tables {
  private Tables() {}

  public static final String ARTICLES = "articles";
  public static final String MENTIONS = "mentions";
  public static final String ACTOR_DAILY = "actor_daily";
  public static final String COMENTION_DAILY = "comention_daily";
  public static final String REJECTS = "rejects";
  public static final String SUMMARY = "summary.json";

  /** The tables partitioned by date. */
  public static final List<String> DAILY = List.of(ARTICLES, MENTIONS, ACTOR_DAILY, COMENTION_DAILY);

  public static final Schema ARTICLE_SCHEMA =
      SchemaBuilder.record("article").namespace("org.newsgraph").fields()
          .requiredString("article_id")
          .optionalString("source")
          .optionalString("place")
          .optionalString("title")
          .optionalString("url")
          .requiredString("input")
          .requiredString("position")
          .requiredString("language")
          .requiredInt("sentences")
          .requiredInt("tokens")
          .endRecord();

  public static final Schema MENTION_SCHEMA =
      SchemaBuilder.record("mention").namespace("org.newsgraph").fields()
          .requiredString("article_id")
          .requiredString("actor_id")
          .requiredString("actor")
          .requiredString("actor_type")
          .requiredString("kind")
          .requiredString("text")
          .requiredInt("sentence")
          .requiredInt("begin")
          .requiredInt("end")
          .endRecord();

  public static final Schema ACTOR_DAILY_SCHEMA =
      SchemaBuilder.record("actor_daily").namespace("org.newsgraph").fields()
          .requiredString("actor_id")
          .requiredString("actor")
          .requiredString("actor_type")
          .requiredLong("mentions")
          .requiredLong("articles")
          .requiredLong("sources")
          .endRecord();

  public static final Schema COMENTION_DAILY_SCHEMA =
      SchemaBuilder.record("comention_daily").namespace("org.newsgraph").fields()
          .requiredString("actor_id_a")
          .requiredString("actor_a")
          .requiredString("actor_id_b")
          .requiredString("actor_b")
          .requiredLong("sentences")
          .requiredLong("articles")
          .endRecord();

  public static final Schema REJECT_SCHEMA =
      SchemaBuilder.record("reject").namespace("org.newsgraph").fields()
          .requiredString("input")
          .requiredString("position")
          .requiredString("stage")
          .requiredString("reason")
          .endRecord();

  static GenericRecord article(ArticleRecord a) {
    GenericRecord r = new GenericData.Record(ARTICLE_SCHEMA);
    r.put("article_id", a.articleId);
    r.put("source", a.source);
    r.put("place", a.place);
    r.put("title", a.title);
    r.put("url", a.url);
    r.put("input", a.input);
    r.put("position", a.position);
    r.put("language", a.language);
    r.put("sentences", a.sentences);
    r.put("tokens", a.tokens);
    return r;
  }

  static GenericRecord mention(Mention m) {
    GenericRecord r = new GenericData.Record(MENTION_SCHEMA);
    r.put("article_id", m.articleId);
    r.put("actor_id", m.actorId);
    r.put("actor", m.actor);
    r.put("actor_type", m.actorType);
    r.put("kind", m.kind);
    r.put("text", m.text);
    r.put("sentence", m.sentence);
    r.put("begin", m.begin);
    r.put("end", m.end);
    return r;
  }

  static GenericRecord actorDaily(ActorDaily d) {
    GenericRecord r = new GenericData.Record(ACTOR_DAILY_SCHEMA);
    r.put("actor_id", d.actorId);
    r.put("actor", d.actor);
    r.put("actor_type", d.actorType);
    r.put("mentions", d.mentions);
    r.put("articles", d.articles);
    r.put("sources", d.sources);
    return r;
  }

  static GenericRecord coMentionDaily(CoMentionDaily d) {
    GenericRecord r = new GenericData.Record(COMENTION_DAILY_SCHEMA);
    r.put("actor_id_a", d.actorIdA);
    r.put("actor_a", d.actorA);
    r.put("actor_id_b", d.actorIdB);
    r.put("actor_b", d.actorB);
    r.put("sentences", d.sentences);
    r.put("articles", d.articles);
    return r;
  }

  static GenericRecord reject(Reject j) {
    GenericRecord r = new GenericData.Record(REJECT_SCHEMA);
    r.put("input", j.input);
    r.put("position", j.position);
    r.put("stage", j.stage);
    r.put("reason", j.reason);
    return r;
  }
}
