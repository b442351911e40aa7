package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.newsgraph.ner.Truecaser;

/**
 * Splits an article into sentences and tokens with the shared OpenNLP models.
 *
 * <p>Not thread-safe (the OpenNLP {@code *ME} tools keep state): make one per {@code DoFn}
 * instance in {@code @Setup}, or one per thread.
 */
public final class TextAnalyzer {
  private final SentenceDetectorME sentenceDetector;
  private final TokenizerME tokenizer;
  private final Truecaser words; // the truecasing table: which words are usually written in lower case

  public TextAnalyzer() {
    this.sentenceDetector = new SentenceDetectorME(NlpModels.sentences());
    this.tokenizer = new TokenizerME(NlpModels.tokens());
    this.words = Truecaser.shipped(); // one table per JVM
  }

  /** Sentences in text order; paragraphs (blank lines) and short lines ({@link #nextShortLineBreak}) end a sentence. */
  public List<Sentence> analyze(String text) {
    List<Sentence> out = new ArrayList<>();
    int paragraphStart = 0;
    int n = text.length();
    while (paragraphStart < n) {
      int paragraphEnd = nextParagraphBreak(text, paragraphStart);
      for (int blockStart = paragraphStart; blockStart < paragraphEnd; ) {
        int blockEnd = nextShortLineBreak(text, blockStart, paragraphEnd);
        String block = text.substring(blockStart, blockEnd);
        for (Span s : joinInitials(block, sentenceDetector.sentPosDetect(block), words)) {
          add(out, text, blockStart + s.getStart(), blockStart + s.getEnd());
        }
        blockStart = blockEnd;
      }
      paragraphStart = paragraphEnd;
    }
    return out;
  }

  /** The sentence at characters [begin, end) of the text, tokenized; none when it has no token. */
  private void add(List<Sentence> out, String text, int begin, int end) {
    Span[] spans = splitTokens(text, begin, tokenizer.tokenizePos(text.substring(begin, end)));
    if (spans.length == 0) {
      return;
    }
    String[] tokens = new String[spans.length];
    int[] begins = new int[spans.length];
    int[] ends = new int[spans.length];
    for (int i = 0; i < spans.length; i++) {
      begins[i] = begin + spans[i].getStart();
      ends[i] = begin + spans[i].getEnd();
      tokens[i] = text.substring(begins[i], ends[i]);
    }
    out.add(new Sentence(out.size(), begin, end, tokens, begins, ends));
  }

