package org.newsgraph.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Labeled sentences grouped in documents, read from the corpora formats: CoNLL-style columns
 * (IOB2, IOB1 or IO tags, any type labels mapped to PER / ORG / LOC) and GUM CoNLL-U with
 * {@code Entity=} brackets.
 */
public final class NerCorpus {
  public static final String[] TYPES = {"PER", "ORG", "LOC"};

  /** One sentence: tokens and IOB2 tags over PER / ORG / LOC. */
  public static final class LabeledSentence {
    public final String[] tokens;
    public final String[] tags;

    public LabeledSentence(String[] tokens, String[] tags) {
      this.tokens = tokens;
      this.tags = tags;
    }

    public Span[] spans() {
      return IobTags.toSpans(tags);
    }
  }

  /** A document: its sentences (adaptive data is reset at each document). */
  public static final class Doc {
    public final String id;
    public final List<LabeledSentence> sentences = new ArrayList<>();

    public Doc(String id) {
      this.id = id;
    }
  }

  private NerCorpus() {}

  /**
   * Re-labels a sentence of a corpus that marks descriptive mentions ("the Asad regime", "Iraqi
   * security forces", "our partners", "We") as news corpora mark names: a span without a capital or a
   * lone pronoun goes, leading and trailing lower-case words leave the others ("northern [Iraq]",
   * "[Asad] regime").
   */
  static void keepProperNames(LabeledSentence ls) {
    Span[] spans = ls.spans();
    Arrays.fill(ls.tags, "O");
    for (Span sp : spans) {
      if (!EntityTagger.hasUpperCase(ls.tokens, sp.getStart(), sp.getEnd())
          || (sp.length() == 1 && EntityTagger.isPronoun(ls.tokens[sp.getStart()]))) {
        continue;
      }
      int end = EntityTagger.nameEnd(ls.tokens, sp.getStart(), sp.getEnd());
      int start = EntityTagger.nameStart(ls.tokens, sp.getStart(), end, Truecaser.shipped());
      for (int i = start; i < end; i++) {
        ls.tags[i] = (i == start ? "B-" : "I-") + sp.getType();
      }
    }
  }

  /** Titles that are part of how a person is named ("Prince William", "Pope Francis", "Lady Gaga"): kept. */
  static final Set<String> NAME_TITLES = new HashSet<>(Arrays.asList(
      "King", "Queen", "Prince", "Princess", "Pope", "Saint", "Sir", "Lord", "Lady", "Dame", "Duke", "Duchess", "Count",
      "Countess", "Baron", "Earl", "Emperor", "Empress", "Sultan", "Sheikh", "St", "Father", "Sister", "Brother", "Crown",
      "Ayatollah", "Imam", "Rabbi"));

  private static final Set<String> COMPLEMENT = Set.of("of", "for", "to", "the", "on");

  // words before a role that make it one with it, and no role alone: "Shadow Chancellor", "High Commissioner"
  private static final Set<String> ROLE_MODIFIERS = Set.of("Shadow", "Acting", "Interim", "Home", "Executive",
      "Senior", "High", "Special", "Assistant", "Permanent");

  private static final Pattern RANK_OR_SCORE = Pattern.compile("\\d{1,3}");

  /** A rank or a score in a results table: one to three digits ("136", "69"). */
  static boolean isRankOrScore(String tok) {
    return RANK_OR_SCORE.matcher(tok).matches();
  }

  static boolean roleModifier(String tok) {
    return ROLE_MODIFIERS.contains(tok);
  }

  static boolean role(String tok) {
    return title(tok) && !NAME_TITLES.contains(Character.toUpperCase(tok.charAt(0)) + tok.substring(1));
  }

