package org.newsgraph.ner;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextAnalyzer;

/**
 * {@code tag --format=conll --input=IN [--output=OUT] [--model=MODEL]}: IN has one token per line
 * (the token is the first whitespace-separated column; other columns are ignored), blank lines
 * between sentences. OUT has exactly one line per line of IN: {@code token<TAB>TAG} (IOB2 over
 * PER / ORG / LOC, or O) for each token line and an empty line for each blank line.
 * A {@code -DOCSTART-} line is echoed as {@code -DOCSTART-<TAB>O} and starts a new document
 * (adaptive data and document consistency are reset there); without such lines the whole input is one document.
 *
 * <p>{@code tag --format=text --input=FILE|DIR [--lines] [--output=OUT]}: raw text, one article per
 * file (or per line with {@code --lines}); prints {@code article<TAB>begin<TAB>end<TAB>TYPE<TAB>text}
 * per name, offsets in chars of the article ({@code end} exclusive).
 *
 * <p>{@code --output=-} or no output: stdout. {@code --jit=auto|c1|c2}: which compilers the JVM tags with
 * ({@link ShortRunJit}; {@code auto}, the default, leaves C2 out for inputs under 8 MB on one processor, 2 MB on
 * several).
 */
public final class TagCommand {
  private TagCommand() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String[] argv) {
    Args a = Args.parse(argv);
    String format = a.get("format", "conll");
    if (a.get("input") == null || !(format.equals("conll") || format.equals("text"))) {
      System.err.println(
          "usage: tag --format=conll|text --input=IN [--output=OUT] [--model=MODEL] [--lines] [--jit=auto|c1|c2]");
      return 2;
    }
    Path in = Path.of(a.get("input"));
    if (!Files.exists(in)) {
      System.err.println("tag: no input " + in);
      return 2;
    }
    String jit;
    try {
      jit = ShortRunJit.apply(a.get("jit", "auto"), in);
    } catch (IllegalArgumentException e) {
      System.err.println("tag: " + e.getMessage());
      return 2;
    }
    String outName = a.get("output", "-");
    try (Writer w = outName.equals("-")
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
        : Files.newBufferedWriter(Path.of(outName), StandardCharsets.UTF_8)) {
      TokenNameFinderModel model = NerModels.shippedOr(a.has("model") ? Path.of(a.get("model")) : null);
      EntityTagger tagger = new EntityTagger(model, !a.has("no-consistency"));
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long t0 = System.nanoTime();
      long c0 = mx.getCurrentThreadCpuTime();
      long tokens = format.equals("conll") ? tagConll(in, w, tagger) : tagText(in, a.has("lines"), w, tagger);
      w.flush();
      double s = (System.nanoTime() - t0) / 1e9;
      double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
      if (a.has("stats")) {
        // model load excluded; cpu = this thread's CPU time (one core), robust to other load on the machine
        System.err.printf("tag: %d tokens in %.2f s wall (%.0f tokens/s), %.2f s cpu (%.0f tokens/s on one core); %s%n",
            tokens, s, tokens / s, cpu, tokens / cpu, jit);
      }
      return 0;
    } catch (IOException e) {
      System.err.println("tag: " + e);
      return 1;
    }
  }

  /** Tags a CoNLL-style file; returns the number of tokens. */
  static long tagConll(Path in, Writer w, EntityTagger tagger) throws IOException {
    List<String> lines = Files.readAllLines(in, StandardCharsets.UTF_8);
    long tokens = 0;
    int docStart = 0;
    for (int i = 0; i <= lines.size(); i++) {
      if (i == lines.size() || isDocStart(lines.get(i))) {
        tokens += tagDocument(lines, docStart, i, w, tagger);
        if (i < lines.size()) {
          w.write("-DOCSTART-\tO\n");
        }
        docStart = i + 1;
      }
    }
    return tokens;
  }

  private static boolean isDocStart(String line) {
    return line.strip().startsWith("-DOCSTART-");
  }

  static String token(String line) {
    String t = line.strip();
    int ws = 0;
    while (ws < t.length() && !Character.isWhitespace(t.charAt(ws))) {
      ws++;
    }
    return t.substring(0, ws);
  }

  private static long tagDocument(List<String> lines, int from, int to, Writer w, EntityTagger tagger) throws IOException {
    List<String[]> sentences = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        if (!cur.isEmpty()) {
          sentences.add(cur.toArray(new String[0]));
          cur.clear();
        }
      } else {
        cur.add(token(line));
      }
    }
    if (!cur.isEmpty()) {
      sentences.add(cur.toArray(new String[0]));
    }
    List<Span[]> spans = sentences.isEmpty() ? List.of() : tagger.tagTokens(sentences);
    int si = 0;
    int ti = 0;
    String[] tags = null;
    long n = 0;
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        w.write('\n');
        if (tags != null && ti > 0) {
          si++;
          ti = 0;
          tags = null;
        }
        continue;
      }
      if (tags == null) {
        tags = IobTags.fromSpans(spans.get(si), sentences.get(si).length);
      }
      w.write(sentences.get(si)[ti]);
      w.write('\t');
      w.write(tags[ti]);
      w.write('\n');
      ti++;
      n++;
    }
    return n;
  }

  static long tagText(Path in, boolean perLine, Writer w, EntityTagger tagger) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(in)) {
      try (Stream<Path> s = Files.list(in)) {
        files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
      }
    } else {
      files.add(in);
    }
    TextAnalyzer analyzer = new TextAnalyzer();
    PrintWriter out = new PrintWriter(w);
    long tokens = 0;
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      List<String> articles = perLine ? text.lines().collect(Collectors.toList()) : List.of(text);
      for (int ai = 0; ai < articles.size(); ai++) {
        String article = articles.get(ai);
        if (article.isBlank()) {
          continue;
        }
        String id = perLine ? f.getFileName() + ":" + (ai + 1) : f.getFileName().toString();
        List<Sentence> sentences = analyzer.analyze(article);
        for (Sentence s : sentences) {
          tokens += s.size();
        }
        for (NameSpan ns : tagger.tag(sentences)) {
          Sentence s = sentences.get(ns.sentence);
          int b = s.tokenBegins[ns.start];
          int e = s.tokenEnds[ns.end - 1];
          out.printf("%s\t%d\t%d\t%s\t%s%n", id, b, e, shortType(ns), article.substring(b, e).replaceAll("\\s+", " "));
        }
      }
    }
    out.flush();
    return tokens;
  }

  private static String shortType(NameSpan ns) {
    switch (ns.type) {
      case PERSON:
        return "PER";
      case ORGANIZATION:
        return "ORG";
      default:
        return "LOC";
    }
  }
}
