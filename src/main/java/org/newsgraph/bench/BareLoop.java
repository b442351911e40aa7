package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newsgraph.actors.ActorDictionary;
import org.newsgraph.actors.Mention;
import org.newsgraph.actors.MentionFinder;
import org.newsgraph.io.Article;
import org.newsgraph.io.ArticleReader;
import org.newsgraph.io.ArticleSink;
import org.newsgraph.io.Reject;
import org.newsgraph.ner.EntityTagger;
import org.newsgraph.ner.NerModels;
import org.newsgraph.nlp.CheckLanguage;
import org.newsgraph.nlp.LanguageDetector;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextAnalyzer;

/**
 * The job's language work without Beam, for {@code pipelines/bench.sh}: the same models, language
 * check, {@link TextAnalyzer}, name finder (unless {@code --nerModel=none}) and {@link
 * MentionFinder} over the same articles, in a plain loop on {@code --threads} threads (default 2).
 * The articles are read into memory first (timed apart); {@code seconds} covers loading the models
 * and the loop, as the job's wall time does. Prints one JSON line.
 *
 * <pre>java -cp target/newsgraph.jar org.newsgraph.bench.BareLoop --input=FILE [--threads=2] [--nerModel=none]</pre>
 */
public final class BareLoop {
  private BareLoop() {}

  public static void main(String[] args) throws Exception {
    String input = null;
    int threads = 2;
    String nerModel = "";
    for (String a : args) {
      if (a.startsWith("--input=")) {
        input = a.substring("--input=".length());
      } else if (a.startsWith("--threads=")) {
        threads = Integer.parseInt(a.substring("--threads=".length()));
      } else if (a.startsWith("--nerModel=")) {
        nerModel = a.substring("--nerModel=".length());
      } else {
        System.err.println("usage: BareLoop --input=FILE [--threads=2] [--nerModel=none|PATH]");
        System.exit(2);
      }
    }
    if (input == null) {
      System.err.println("usage: BareLoop --input=FILE [--threads=2] [--nerModel=none|PATH]");
      System.exit(2);
    }

    long readStart = System.nanoTime();
    List<Article> articles = new ArrayList<>();
    try (InputStream in = Files.newInputStream(Path.of(input))) {
      ArticleReader.read(
          input,
          in,
          new ArticleSink() {
            @Override
            public void article(Article article) {
              articles.add(article);
            }

            @Override
            public void reject(Reject reject) {}
          });
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + input, e);
    }
    double readSeconds = (System.nanoTime() - readStart) / 1e9;

    long start = System.nanoTime();
    String model = nerModel;
    TokenNameFinderModel ner =
        "none".equals(model) ? null : model.isEmpty() ? NerModels.shipped() : NerModels.load(Path.of(model));
    MentionFinder finder = new MentionFinder(ActorDictionary.load(List.of(), false));
    NlpModels.languages();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      results.add(
          pool.submit(
              () -> {
                LanguageDetector detector = NlpModels.languageDetector();
                TextAnalyzer analyzer = new TextAnalyzer();
                EntityTagger tagger = ner == null ? null : new EntityTagger(ner);
                long[] counts = new long[3]; // accepted, tokens, mentions
                for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                  Article a = articles.get(i);
                  if (!"en".equals(CheckLanguage.detect(detector, a.text))) {
                    continue;
                  }
                  List<Sentence> sentences = analyzer.analyze(a.text);
                  List<NameSpan> names = tagger == null ? List.of() : tagger.tag(sentences);
                  List<Mention> found = finder.find(a.articleId, a.date, a.text, sentences, names);
                  counts[0]++;
                  for (Sentence s : sentences) {
                    counts[1] += s.size();
                  }
                  counts[2] += found.size();
                }
                return counts;
              }));
    }
    long accepted = 0;
    long tokens = 0;
    long mentions = 0;
    for (Future<long[]> f : results) {
      long[] c = f.get();
      accepted += c[0];
      tokens += c[1];
      mentions += c[2];
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.println(
        String.format(
            Locale.ROOT,
            "{\"articles\": %d, \"accepted\": %d, \"tokens\": %d, \"mentions\": %d, \"threads\": %d,"
                + " \"read_seconds\": %.3f, \"seconds\": %.3f}",
            articles.size(), accepted, tokens, mentions, threads, readSeconds, seconds));
  }
}