  /** "Scott C . Dayton", "John ' J.D. ' Dorrian": punctuation inside a name, a capitalised word after it. */
  private static boolean innerPunctuation(String[] tokens, int i, int end) {
    return i + 1 < end && tokens[i].chars().noneMatch(Character::isLetterOrDigit) && !tokens[i].equals(",")
        && !tokens[i].equals(";") && capitalised(tokens, i + 1);
  }

  private static boolean capitalised(String[] tokens, int i) {
    return EntityTagger.hasUpperCase(tokens, i, i + 1);
  }

  /** "U.S.", "UK", "FCO": a country or office abbreviation inside a role ("US Defense Secretary"). */
  private static boolean abbreviation(String tok) {
    return tok.length() <= 4 && tok.length() > 1 && ClusterFeatureGeneratorFactory.isUpper(tok) || tok.matches("(\\p{Lu}\\.)+");
  }

  /**
   * Re-labels person names that include the role ("Foreign Secretary Boris Johnson", "Deputy Secretary of
   * State Antony Blinken", "Iraqi Foreign Minister") as news corpora label them: the name only
   * ("[Boris Johnson]"), and a role without a name is none. Titles that are part of a name stay
   * ("Prince William"), and so does a surname that is a title word ("Julie Bishop").
   */
  static void stripRoles(LabeledSentence ls) {
    for (Span sp : ls.spans()) {
      if (!sp.getType().equals("PER")) {
        continue;
      }
      int s = sp.getStart();
      int e = sp.getEnd();
      int r = -1;
      for (int i = s; i < e; i++) {
        if (role(ls.tokens[i])) {
          r = i;
        }
      }
      if (r < 0) {
        continue;
      }
      int ns; // start of the name after the role, or e when there is none
      if (r == e - 1) {
        boolean onlyRole = true;
        for (int i = s; i < r; i++) {
          String t = ls.tokens[i];
          onlyRole &= role(t) || isDemonym(t) || abbreviation(t) || COMPLEMENT.contains(t) || !capitalised(ls.tokens, i);
        }
        if (!onlyRole && capitalised(ls.tokens, r)) {
          continue; // "Julie Bishop", "Katherine King"; but "Kremlin spokesman" is a role
        }
        ns = e;
      } else if (COMPLEMENT.contains(ls.tokens[r + 1])) {
        // "Secretary of State Antony Blinken", "Minister for the Middle East Tobias Ellwood": the name is the last
        // two words of a longer capitalised run; "Secretary of State", "President of Syria" are roles only
        int run = e;
        while (run > r + 1 && capitalised(ls.tokens, run - 1) && !COMPLEMENT.contains(ls.tokens[run - 1])) {
          run--;
        }
        ns = e - run >= 3 ? e - 2 : e;
      } else {
        ns = r + 1;
        while (ns < e && !capitalised(ls.tokens, ns) && EntityTagger.hasUpperCase(ls.tokens, ns, e)) {
          ns++; // "Prime Minister - designate , Haider al - Abadi"; but "mr [wenger]" stays
        }
      }
      int ne = ns; // the name ends before a lower-case word that is no name particle ("Ambassador [Saperstein] for ...")
      while (ne < e && (ne == ns || !COMPLEMENT.contains(ls.tokens[ne]))
          && (capitalised(ls.tokens, ne) || PER_CONNECTORS.contains(ls.tokens[ne]) || !EntityTagger.hasUpperCase(ls.tokens, ns, e)
              || innerPunctuation(ls.tokens, ne, e))) {
        ne++;
      }
      for (int i = s; i < e; i++) {
        ls.tags[i] = i < ns || i >= ne ? "O" : (i == ns ? "B-" : "I-") + "PER";
      }
      roleHolder(ls, s, ns);
    }
  }