  /**
   * Tokens as the name finder's corpora cut them, where the EWT tokenizer does otherwise:
   * <ul>
   *   <li>a possessive is a token of its own: {@code Putin | 's}, {@code States | '};
   *   <li>a title written short keeps its full stop ("Sen. | John", was "Sen | . | John");
   *   <li>a hyphen or en dash it kept with the word after it is split off ("Russia | - | Ukraine"), so is a hyphen it
   *       kept with a capitalised word before it when a lower-case word follows ("Kyiv | - | based", was "Kyiv- |
   *       based"; not "Saint- | Etienne", which the model reads right as it is), and an em dash is always a token of
   *       its own ("said | — | Natasha", "Cotabato | — | including"); an en dash between two words joins them, as a
   *       hyphen does in CoNLL's tokens ("Iran–Iraq", "Saffir–Simpson");
   *   <li>a sentence's last full stop leaves a word the tokenizer did not know ("visited Kyiv." was one token, which
   *       the model called a person), unless the word is an abbreviation ("Inc.", "Jr.");
   *   <li>zero-width characters at a token's ends (a joiner pasted before "Puerto Rico") are no part of it.
   * </ul>
   */
  static Span[] splitTokens(String text, int offset, Span[] tokenized) {
    Span[] spans = joinInitialTokens(text, offset, joinTitles(text, offset, joinNumbers(text, offset, tokenized)));
    List<Span> pieces = new ArrayList<>(spans.length + 4);
    for (Span s : spans) {
      int start = s.getStart();
      int end = s.getEnd();
      while (start < end && zeroWidth(text.charAt(offset + start))) {
        start++;
      }
      while (end > start && zeroWidth(text.charAt(offset + end - 1))) {
        end--;
      }
      int from = start; // dashes are tokens of their own: "Cotabato—including", "—Natasha"; not "Iran–Iraq"
      for (int k = start; k < end; k++) {
        char c = text.charAt(offset + k);
        if (c == '\u2014' || (c == '\u2013' && (k == start || k == end - 1))) {
          if (k > from) {
            pieces.add(new Span(from, k));
          }
          pieces.add(new Span(k, k + 1));
          from = k + 1;
        }
      }
      if (from < end) {
        pieces.add(new Span(from, end));
      }
    }
    List<Span> out = new ArrayList<>(pieces.size() + 4);
    for (int i = 0; i < pieces.size(); i++) {
      int start = pieces.get(i).getStart();
      int end = pieces.get(i).getEnd();
      boolean fullStop = i == pieces.size() - 1 && endsSentenceWithFullStop(text.substring(offset + start, offset + end));
      if (fullStop) {
        end--;
      }
      if (end - start > 1 && text.charAt(offset + start) == '-' && Character.isLetter(text.charAt(offset + start + 1))) {
        out.add(new Span(start, start + 1));
        start++;
      }
      int e = offset + end;
      if (end - start > 1 && text.charAt(e - 1) == '-' && Character.isUpperCase(text.charAt(offset + start))
          && e < text.length() && Character.isLowerCase(text.charAt(e))) {
        out.add(new Span(start, end - 1)); // a hyphen the tokenizer kept with the word before it: "Kyiv- | based"
        out.add(new Span(end - 1, end));
      } else if (end - start > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
          && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '\u2019')) {
        out.add(new Span(start, end - 2));
        out.add(new Span(end - 2, end));
      } else if (end - start > 2 && (text.charAt(e - 2) == 's' || text.charAt(e - 2) == 'S')
          && (text.charAt(e - 1) == '\'' || text.charAt(e - 1) == '\u2019')) {
        out.add(new Span(start, end - 1)); // a plural's possessive: "the United States' government"
        out.add(new Span(end - 1, end));
      } else {
        out.add(new Span(start, end));
      }
      if (fullStop) {
        out.add(new Span(end, end + 1));
      }
    }
    return out.toArray(new Span[0]);
  }

  /**
   * "Sen | ." as the tokenizer cuts it inside a sentence is one token, "Sen.", as "Gov." is; so is a state's short form
   * in a dateline ("Ga.").
   */
  private static Span[] joinTitles(String text, int offset, Span[] spans) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span s = spans[i];
      // not the sentence's own full stop: "... Surya Sen."
      if (i + 2 < spans.length && spans[i + 1].getStart() == s.getEnd() && spans[i + 1].length() == 1
          && text.charAt(offset + s.getEnd()) == '.'
          && (TITLES.contains(text.substring(offset + s.getStart(), offset + s.getEnd()))
              || regionInDateline(text, offset, spans, i))) {
        if (out == null) {
          out = new ArrayList<>(Arrays.asList(spans).subList(0, i));
        }
        out.add(new Span(s.getStart(), s.getEnd() + 1));
        i++;
      } else if (out != null) {
        out.add(s);
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  private static final Pattern LATER_INITIALS = Pattern.compile("(\\.\\p{Lu})+\\.");

  /** Initials written together are one token: the tokenizer cut "F.W." into "F | .W.". */
  private static Span[] joinInitialTokens(String text, int offset, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.getEnd() == s.getStart() && last.length() == 1
          && Character.isUpperCase(text.charAt(offset + last.getStart()))
          && LATER_INITIALS.matcher(text.substring(offset + s.getStart(), offset + s.getEnd())).matches()) {
        out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
      } else {
        out.add(s);
      }
    }
    return out.size() == spans.length ? spans : out.toArray(new Span[0]);
  }

  /** "AUGUSTA , Ga . ( AP ) —": a state's short form after a comma, before the agency or a dash, keeps its stop. */
  private static boolean regionInDateline(String text, int offset, Span[] spans, int i) {
    String word = text.substring(offset + spans[i].getStart(), offset + spans[i].getEnd() + 1);
    char after = text.charAt(offset + spans[i + 2].getStart());
    return i > 0 && text.charAt(offset + spans[i - 1].getStart()) == ',' && REGIONS.contains(word)
        && (after == '(' || after == '\u2014' || after == '\u2013' || after == '-');
  }

  /**
   * A date or a number written with hyphens is one token: the tokenizer cut "1996-09-10" into "1996-09- | 10", and a
   * wire dateline ("LEVERKUSEN , Germany 1996-09-10") was then no dateline.
   */
  private static Span[] joinNumbers(String text, int offset, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.getEnd() == s.getStart() && text.charAt(offset + last.getEnd() - 1) == '-'
          && digitsAndHyphens(text, offset, last) && digitsAndHyphens(text, offset, s)) {
        out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
      } else {
        out.add(s);
      }
    }
    return out.size() == spans.length ? spans : out.toArray(new Span[0]);
  }

  private static boolean digitsAndHyphens(String text, int offset, Span s) {
    boolean digit = false;
    for (int k = offset + s.getStart(); k < offset + s.getEnd(); k++) {
      char c = text.charAt(k);
      if (c != '-' && !Character.isDigit(c)) {
        return false;
      }
      digit |= Character.isDigit(c);
    }
    return digit;
  }

  private static boolean zeroWidth(char c) {
    return (c >= '\u200b' && c <= '\u200d') || c == '\u2060' || c == '\ufeff';
  }

  // titles written short before a name (without their full stop), which the sentence model takes for a sentence's
  // end ("Sen. | John Fetterman")
  private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Gov", "Sen", "Rep", "Lt", "Gen",
      "Col", "Maj", "Capt", "Sgt", "Cpl", "Adm", "Cmdr", "Rev", "Fr", "Insp", "Supt", "Det", "Amb", "Pres", "Sec",
      "Atty", "Hon");
  // abbreviations that keep their full stop at a sentence's end: those titles, name suffixes, company forms, months
  private static final Set<String> ABBREVIATIONS = Stream.concat(TITLES.stream(), Stream.of("St", "Jr", "Sr", "Inc",
      "Ltd", "Co", "Corp", "Bros", "Plc", "No", "vs", "etc", "al", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
      "Sept", "Oct", "Nov", "Dec")).collect(Collectors.toUnmodifiableSet());

  /** A word of two or more letters or digits and a full stop, no abbreviation ("Kyiv.", "1981.", not "U.S."). */
  private static boolean endsSentenceWithFullStop(String token) {
    int n = token.length() - 1;
    if (n < 2 || token.charAt(n) != '.') {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (!Character.isLetterOrDigit(token.charAt(k))) {
        return false;
      }
    }
    return !ABBREVIATIONS.contains(token.substring(0, n));
  }

  /**
   * The sentence model ends a sentence after a middle initial ("John R. | Bolton's resignation") or a title written
   * short ("Sen. | John Fetterman"), which cuts the name in two. A break after a capital initial that follows a
   * capitalised word or another initial, or after such a title, is undone when the next sentence starts with a word
   * that is not usually written in lower case (a surname, not "Then" or "Officials": "They chose Plan B. Then ..."
   * stays two sentences).
   */
  static Span[] joinInitials(String text, Span[] sentences, Truecaser words) {
    if (sentences.length < 2) {
      return sentences;
    }
    List<Span> out = new ArrayList<>(sentences.length);
    Span cur = sentences[0];
    for (int i = 1; i < sentences.length; i++) {
      Span next = sentences[i];
      if (((endsWithInitial(text, cur) || endsWithTitle(text, cur)) && startsWithName(text, next, words))
          || (endsWithRegion(text, cur) && opensWithAgencyOrDash(text, next))) {
        cur = new Span(cur.getStart(), next.getEnd());
      } else {
        out.add(cur);
        cur = next;
      }
    }
    out.add(cur);
    return out.size() == sentences.length ? sentences : out.toArray(new Span[0]);
  }

  /**
   * "... John R.", "... H. G." or "... Minister H.D.": a capital letter and a full stop (or up to three written together)
   * after a capitalised word or an initial.
   */
  private static boolean endsWithInitial(String text, Span s) {
    int e = s.getEnd();
    int b = e;
    while (b > s.getStart() && !Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    if (b == s.getStart() || !INITIALS.matcher(text.substring(b, e)).matches()) {
      return false;
    }
    int w = b - 1; // the end of the word before the initials
    while (w > s.getStart() && !Character.isWhitespace(text.charAt(w - 1))) {
      w--;
    }
    // initials written together stand for given names after any word ("referring to M.S. | Dhoni"), but "the U.S."
    boolean joined = e - b >= 4 && !text.substring(w, b - 1).equalsIgnoreCase("the");
    return Character.isUpperCase(text.charAt(w)) || joined;
  }

  // a US state's or Canadian province's short form ends an agency's dateline ("AUGUSTA, Ga. (AP) —", "JASPER, Alta.")
  private static final Set<String> REGIONS = Set.of("Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.",
      "Ga.", "Ill.", "Ind.", "Kan.", "Kans.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
      "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.",
      "Tenn.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "W.Va.", "Wyo.", "D.C.", "Alta.", "B.C.", "Man.", "Ont.", "Que.",
      "Sask.", "N.S.", "N.B.", "Nfld.", "P.E.I.");

  /** "..., Ga." or "..., N.Y.": the sentence ends in a comma and a region's short form. */
  private static boolean endsWithRegion(String text, Span s) {
    int e = s.getEnd();
    int b = e;
    while (b > s.getStart() && !Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    int comma = b - 1;
    while (comma > s.getStart() && Character.isWhitespace(text.charAt(comma))) {
      comma--;
    }
    return comma > s.getStart() && text.charAt(comma) == ',' && REGIONS.contains(text.substring(b, e));
  }

  /** The next sentence opens with the agency in brackets or a dash: "(AP) — ...", "— About a third ...". */
  private static boolean opensWithAgencyOrDash(String text, Span s) {
    char c = text.charAt(s.getStart());
    return c == '(' || c == '\u2014' || c == '\u2013' || c == '-';
  }

  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){1,3}");

  /** A title written short before a name: "Sen.", "Gov.", "Dr.". */
  public static boolean isShortTitle(String token) {
    return token.length() > 1 && token.endsWith(".") && TITLES.contains(token.substring(0, token.length() - 1));
  }

  /** "... while Sen." or "(Lt. Gov.": the sentence's last word is a title written short. */
  private static boolean endsWithTitle(String text, Span s) {
    int e = s.getEnd();
    int b = e;
    while (b > s.getStart() && !Character.isWhitespace(text.charAt(b - 1)) && text.charAt(b - 1) != '(') {
      b--;
    }
    return isShortTitle(text.substring(b, e));
  }

  private static boolean startsWithName(String text, Span s, Truecaser words) {
    int b = s.getStart();
    int e = b;
    while (e < s.getEnd() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    String word = text.substring(b, e);
    return e > b && ((Character.isUpperCase(text.charAt(b)) && !words.usuallyLowerCase(word))
        || (PARTICLES.contains(word) && e < s.getEnd() && text.charAt(e) == ' '
            && Character.isUpperCase(text.charAt(Math.min(e + 1, s.getEnd() - 1)))));
  }

  // a surname's particle after initials: "F.W. | de Klerk"
  private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "da", "di", "du", "del", "della",
      "le", "la", "al", "el", "bin", "ibn", "ter", "ten");

  private static final int SHORT_LINE = 50;
  // a dateline's place in capitals, then a comma, a colon, a bracket or a dash: "WASHINGTON —", "NEW YORK (AP)", "DOHA,
  // Jan 15", "MUMBAI:"
  private static final Pattern DATELINE =
      Pattern.compile("\\p{Lu}[\\p{Lu}'.\\-]+(?: \\p{Lu}[\\p{Lu}'.\\-]+)*(?:,|:| \\(| [—–-])");

  /**
   * End of the block of lines starting at {@code from}, at most {@code end}: after a line break that ends a sentence
   * without a full stop. A line shorter than {@link #SHORT_LINE} characters followed by one that starts with a capital
   * or a digit is a headline, a dateline or a table's row ("Ajax 3 Vitesse 1"), not prose wrapped at a fixed width;
   * the sentence detector, which only ends sentences at punctuation, ran such lines into one sentence and one name
   * ("Heerenveen 1 Roda"). So does a line of any length before a dateline ("WASHINGTON —", "NEW YORK (AP)", "DOHA, Jan
   * 15", "MUMBAI:"): "... rallies behind Kyiv" and "WASHINGTON" were one place.
   */
  static int nextShortLineBreak(String text, int from, int end) {
    int lineStart = from;
    for (int i = text.indexOf('\n', from); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
      int next = i + 1;
      while (next < end && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      boolean shortLine = text.substring(lineStart, i).strip().length() < SHORT_LINE;
      boolean capital = next < end
          && (Character.isUpperCase(text.charAt(next)) || Character.isDigit(text.charAt(next)));
      if (next < end && ((shortLine && capital) || DATELINE.matcher(text).region(next, end).lookingAt())) {
        return i + 1;
      }
      lineStart = i + 1;
    }
    return end;
  }

  /** End of the paragraph starting at {@code from}: after the next blank line, or the text end. */
  private static int nextParagraphBreak(String text, int from) {
    int i = text.indexOf('\n', from);
    while (i >= 0) {
      int j = i + 1;
      while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
        j++;
      }
      if (j < text.length() && text.charAt(j) == '\n') {
        return j + 1;
      }
      i = text.indexOf('\n', j);
    }
    return text.length();
  }
}
