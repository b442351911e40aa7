package org.newsgraph.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.avro.generic.GenericRecord;
import org.newsgraph.io.Reject;
import org.newsgraph.output.CountRejects;
import org.newsgraph.output.Tables;

/** What the report shows, read from a run's output folder: totals, top actors and pairs, rejects. */
public final class ReportData {
  /** Above this many dates with articles, the time chart counts by week instead of by day. */
  static final int MAX_DAILY_POINTS = 90;

  public static final class Actor {
    public final String id;
    public String name;
    public String type;
    public long mentions;
    public long articles;

    Actor(String id) {
      this.id = id;
    }
  }

  public static final class Pair {
    public final String idA;
    public final String idB;
    public String nameA;
    public String nameB;
    public long sentences;
    public long articles;

    Pair(String idA, String idB) {
      this.idA = idA;
      this.idB = idB;
    }
  }

  public final Path output;
  /** summary.json, or null when the run wrote none. */
  public final JsonNode summary;
  /** Rows of each table (from the Parquet footers). */
  public final Map<String, Long> rows = new LinkedHashMap<>();
  /** Accepted articles per date. */
  public final TreeMap<String, Long> articlesPerDate = new TreeMap<>();
  /** Actors by mentions, most first (all of them). */
  public final List<Actor> actors;
  /** Pairs by shared sentences, most first (all of them). */
  public final List<Pair> pairs;
  /** Rejected records by reason, as summary.json groups them, most first. */
  public final Map<String, Long> rejectsByReason;
  /** Time buckets of the chart: dates, or Mondays of weeks. */
  public final List<String> buckets;
  public final boolean weekly;
  /** Mentions per bucket of the top actors (same order as {@link #actors}). */
  public final Map<String, long[]> series = new LinkedHashMap<>();

  private ReportData(Path output, int topSeries) throws IOException {
    this.output = output;
    Path summaryFile = output.resolve(Tables.SUMMARY);
    summary = Files.isRegularFile(summaryFile) ? new ObjectMapper().readTree(summaryFile.toFile()) : null;

    for (String table : List.of(Tables.ARTICLES, Tables.MENTIONS, Tables.ACTOR_DAILY, Tables.COMENTION_DAILY, Tables.REJECTS)) {
      Path dir = output.resolve(table);
      long n = 0;
      for (Path file : OutputTables.files(dir)) {
        long count = OutputTables.rowCount(file);
        n += count;
        String date = OutputTables.dateOf(dir.relativize(file));
        if (table.equals(Tables.ARTICLES) && date != null && count > 0) {
          articlesPerDate.merge(date, count, Long::sum);
        }
      }
      rows.put(table, n);
    }

    Map<String, Actor> byId = new HashMap<>();
    OutputTables.read(output.resolve(Tables.ACTOR_DAILY), (r, date) -> {
      Actor a = byId.computeIfAbsent(text(r, "actor_id"), Actor::new);
      a.name = text(r, "actor");
      a.type = text(r, "actor_type");
      a.mentions += number(r, "mentions");
      a.articles += number(r, "articles");
    });
    actors = new ArrayList<>(byId.values());
    actors.sort(Comparator.<Actor>comparingLong(a -> -a.mentions).thenComparing(a -> a.name).thenComparing(a -> a.id));

    Map<String, Pair> byPair = new HashMap<>();
    OutputTables.read(output.resolve(Tables.COMENTION_DAILY), (r, date) -> {
      String a = text(r, "actor_id_a");
      String b = text(r, "actor_id_b");
      Pair p = byPair.computeIfAbsent(a + "\u0000" + b, k -> new Pair(a, b));
      p.nameA = text(r, "actor_a");
      p.nameB = text(r, "actor_b");
      p.sentences += number(r, "sentences");
      p.articles += number(r, "articles");
    });
    pairs = new ArrayList<>(byPair.values());
    pairs.sort(Comparator.<Pair>comparingLong(p -> -p.sentences)
        .thenComparing(p -> p.nameA).thenComparing(p -> p.nameB).thenComparing(p -> p.idA + p.idB));

    Map<String, Long> reasons = new HashMap<>();
    OutputTables.read(output.resolve(Tables.REJECTS), (r, date) -> {
      Reject j = new Reject(text(r, "input"), text(r, "position"), text(r, "stage"), text(r, "reason"));
      reasons.merge(CountRejects.reasonKey(j), 1L, Long::sum);
    });
    rejectsByReason = new LinkedHashMap<>();
    reasons.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> rejectsByReason.put(e.getKey(), e.getValue()));

    // the time chart: the dates that have articles (or actor rows), by day or by week
    Set<String> dates = new TreeSet<>(articlesPerDate.keySet());
    Map<String, Map<String, Long>> daily = new HashMap<>();
    List<Actor> top = actors.subList(0, Math.min(topSeries, actors.size()));
    for (Actor a : top) {
      daily.put(a.id, new HashMap<>());
    }
    OutputTables.read(output.resolve(Tables.ACTOR_DAILY), (r, date) -> {
      if (date == null) {
        return;
      }
      dates.add(date);
      Map<String, Long> d = daily.get(text(r, "actor_id"));
      if (d != null) {
        d.merge(date, number(r, "mentions"), Long::sum);
      }
    });
    weekly = dates.size() > MAX_DAILY_POINTS;
    TreeSet<String> bucketSet = new TreeSet<>();
    for (String d : dates) {
      bucketSet.add(bucket(d));
    }
    buckets = List.copyOf(bucketSet);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < buckets.size(); i++) {
      index.put(buckets.get(i), i);
    }
    for (Actor a : top) {
      long[] values = new long[buckets.size()];
      daily.get(a.id).forEach((date, n) -> values[index.get(bucket(date))] += n);
      series.put(a.id, values);
    }
  }

  public static ReportData load(Path output, int topSeries) throws IOException {
    return new ReportData(output, topSeries);
  }

  private String bucket(String date) {
    if (!weekly) {
      return date;
    }
    try {
      return LocalDate.parse(date).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
    } catch (RuntimeException e) {
      return date;
    }
  }

  /** Whether two neighbouring buckets are further apart than one day (or week). */
  public boolean hasGaps() {
    for (int i = 1; i < buckets.size(); i++) {
      try {
        LocalDate a = LocalDate.parse(buckets.get(i - 1));
        LocalDate b = LocalDate.parse(buckets.get(i));
        if (a.plusDays(weekly ? 7 : 1).isBefore(b)) {
          return true;
        }
      } catch (RuntimeException e) {
        return true;
      }
    }
    return false;
  }

  public Actor actor(String id) {
    return actors.stream().filter(a -> a.id.equals(id)).findFirst().orElseThrow();
  }

  /** Pairs among the given actors. */
  public List<Pair> pairsAmong(Set<String> ids) {
    return pairs.stream().filter(p -> ids.contains(p.idA) && ids.contains(p.idB)).toList();
  }

  static String text(GenericRecord r, String field) {
    Object v = r.get(field);
    return v == null ? null : v.toString();
  }

  static long number(GenericRecord r, String field) {
    Object v = r.get(field);
    return v == null ? 0 : ((Number) v).longValue();
  }
}