  /**
   * The organisation or place a role belongs to is a name of its own: "[UN] Secretary-General", "[European
   * Commission] President", "[Kremlin] spokesman", "[US] Defense Secretary" (re3d and BTC mark all of it as
   * the person; without this the model learned that "UN" before a role is no name). The capitalised words
   * before the first role word, unless they are only nationality adjectives ("Iraqi Foreign Minister"),
   * typed as the actor dictionary types them, else as an organisation. Tags in place, tokens [s, ns).
   */
  static void roleHolder(LabeledSentence ls, int s, int ns) {
    int r0 = s;
    while (r0 < ns && !role(ls.tokens[r0])) {
      r0++;
    }
    int a = s;
    while (a < r0 && !capitalised(ls.tokens, a)) {
      a++;
    }
    boolean named = false;
    for (int i = a; i < r0; i++) {
      String t = ls.tokens[i];
      if (!capitalised(ls.tokens, i) && !CONNECTORS.contains(t)) {
        return; // not one capitalised run
      }
      named |= capitalised(ls.tokens, i) && !isDemonym(t);
    }
    if (!named || CONNECTORS.contains(ls.tokens[r0 - 1])) {
      return;
    }
    String type = DictionaryNames.typeOf(String.join(" ", Arrays.copyOfRange(ls.tokens, a, r0)));
    if (type == null) {
      type = "ORG";
    } else if (type.equals("PER")) {
      return; // "Trump adviser": a person's role, not a name of its holder
    }
    for (int i = a; i < r0; i++) {
      ls.tags[i] = (i == a ? "B-" : "I-") + type;
    }
  }

