package org.newsgraph.io;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Reads articles from files, directories (walked recursively) and globs: matches them, spreads
 * the files over workers, and streams each through {@link ArticleReader}. Outputs {@link
 * #ARTICLES} and {@link #REJECTS}; counters {@code newsgraph/files_read}, {@code records_read}
 * (= articles + read rejects) and {@code read_rejects}.
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final String NAMESPACE = "newsgraph";
  public static final TupleTag<Article> ARTICLES = new TupleTag<Article>("articles") {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>("rejects") {};

  private final List<String> patterns;
  private final int maxArticleChars;

  private ReadArticles(List<String> patterns, int maxArticleChars) {
    this.patterns = patterns;
    this.maxArticleChars = maxArticleChars;
  }

  /** Files, directories or globs (as from {@link InputFiles#expand}). */
  public static ReadArticles from(List<String> patterns) {
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("no input patterns");
    }
    return new ReadArticles(new ArrayList<>(patterns), ArticleReader.DEFAULT_MAX_ARTICLE_CHARS);
  }

  /** Articles longer than this (in chars) become rejects; default 1,000,000. */
  public ReadArticles withMaxArticleChars(int maxArticleChars) {
    if (maxArticleChars < 1) {
      throw new IllegalArgumentException("maxArticleChars must be positive: " + maxArticleChars);
    }
    return new ReadArticles(patterns, maxArticleChars);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    List<String> normalized = new ArrayList<>();
    for (String p : patterns) {
      normalized.add(InputFiles.normalize(p));
    }
    PCollection<MatchResult.Metadata> files =
        begin
            .apply("Patterns", Create.of(normalized).withCoder(StringUtf8Coder.of()))
            .apply("Match", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW_IF_WILDCARD))
            // Overlapping patterns ("dir" and "dir/a.txt") must not read a file twice.
            .apply("OncePerFile",
                Distinct.withRepresentativeValueFn((MatchResult.Metadata m) -> m.resourceId().toString())
                    .withRepresentativeType(TypeDescriptors.strings()))
            // Matching yields few elements on one worker; spread the files before the heavy read.
            .apply("SpreadFiles", Reshuffle.viaRandomKey());
    PCollectionTuple out =
        files
            .apply("Open", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED))
            .apply("ReadFiles",
                ParDo.of(new ReadFileFn(maxArticleChars)).withOutputTags(ARTICLES, TupleTagList.of(REJECTS)));

    out.get(ARTICLES).setCoder(SchemaCoders.of(begin.getPipeline(), Article.class));
    out.get(REJECTS).setCoder(SchemaCoders.of(begin.getPipeline(), Reject.class));
    return out;
  }
}
