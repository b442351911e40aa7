import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Tags a CoNLL file as newsgraph's {@code tag --format=conll} does (token in the first column, blank
 * lines between sentences, {@code -DOCSTART-} between documents; out: {@code token<TAB>IOB2}), with
 * Stanford CoreNLP, so that {@code newsgraph eval --input=GOLD --predicted=OUT} scores both the same way.
 *
 * <p>{@code crf}: the 3-class CRF alone ({@code english.all.3class.distsim}), one sentence at a time.
 * {@code pipeline}: CoreNLP's default NER annotator (tokenize, ssplit, pos, lemma, ner: the three CRFs,
 * the rules and the fine-grained place types) over each document, its tokens and sentences as given;
 * CITY, STATE_OR_PROVINCE and COUNTRY count as LOC, as LOCATION does. CoreNLP tags IO, so two names of a
 * type that touch come out as one, as CoreNLP users get them.
 *
 * <p>Usage: {@code CoreNlpReference crf|pipeline IN OUT}; prints tokens and seconds (model load excluded).
 */
public final class CoreNlpReference {
  private static final String CRF = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  public static void main(String[] args) throws Exception {
    if (args.length != 3 || !(args[0].equals("crf") || args[0].equals("pipeline"))) {
      System.err.println("usage: CoreNlpReference crf|pipeline IN.conll OUT.tsv");
      System.exit(2);
    }
    boolean pipeline = args[0].equals("pipeline");
    List<List<List<String>>> docs = read(Path.of(args[1]));
    CRFClassifier<CoreLabel> crf = pipeline ? null : CRFClassifier.getClassifier(CRF);
    StanfordCoreNLP nlp = pipeline ? newPipeline() : null;
    long t0 = System.nanoTime();
    long tokens = 0;
    try (PrintWriter out = new PrintWriter(new BufferedWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)))) {
      for (List<List<String>> doc : docs) {
        out.println("-DOCSTART-\tO");
        out.println();
        List<List<String>> types = pipeline ? pipelineTypes(nlp, doc) : crfTypes(crf, doc);
        for (int s = 0; s < doc.size(); s++) {
          String prev = "O";
          for (int i = 0; i < doc.get(s).size(); i++) {
            String ty = types.get(s).get(i);
            out.println(doc.get(s).get(i) + "\t" + (ty.equals("O") ? "O" : (ty.equals(prev) ? "I-" : "B-") + ty));
            prev = ty;
            tokens++;
          }
          out.println();
        }
      }
    }
    System.err.printf("%s: %d tokens in %.1f s (%.0f tokens/s)%n", args[0], tokens, (System.nanoTime() - t0) / 1e9,
        tokens / ((System.nanoTime() - t0) / 1e9));
  }

  private static StanfordCoreNLP newPipeline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.whitespace", "true");
    p.setProperty("ssplit.eolonly", "true");
    return new StanfordCoreNLP(p);
  }

  /** Documents of sentences of tokens; a file without -DOCSTART- is one document. */
  private static List<List<List<String>>> read(Path in) throws Exception {
    List<List<List<String>>> docs = new ArrayList<>();
    List<List<String>> doc = new ArrayList<>();
    List<String> sent = new ArrayList<>();
    for (String line : Files.readAllLines(in, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("-DOCSTART-")) {
        if (!sent.isEmpty()) {
          doc.add(sent);
          sent = new ArrayList<>();
        }
        if (line.startsWith("-DOCSTART-") && !doc.isEmpty()) {
          docs.add(doc);
          doc = new ArrayList<>();
        }
      } else {
        sent.add(line.trim().split("\\s+")[0]);
      }
    }
    if (!sent.isEmpty()) {
      doc.add(sent);
    }
    if (!doc.isEmpty()) {
      docs.add(doc);
    }
    return docs;
  }

  private static List<List<String>> crfTypes(CRFClassifier<CoreLabel> crf, List<List<String>> doc) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> sent : doc) {
      List<CoreLabel> labels = new ArrayList<>();
      for (String w : sent) {
        CoreLabel l = new CoreLabel();
        l.setWord(w);
        l.setValue(w);
        l.setOriginalText(w);
        labels.add(l);
      }
      List<String> types = new ArrayList<>();
      for (CoreLabel l : crf.classifySentence(labels)) {
        types.add(type(l.get(CoreAnnotations.AnswerAnnotation.class)));
      }
      out.add(types);
    }
    return out;
  }

  private static List<List<String>> pipelineTypes(StanfordCoreNLP nlp, List<List<String>> doc) {
    StringBuilder text = new StringBuilder();
    for (List<String> sent : doc) {
      text.append(String.join(" ", sent)).append('\n');
    }
    Annotation a = new Annotation(text.toString());
    nlp.annotate(a);
    List<List<String>> out = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<String> types = new ArrayList<>();
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        types.add(type(l.ner()));
      }
      out.add(types);
    }
    for (int i = 0; i < doc.size(); i++) {
      if (i >= out.size() || out.get(i).size() != doc.get(i).size()) {
        throw new IllegalStateException("CoreNLP did not keep the tokens of sentence " + (i + 1) + ": " + doc.get(i));
      }
    }
    return out;
  }

  private static String type(String coreNlp) {
    if (coreNlp == null) {
      return "O";
    }
    switch (coreNlp) {
      case "PERSON":
        return "PER";
      case "ORGANIZATION":
        return "ORG";
      case "LOCATION":
      case "CITY":
      case "STATE_OR_PROVINCE":
      case "COUNTRY":
        return "LOC";
      default:
        return "O";
    }
  }
}