  /**
   * Reads a CoNLL-style file. {@code tokenColumn}/{@code tagColumn}: column index, negative counts
   * from the end, {@code Integer.MIN_VALUE} for the token means "auto" (second column when the
   * first is a numeric index). {@code map}: source type label → PER/ORG/LOC (labels not in it → O).
   * Documents split at {@code -DOCSTART-} and {@code # newdoc}; files without them are cut into
   * documents of {@code docSentences} sentences.
   */
  public static List<Doc> readConll(Path file, int tokenColumn, int tagColumn, Map<String, String> map, int docSentences)
      throws IOException {
    List<Doc> docs = new ArrayList<>();
    String base = file.getFileName().toString();
    Doc doc = new Doc(base + "#0");
    List<String> toks = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean explicitDocs = false;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String t = line.strip();
      boolean docStart = t.startsWith("-DOCSTART-") || t.startsWith("# newdoc");
      if (t.isEmpty() || docStart) {
        flush(doc, toks, tags, map);
        if (docStart) {
          explicitDocs = true;
          if (!doc.sentences.isEmpty()) {
            docs.add(doc);
          }
          doc = new Doc(base + "#" + docs.size());
        } else if (!explicitDocs && docSentences > 0 && doc.sentences.size() >= docSentences) {
          docs.add(doc);
          doc = new Doc(base + "#" + docs.size());
        }
        continue;
      }
      if (t.startsWith("# ") && t.contains(" = ")) {
        continue; // comment line (EWT: "# sent_id = ...", "# text = ...")
      }
      String[] cols = t.split("\\s+");
      if (cols.length < 2) {
        continue;
      }
      int tc = tokenColumn == Integer.MIN_VALUE ? (cols.length >= 3 && cols[0].matches("\\d+") ? 1 : 0) : col(tokenColumn, cols.length);
      int gc = col(tagColumn, cols.length);
      toks.add(cols[tc]);
      tags.add(cols[gc]);
    }
    flush(doc, toks, tags, map);
    if (!doc.sentences.isEmpty()) {
      docs.add(doc);
    }
    return docs;
  }

  private static int col(int c, int n) {
    return c < 0 ? n + c : Math.min(c, n - 1);
  }

  private static void flush(Doc doc, List<String> toks, List<String> tags, Map<String, String> map) {
    if (toks.isEmpty()) {
      return;
    }
    String[] tokens = toks.toArray(new String[0]);
    String[] mapped = stripDeterminers(tokens, normalizeTags(tags, map));
    doc.sentences.add(new LabeledSentence(tokens, mapped));
    toks.clear();
    tags.clear();
  }

  private static final Set<String> DEMONYMS = new HashSet<>(Arrays.asList(
      "American", "African", "Mexican", "Korean", "European", "German", "Israeli", "Iraqi", "Pakistani", "Afghan",
      "Thai", "Dutch", "French", "Greek", "Czech", "Swiss", "Arab", "Cuban", "Chilean", "Venezuelan", "Kenyan",
      "Ugandan", "Tibetan", "Nepali", "Saudi", "Qatari", "Emirati", "Yemeni", "Omani", "Kuwaiti", "Bahraini",
      "Somali", "Bangladeshi", "Azerbaijani", "Azeri", "Uzbek", "Kazakh", "Tajik", "Filipino", "Moroccan", "Libyan",
      "Slovak", "Latin", "Muslim", "Sunni", "Shia", "Shiite", "Hindu", "Sikh", "Cypriot", "Maltese", "Kosovar",
      "Haitian", "Jamaican", "Dominican", "Puerto", "Rican", "Nigerian", "Ghanaian", "Zimbabwean", "Rwandan",
      "Ethiopian", "Eritrean", "Western", "Eastern", "Soviet", "Roman", "Anglo", "Slavic", "Islamic", "Christian",
      "Catholic", "Jewish", "Orthodox", "Protestant", "Buddhist", "Hispanic", "Latino", "Arabic", "Persian", "Kurd"));

  /**
   * A nationality or group adjective ("Russian", "Chinese", "Swedish") or its plural ("Ukrainians",
   * "Israelis"): not a name on its own.
   */
  static boolean isDemonym(String t) {
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    String w = singular(t);
    return DEMONYMS.contains(w) || bySuffix(w);
  }

  /** A demonym by its ending alone ("Hungarian", "Lebanese", "Danish"), which some names share ("Julian", "Guardian"). */
  static boolean isDemonymBySuffix(String t) {
    return isDemonym(t) && !DEMONYMS.contains(singular(t));
  }

  private static String singular(String t) {
    String w = t.length() > 1 && Character.isUpperCase(t.charAt(1)) ? t.charAt(0) + t.substring(1).toLowerCase() : t;
    return w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }

  private static boolean bySuffix(String w) {
    int n = w.length();
    return n > 5 && (w.endsWith("ian") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("ean"))
        && !w.equals("Caspian") && !w.equals("Parish");
  }

  /** The possessive "'s", in either apostrophe: "Putin 's", "Putin ’s". */
  static boolean isPossessive(String t) {
    return t.equals("'s") || t.equals("\u2019s");
  }

  static boolean isThe(String t) {
    return t.equals("the") || t.equals("The") || t.equals("THE");
  }

  /** Drops a leading "the" from names ("the [United Nations]"), the CoNLL convention most corpora follow. */
  static String[] stripDeterminers(String[] tokens, String[] tags) {
    for (int i = 0; i + 1 < tags.length; i++) {
      if (tags[i].startsWith("B-") && isThe(tokens[i]) && tags[i + 1].equals("I-" + tags[i].substring(2))) {
        tags[i + 1] = tags[i];
        tags[i] = "O";
      }
    }
    return tags;
  }

  /** Any IOB1/IOB2/IO (or BIOES) tag sequence with source labels → IOB2 over PER/ORG/LOC. */
  static String[] normalizeTags(List<String> raw, Map<String, String> map) {
    String[] out = new String[raw.size()];
    String prevSrc = null; // source label of the previous token's entity, null when O
    for (int i = 0; i < out.length; i++) {
      String tag = raw.get(i);
      String prefix;
      String label;
      int dash = tag.indexOf('-');
      if (tag.equals("O") || tag.isEmpty() || dash < 0) {
        out[i] = "O";
        prevSrc = null;
        continue;
      }
      prefix = tag.substring(0, dash);
      label = tag.substring(dash + 1);
      String type = map.get(label);
      boolean begins = prefix.equals("B") || prefix.equals("S") || !label.equals(prevSrc);
      prevSrc = prefix.equals("E") || prefix.equals("S") ? null : label;
      if (type == null) {
        out[i] = "O";
        continue;
      }
      out[i] = (begins || i == 0 || out[i - 1].equals("O") || !out[i - 1].substring(2).equals(type) ? "B-" : "I-") + type;
    }
    return out;
  }

  // ---- GUM CoNLL-U with Entity= brackets ----

  private static final Set<String> TITLES = new HashSet<>(Arrays.asList(
      "President", "Vice", "Prime", "Minister", "Ambassador", "Secretary", "Senator", "Sen.", "Governor", "Gov.",
      "Mayor", "King", "Queen", "Prince", "Princess", "Pope", "Saint", "Sir", "Lord", "Lady", "Dame", "Mr.", "Mrs.",
      "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Professor", "General", "Gen.", "Colonel", "Col.", "Captain",
      "Capt.", "Lieutenant", "Lt.", "Sergeant", "Sgt.", "Admiral", "Chancellor", "Chairman", "Chairwoman", "CEO",
      "Judge", "Justice", "Rev.", "Reverend", "Father", "Sister", "Brother", "Bishop", "Archbishop", "Cardinal",
      "Emperor", "Empress", "Sheikh", "Representative", "Rep.", "Congressman", "Congresswoman", "Director",
      "Commissioner", "Chief", "Deputy", "Foreign", "Defence", "Defense", "Interior", "Finance", "Leader", "Speaker",
      "Duke", "Duchess", "Count", "Countess", "Baron", "Earl", "Coach", "Officer", "Detective", "Inspector", "Agent",
      "Premier", "Sultan", "Ayatollah", "Imam", "Rabbi", "Crown", "Head", "Former", "Late", "St", "Major", "Spokesperson",
      "Spokesman", "Spokeswoman", "Minister", "Secretary-General", "Commander", "Marshal", "Private", "Corporal", "Councillor",
      "Councilor", "Lawyer", "Attorney", "Vice-President", "Presidents", "Candidate", "Nominee", "Treasurer", "Founder"));

  private static final Set<String> PER_CONNECTORS = new HashSet<>(Arrays.asList(
      "-", "de", "del", "da", "di", "du", "van", "von", "der", "den", "bin", "al", "y", "la", "le", "ibn", "ben"));

  private static final Set<String> CONNECTORS = new HashSet<>(Arrays.asList(
      "of", "the", "and", "&", "de", "del", "da", "di", "du", "des", "la", "le", "van", "von", "der", "den", "for", "on",
      "-", "'s", "al", "bin", "y"));

  private static final Set<String> AND = Set.of("and", "&");

  private static final Map<String, String> GUM_TYPES = Map.of("person", "PER", "organization", "ORG", "place", "LOC");

  private static final class Mention {
    final int start;
    int end = -1; // exclusive
    final String type; // PER/ORG/LOC or null
    final boolean identity;
    final int depth;

    Mention(int start, String type, boolean identity, int depth) {
      this.start = start;
      this.type = type;
      this.identity = identity;
      this.depth = depth;
    }
  }

  /** Reads one GUM document (CoNLL-U, one file per document). */
  public static Doc readGum(Path file) throws IOException {
    Doc doc = new Doc(file.getFileName().toString());
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (!rows.isEmpty()) {
          doc.sentences.add(gumSentence(rows));
          rows.clear();
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < 10 || c[0].contains("-") || c[0].contains(".")) {
        continue; // multiword ranges and empty nodes
      }
      rows.add(c);
    }
    if (!rows.isEmpty()) {
      doc.sentences.add(gumSentence(rows));
    }
    return doc;
  }

  private static LabeledSentence gumSentence(List<String[]> rows) {
    int n = rows.size();
    String[] tokens = new String[n];
    String[] upos = new String[n];
    String[] feats = new String[n];
    int[] head = new int[n];
    List<Mention> mentions = new ArrayList<>();
    Map<String, List<Mention>> open = new HashMap<>();
    int depth = 0;
    for (int i = 0; i < n; i++) {
      String[] c = rows.get(i);
      tokens[i] = c[1];
      upos[i] = c[3];
      feats[i] = c[5];
      head[i] = c[6].equals("_") ? -1 : Integer.parseInt(c[6]) - 1;
      String ent = null;
      for (String kv : c[9].split("\\|")) {
        if (kv.startsWith("Entity=")) {
          ent = kv.substring(7);
        }
      }
      if (ent == null) {
        continue;
      }
      // scan brackets in order: "(id-type-...-identity" opens, "id)" closes, "(...)" both
      int p = 0;
      while (p < ent.length()) {
        char ch = ent.charAt(p);
        if (ch == '(') {
          int q = p + 1;
          while (q < ent.length() && ent.charAt(q) != '(' && ent.charAt(q) != ')') {
            q++;
          }
          String body = ent.substring(p + 1, q);
          String[] parts = body.split("-");
          String id = parts[0];
          String type = parts.length > 1 ? GUM_TYPES.get(parts[1]) : null;
          // identity (Wikipedia title) is the 8th field when present
          boolean identity = parts.length >= 8 && !parts[7].isEmpty();
          Mention m = new Mention(i, type, identity, depth++);
          mentions.add(m);
          open.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
          if (q < ent.length() && ent.charAt(q) == ')') {
            m.end = i + 1;
            open.get(id).remove(open.get(id).size() - 1);
            depth--;
            q++;
          }
          p = q;
        } else {
          int q = p;
          while (q < ent.length() && ent.charAt(q) != ')' && ent.charAt(q) != '(') {
            q++;
          }
          String id = ent.substring(p, q);
          List<Mention> stack = open.get(id);
          if (stack != null && !stack.isEmpty() && q < ent.length() && ent.charAt(q) == ')') {
            stack.remove(stack.size() - 1).end = i + 1;
            depth--;
          }
          p = q < ent.length() && ent.charAt(q) == ')' ? q + 1 : q;
        }
      }
    }
    // candidate name spans
    List<int[]> cands = new ArrayList<>(); // start, end, typeIndex
    for (Mention m : mentions) {
      if (m.type == null || m.end < 0) {
        continue;
      }
      int h = -1;
      for (int i = m.start; i < m.end; i++) {
        if (head[i] < m.start || head[i] >= m.end) {
          h = i;
        }
      }
      if (h < 0) {
        continue;
      }
      int last = m.end - 1;
      boolean headName = nameLike(tokens[h], upos[h]);
      boolean tailName = upos[last].equals("PROPN") && !title(tokens[last]);
      if (!headName && !tailName) {
        continue; // a description ("a group of Afghan teenagers"), not a name
      }
      if (!headName) {
        h = last; // "Texas student Ahmed Mohamed": the name closes the mention
      }
      boolean per = m.type.equals("PER");
      if (!m.identity && !upos[h].equals("PROPN")) {
        continue;
      }
      if (per && feats[h].contains("Number=Plur")) {
        continue; // "Muslims", "Democrats": groups, not names
      }
      // runs of name tokens inside the mention (titles and, for people, inner names excluded),
      // joined by connectors; keep the run holding the head, else the last one. A place or
      // organisation keeps its inner names: "Mexico City", "LA Weekly", "Massachusetts Institute
      // of Technology" are one name (as in the other corpora), not "Mexico" + "City".
      Set<String> conn = per ? PER_CONNECTORS : CONNECTORS;
      int bestS = -1;
      int bestE = -1;
      int i = m.start;
      while (i < m.end) {
        if (!nameLike(tokens[i], upos[i]) || title(tokens[i]) || (per && coveredByInner(mentions, m, i))) {
          i++;
          continue;
        }
        int s = i;
        int e = i + 1;
        int k = e;
        while (k < m.end) {
          boolean inner = per && coveredByInner(mentions, m, k);
          if (nameLike(tokens[k], upos[k]) && !title(tokens[k]) && !inner) {
            e = ++k;
          } else if (per && tokens[k - 1].equals("-") && k == e + 1 && Character.isLetter(tokens[k].charAt(0))) {
            e = ++k; // "Cheuk - yan"
          } else if (conn.contains(tokens[k]) && !tokens[k].equals("'s") && !inner
              && !(AND.contains(tokens[k]) && innerEndsAt(mentions, m, k))) {
            k++; // but "and" after an inner name coordinates two names ("the X District and the Y Department")
          } else {
            break;
          }
        }
        if (bestS < 0 || (h >= s && h < e) || !(h >= bestS && h < bestE)) {
          bestS = s;
          bestE = e;
        }
        i = Math.max(k, e);
      }
      if (bestS < 0) {
        continue;
      }
      int s = bestS;
      int e = bestE;
      // a person's name holds a proper noun: a capitalised common word is none ("Co-founder of
      // Google", "Pregnant women"); places and organisations keep theirs, as the tagging of
      // their names varies ("US" ADJ, "Facebook" NOUN)
      boolean proper = !per;
      for (int k = s; k < e; k++) {
        proper |= upos[k].equals("PROPN");
      }
      if (!proper) {
        continue;
      }
      cands.add(new int[] {s, e, Arrays.asList(TYPES).indexOf(m.type)});
    }
    cands.sort((a, b) -> Integer.compare(b[1] - b[0], a[1] - a[0]));
    String[] tags = new String[n];
    Arrays.fill(tags, "O");
    for (int[] c : cands) {
      boolean free = true;
      for (int i = c[0]; i < c[1]; i++) {
        free &= tags[i].equals("O");
      }
      if (!free) {
        continue;
      }
      for (int i = c[0]; i < c[1]; i++) {
        tags[i] = (i == c[0] ? "B-" : "I-") + TYPES[c[2]];
      }
    }
    return new LabeledSentence(tokens, tags);
  }

  private static final Set<String> DATE_WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December");

  /** A weekday or a month: "the agency Monday said", "[John] March". */
  static boolean isDateWord(String tok) {
    return DATE_WORDS.contains(tok);
  }

  static boolean title(String tok) {
    return TITLES.contains(tok) || (!tok.isEmpty() && TITLES.contains(Character.toUpperCase(tok.charAt(0)) + tok.substring(1)));
  }

  /** Whether a name nested in {@code outer} ends just before token {@code tok}. */
  private static boolean innerEndsAt(List<Mention> mentions, Mention outer, int tok) {
    for (Mention m : mentions) {
      if (m != outer && m.type != null && m.start >= outer.start && m.end == tok && m.end <= outer.end
          && (m.end - m.start) < (outer.end - outer.start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean coveredByInner(List<Mention> mentions, Mention outer, int tok) {
    for (Mention m : mentions) {
      if (m != outer && m.type != null && m.start >= outer.start && m.end <= outer.end && m.end > 0
          && tok >= m.start && tok < m.end && (m.end - m.start) < (outer.end - outer.start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nameLike(String tok, String upos) {
    if (upos.equals("PROPN")) {
      return !tok.isEmpty() && !CONNECTORS.contains(tok);
    }
    if (upos.equals("DET") || upos.equals("ADP") || upos.equals("PRON") || upos.equals("PUNCT") || upos.equals("CCONJ")
        || upos.equals("PART") || upos.equals("AUX") || upos.equals("SCONJ")) {
      return false;
    }
    return !tok.isEmpty() && Character.isUpperCase(tok.charAt(0));
  }
}
