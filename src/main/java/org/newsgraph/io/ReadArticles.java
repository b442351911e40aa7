package org.newsgraph.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Reads articles from files, directories (walked recursively) and globs, one copy of each text:
 * matches them, spreads the files over workers, then
 *
 * <ol>
 *   <li>{@code ReadRefs}: a cheap first pass that emits only where each article is ({@link
 *       ArticleRef}: id, input, position; no text);
 *   <li>{@code DropDuplicates}: decides on those which copies are not kept (a small side input);
 *   <li>{@code ReadFiles}: the real read, streaming each file through {@link ArticleReader}; a
 *       copy that is not kept becomes a {@code dedup} reject instead of an article. It reads a
 *       file in pieces of records when the runner asks for it ({@link ReadFileFn}), so one large
 *       file still leaves in many bundles.
 * </ol>
 *
 * <p>So no step holds the article texts to deduplicate them: what waits for the side input is the
 * list of files. Outputs {@link #ARTICLES}, {@link #REJECTS} (read, parse and date rejects) and
 * {@link #DUPLICATES} (dedup rejects); counters {@code newsgraph/files_read}, {@code records_read}
 * (= articles + read rejects + duplicates), {@code read_rejects} and {@code duplicates}.
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final String NAMESPACE = "newsgraph";
  public static final TupleTag<Article> ARTICLES = new TupleTag<Article>("articles") {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>("rejects") {};
  public static final TupleTag<Reject> DUPLICATES = new TupleTag<Reject>("duplicates") {};

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
    PCollection<FileIO.ReadableFile> opened =
        files.apply("Open", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED));
    PCollectionView<Map<String, String>> duplicates =
        opened
            .apply("ReadRefs", ParDo.of(new ReadRefsFn(maxArticleChars)))
            .setCoder(SchemaCoders.of(begin.getPipeline(), ArticleRef.class))
            .apply("DropDuplicates", new DropDuplicates());
    PCollectionTuple out =
        opened.apply("ReadFiles",
            ParDo.of(new ReadFileFn(maxArticleChars, duplicates))
                .withSideInputs(duplicates)
                .withOutputTags(ARTICLES, TupleTagList.of(REJECTS).and(DUPLICATES)));

    out.get(ARTICLES).setCoder(SchemaCoders.of(begin.getPipeline(), Article.class));
    out.get(REJECTS).setCoder(SchemaCoders.of(begin.getPipeline(), Reject.class));
    out.get(DUPLICATES).setCoder(SchemaCoders.of(begin.getPipeline(), Reject.class));
    return out;
  }
}
