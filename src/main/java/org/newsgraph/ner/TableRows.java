package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * The rows of a sports page's tables name a team or an athlete in fixed places, and a row's name the model left out
 * is still a name: "Leeds 3 Sheffield Wednesday 1" (the model reads "Wednesday" as a day), "Baltimore 6 SEATTLE 5" (the
 * home team in capitals), "1 - Thomas Muster ( Austria ) beat ...", "2. Ato Boldon ( Trinidad ) 20.05", "M. Atherton
 * c Rashid Latif b Wasim Akram 31". Wire services file such tables every day, and older newswire is full of them.
 * Only in a document about sport ({@link SportsTeams#aboutSport}), and only in these rows:
 *
 * <ul>
 *   <li>a result, "Team n Team n", maybe with the scorers or a note in brackets: its teams and scorers replace the
 *       model's spans there ({@link #results}); a team is an organisation, a nation a place (the tagger's club rules
 *       then type the document's other mentions);
 *   <li>a row of a league table, the team and then three numbers or more: an untagged team, the same;
 *   <li>an athlete and the nation in brackets after the name, at the start of a row or after a rank, a result's verb
 *       or a comma: an untagged one a person, and one the model typed otherwise in a match row too;
 *   <li>a batsman at the start of a scorecard's row, before how he was out ("c", "b", "lbw", "st", "run out", "not
 *       out"): a person.
 * </ul>
 */
final class TableRows {
  private TableRows() {}

  private static final Pattern GOALS = Pattern.compile("\\d{1,3}");
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d*[.,]?\\d+(/\\d+)?");
  private static final Pattern RANK = Pattern.compile("\\d{1,3}\\.?|=\\d{1,3}\\.?|-");
  private static final Set<String> BEFORE_ATHLETE = Set.of("beat", "bt", "beats", "v", "vs", "vs.", "and", ",", "/");
  private static final Set<String> OUT = Set.of("c", "b", "lbw", "st", "run", "not", "retired");
  private static final int LONGEST = 4;

  /** The spans of a document {@link SportsTeams#aboutSport} with the untagged names of its table rows added. */
  static List<Span[]> fill(List<String[]> sentences, List<Span[]> spans) {
    return fill(sentences, spans, w -> false);
  }

  /** The same; {@code firstName} says which words mostly start a person's name (a list of winners is no career). */
  static List<Span[]> fill(List<String[]> sentences, List<Span[]> spans, Predicate<String> firstName) {
    List<Span[]> out = new ArrayList<>(spans.size());
    Set<String> riderTeams = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      String[] t = sentences.get(i);
      Span[] sp = career(t, teams(t, fixture(t, results(t, spans.get(i)))), firstName);
      List<Span> added = new ArrayList<>();
      athletes(t, sp, added, riderTeams);
      Span[] withAthletes = SpanSets.with(sp, added);
      out.add(SpanSets.with(withAthletes, scorecard(t, withAthletes)));
    }
    return riderTeams.isEmpty() ? out : teamsThroughDocument(sentences, out, riderTeams);
  }

  /**
   * The riders' teams of the document's results rows wherever the story names them: "Marco Fontanelli of [Mapei]" (a
   * place of the model's), "Alex Zuelle of [ONCE]" (no name). Not in sentences in capitals (a headline's "ONCE").
   */
  private static List<Span[]> teamsThroughDocument(List<String[]> sentences, List<Span[]> spans, Set<String> teams) {
    List<Span[]> out = new ArrayList<>(spans.size());
    for (int i = 0; i < sentences.size(); i++) {
      String[] t = sentences.get(i);
      Span[] sp = spans.get(i);
      List<Span> put = new ArrayList<>();
      for (int s = 0; s < t.length && !Truecaser.inCapitals(t); s++) {
        for (int e = s + 1; e <= Math.min(t.length, s + 3); e++) {
          if (!teams.contains(DocConsistency.key(t, s, e))) {
            continue;
          }
          Span same = SpanSets.exactly(Arrays.asList(sp), s, e);
          if ((same != null && !same.getType().equals("ORG")) || (same == null && SpanSets.free(sp, s, e))) {
            put.add(new Span(s, e, "ORG", same == null ? 0 : same.getProb()));
          }
        }
      }
      out.add(SpanSets.put(sp, put));
    }
    return out;
  }

  /**
   * A player's career as an encyclopedia lists it, "2010-2013 : Atlético Mineiro ; 2011 : América de Natal ( loan ) ;
   * 2021- : Fortaleza .": each club after a year or a span of years and a colon is an organisation, in the place of
   * the model's spans there (it had persons and places). A club's name may hold lower-case particles ("América de
   * Natal"); a nation stays a place (a national team's years). Not a list of persons ("1990 : John F. Plante").
   */
  static Span[] career(String[] t, Span[] spans, Predicate<String> firstName) {
    List<Span> clubs = new ArrayList<>();
    for (int k = 0; k + 2 < t.length; k++) {
      if (!YEARS.matcher(t[k]).matches() || !t[k + 1].equals(":") || (k > 0 && !t[k - 1].equals(";"))) {
        continue;
      }
      int end = k + 2;
      while (end < t.length && end - k - 2 < LONGEST + 1 && (SpanSets.capitalised(t[end]) || (end > k + 2
          && CLUB_PARTICLES.contains(t[end]) && end + 1 < t.length && SpanSets.capitalised(t[end + 1])))) {
        end++;
      }
      if (end == k + 2 || !(end == t.length || t[end].equals(";") || t[end].equals(".") || t[end].equals("("))
          || (t[end - 1].length() == 1 && end < t.length && t[end].equals("."))) {
        return spans; // not a career list, or a name cut at an initial ("1990 : John F. Plante")
      }
      if (!firstName.test(t[k + 2])) { // not a person: "2005 : John Smith ; 2006 : ..." lists winners
        clubs.add(side(t, k + 2, end));
      }
      k = end;
    }
    return SpanSets.replacing(spans, clubs);
  }

  private static final Pattern YEARS = Pattern.compile("(19|20)\\d\\d(-((19|20)\\d\\d)?)?");
  private static final Set<String> CLUB_PARTICLES = Set.of("de", "do", "da", "del", "di", "of", "and");

  /**
   * A fixture, "Celtic v Hibernian", "Ross County v Forfar": each side a team, an organisation or a nation, in the place
   * of the model's spans there (it had "Ross County" a place and "Celtic" no name). Nothing else in the row but a full
   * stop.
   */
  static Span[] fixture(String[] t, Span[] spans) {
    int first = run(t, 0);
    if (first == 0 || first + 1 >= t.length || !NameSplits.isVersus(t[first])) {
      return spans;
    }
    int second = run(t, first + 1);
    if (second == first + 1 || !(second == t.length || (second == t.length - 1 && t[second].equals(".")))) {
      return spans;
    }
    return new Span[] {side(t, 0, first), side(t, first + 1, second)};
  }

  private static Span side(String[] t, int start, int end) {
    return new Span(start, end, Nations.isNation(String.join(" ", Arrays.copyOfRange(t, start, end))) ? "LOC" : "ORG");
  }

  /**
   * A league table's row, "Sheffield Wednesday 3 2 0 1 4 3 6": the team and three numbers or more. An untagged team is
   * added; the model's names inside the team's words give way to it ("PSV [Eindhoven]": the club, not the town).
   */
  private static Span[] teams(String[] t, Span[] spans) {
    int end = run(t, 0);
    int numbers = 0;
    while (end + numbers < t.length && NUMBER.matcher(t[end + numbers]).matches()) {
      numbers++;
    }
    if (end == 0 || numbers < 3 || !GOALS.matcher(t[end]).matches()
        || SpanSets.exactly(Arrays.asList(spans), 0, end) != null) {
      return spans;
    }
    List<Span> kept = new ArrayList<>(spans.length);
    for (Span sp : spans) {
      if (sp.getStart() >= end) {
        kept.add(sp);
      } else if (sp.getEnd() > end) {
        return spans; // a name of the model runs on past the team's words
      }
    }
    Span[] rest = kept.toArray(new Span[0]);
    List<Span> added = new ArrayList<>();
    team(t, rest, 0, end, added);
    return added.isEmpty() ? spans : SpanSets.with(rest, added);
  }

  /**
   * A result, "Team n Team n", maybe with its scorers or a note in brackets: "Leeds 3 Sheffield Wednesday 1" (the model
   * reads "Wednesday" as a day), "Feyenoord 2 ( Van Gastel 9 , Larsson 55 ) NAC Breda 1 ( Arnold 70 )", "Baltimore 6
   * SEATTLE 5 ( 10 innings )". Each scorer before the minutes is a person (the model had "Larsson 55" an organisation
   * and left "Kluivert" out), each team before its score a team, an organisation or a nation (the model had "Vitesse
   * Arnhem" a person, "Borussia Dortmund 3 Freiburg" one name). The spans inside such a row are replaced; a row that
   * does not parse so is left alone.
   */
  static Span[] results(String[] t, Span[] spans) {
    List<Span> names = new ArrayList<>();
    int k = 0;
    for (int side = 0; side < 2; side++) {
      int end = run(t, k);
      if (end == k || end >= t.length || !GOALS.matcher(t[end]).matches()
          || NameSplits.isFunctionWord(t[k].toLowerCase()) || NerCorpus.isDateWord(t[k])) {
        return spans; // "On 6 September", "In 3 Days": prose
      }
      String team = String.join(" ", java.util.Arrays.copyOfRange(t, k, end));
      names.add(new Span(k, end, Nations.isNation(team) ? "LOC" : "ORG", 0));
      k = end + 1;
      if (k < t.length && t[k].equals("(")) {
        int scorers = names.size();
        int after = scorerList(t, k + 1, names);
        if (after < 0 && side == 1) { // the second team's note: "( 10 innings )", "( aet )"
          names.subList(scorers, names.size()).clear();
          after = note(t, k + 1);
        }
        if (after < 0) {
          return spans;
        }
        k = after;
      }
    }
    if (k < t.length && !t[k].equals(".")) {
      return spans; // two teams, maybe their scorers, and nothing after but a full stop
    }
    List<Span> out = new ArrayList<>(names);
    for (Span sp : spans) {
      if (SpanSets.free(names, sp.getStart(), sp.getEnd()) && (sp.getEnd() <= names.get(0).getStart() || sp.getStart() >= k)) {
        out.add(sp);
      }
    }
    out.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
    return out.toArray(new Span[0]);
  }

  /**
   * "Van Gastel 9 , Larsson 55 pen )" from token {@code k}: the scorers as persons; returns the index after the closing
   * bracket, or -1 when the list is not one of names and minutes.
   */
  private static int scorerList(String[] t, int k, List<Span> names) {
    while (k < t.length) {
      int end = run(t, k);
      if (end == k || end >= t.length || !GOALS.matcher(t[end]).matches()) {
        return -1;
      }
      names.add(new Span(k, end, "PER", 0));
      k = end;
      while (k < t.length && (GOALS.matcher(t[k]).matches() || MINUTE_NOTES.contains(t[k]) || t[k].equals(","))
          && !(t[k].equals(",") && k + 1 < t.length && SpanSets.capitalised(t[k + 1]))) {
        k++;
      }
      if (k < t.length && t[k].equals(")")) {
        return k + 1;
      }
      if (k >= t.length || !t[k].equals(",")) {
        return -1;
      }
      k++;
    }
    return -1;
  }

  /** The index after the ")" that closes a note from token {@code k}, or -1. */
  private static int note(String[] t, int k) {
    for (int c = k; c < t.length && !t[c].equals("("); c++) {
      if (t[c].equals(")")) {
        return c + 1;
      }
    }
    return -1;
  }

  // what follows a scorer's minute: a penalty, an own goal
  private static final Set<String> MINUTE_NOTES = Set.of("pen", "penalty", "og", "o.g.", "+");

  private static void team(String[] t, Span[] spans, int start, int end, List<Span> added) {
    // "On 6 September 125 ( Lancashire Fusiliers )": a date, not a result ("Sheffield Wednesday" is a team)
    if (SpanSets.free(spans, start, end) && !NameSplits.isFunctionWord(t[start].toLowerCase())
        && !NerCorpus.isDateWord(t[start])) {
      String name = String.join(" ", Arrays.copyOfRange(t, start, end));
      added.add(new Span(start, end, Nations.isNation(name) ? "LOC" : "ORG", 0));
    }
  }

  /**
   * "1 - Thomas Muster ( Austria )", "2. Ato Boldon ( Trinidad )", "M. Atherton c Rashid Latif b Wasim Akram"; an
   * athlete the model typed otherwise before the nation in brackets is a person too (spans in place).
   */
  private static void athletes(String[] t, Span[] spans, List<Span> added, Set<String> riderTeams) {
    boolean sets = setScores(t) >= 2;
    for (int k = 0; k < t.length; k++) {
      if (!(k == 0 || RANK.matcher(t[k - 1]).matches() || BEFORE_ATHLETE.contains(t[k - 1].toLowerCase()))) {
        continue;
      }
      int end = run(t, k);
      // doubles: "Ha Tae-kwon / Kim Dong-moon ( South Korea )", the nation after the partner
      int partnerEnd = end + 1 < t.length && t[end].equals("/") ? run(t, end + 1) : end;
      int before = partnerEnd > end + 1 ? partnerEnd : end;
      boolean nation = before + 2 < t.length && t[before].equals("(") && placeInBrackets(t, spans, before + 1);
      // one word only in a row of set scores: "Sun Jun ( China ) beat [Hendrawan] ( Indonesia ) 15-9 15-12"
      if (!(person(t, k, end) || (sets && nation && end - k == 1 && person(t, k, end, 1)))) {
        continue;
      }
      if (nation) {
        riderTeam(t, spans, before + 1, added, riderTeams);
      }
      if (!SpanSets.free(spans, k, end)) {
        // "1 - Steffi Graf ( Germany ) beat [Yayuk Basuki] ( Indonesia )": the model's organisation is the athlete
        for (int i = 0; i < spans.length; i++) {
          if (spans[i].getStart() == k && spans[i].getEnd() == end && !spans[i].getType().equals("PER")
              && nation && match(t, k, before)) {
            spans[i] = new Span(k, end, "PER", spans[i].getProb());
          }
        }
        continue;
      }
      boolean batsman = k == 0 && end + 1 < t.length && OUT.contains(t[end]) && scorecardRow(t, end);
      if (nation || batsman) {
        added.add(new Span(k, end, "PER", 0));
      }

    }
  }

  /**
   * A rider's or driver's team after the nation in brackets, before the time: "1. Marco Fontanelli ( Italy ) [Mapei] 4
   * hours 31 minutes", "2. Laurent Brochard ( France ) [Festina] same time", "3. Jeroen Blijlevens ( Netherlands )
   * [TVM]" (the row's end). The model had "Mapei" a place.
   */
  private static void riderTeam(String[] t, Span[] spans, int nation, List<Span> added, Set<String> teams) {
    int close = nation;
    while (close < t.length && !t[close].equals(")")) {
      close++;
    }
    int start = close + 1;
    int end = run(t, start);
    if (end == start || end - start > 3 || (end < t.length
        && !(NUMBER.matcher(t[end]).matches() || TIME.matcher(t[end]).matches() || t[end].equals("same")))) {
      return;
    }
    Span same = SpanSets.exactly(Arrays.asList(spans), start, end);
    if (same != null) {
      for (int i = 0; i < spans.length; i++) {
        if (spans[i] == same) {
          spans[i] = new Span(start, end, "ORG", same.getProb());
        }
      }
    } else if (SpanSets.free(spans, start, end)) {
      added.add(new Span(start, end, "ORG", 0));
    } else {
      return;
    }
    teams.add(DocConsistency.key(t, start, end));
  }

  private static final Pattern TIME = Pattern.compile("\\d{1,2}(:\\d{2}){1,2}(\\.\\d+)?");

  /** How many set scores ("15-9", "6-4") the row holds. */
  private static int setScores(String[] t) {
    int n = 0;
    for (String w : t) {
      n += SCORE.matcher(w).matches() ? 1 : 0;
    }
    return n;
  }

  /**
   * The fielders and bowlers of a scorecard's row ("Saeed Anwar c [Kaluwitharana] b [Vaas] 62", "Ijaz Ahmed c [de
   * Silva] b [Muralitharan] 38", a batsman of one word too: "[Inzamam-ul-Haq] run out 47") and of its bowling figures
   * ("Bowling : [Vaas] 10-1-44-2 , [Pushpakumara] 8-0-51-1"): untagged, they are persons. The model reads a lone
   * surname between "c", "b" and a number as no name.
   */
  private static List<Span> scorecard(String[] t, Span[] spans) {
    List<Span> added = new ArrayList<>();
    if (t.length > 3 && t[0].equals("Bowling") && t[1].equals(":")) {
      for (int k = 2; k < t.length; k++) {
        int end = bowler(t, k);
        if (end > k && end < t.length && FIGURES.matcher(t[end]).matches() && SpanSets.free(spans, k, end)) {
          added.add(new Span(k, end, "PER", 0));
          k = end;
        }
      }
      return added;
    }
    int out = run(t, 0);
    if (out == 0 || out > 3 || out + 1 >= t.length || !OUT.contains(t[out]) || !scorecardRow(t, out)
        || NOT_BATSMEN.contains(t[0])) {
      return added;
    }
    if (SpanSets.free(spans, 0, out) && !Nations.isNation(String.join(" ", Arrays.copyOfRange(t, 0, out)))) {
      added.add(new Span(0, out, "PER", 0));
    }
    for (int k = out; k + 1 < t.length; k++) {
      if (t[k].equals("c") || t[k].equals("b") || t[k].equals("st")) {
        int end = bowler(t, k + 1);
        if (end > k + 1 && end < t.length && SpanSets.free(spans, k + 1, end)) {
          added.add(new Span(k + 1, end, "PER", 0));
        }
      }
    }
    return added;
  }

  // a bowler's overs, maidens, runs and wickets
  private static final Pattern FIGURES = Pattern.compile("\\d+(\\.\\d)?-\\d+-\\d+-\\d+");
  private static final Set<String> NOT_BATSMEN = Set.of("Extras", "Total", "Byes", "Bowling", "Fall");

  /** The end of a fielder's or bowler's name from {@code k}: capitalised words, maybe after a particle ("de Silva"). */
  private static int bowler(String[] t, int k) {
    int start = k < t.length && (t[k].equals("de") || t[k].equals("van") || t[k].equals("du")) ? k + 1 : k;
    int end = run(t, start);
    return end == start || end - k > 3 ? k : end;
  }

  /**
   * Whether the athlete at [k, end) is one side of a match row: after "beat" or opening the row (maybe after a
   * seed), and the nation in brackets followed by "beat", a score ("6-3") or the row's end. Not "the BB King Blues Club
   * ( Memphis )" of a sports page's prose.
   */
  private static boolean match(String[] t, int k, int end) {
    boolean before = k == 0 || t[k - 1].equals("beat") || t[k - 1].equals("bt") || t[k - 1].equals("beats")
        || t[k - 1].equals("/") || (k <= 2 && RANK.matcher(t[k - 1]).matches());
    int close = end + 1;
    while (close < t.length && !t[close].equals(")")) {
      close++;
    }
    int after = close + 1;
    return before && (after >= t.length || t[after].equals("beat") || t[after].equals("bt") || t[after].equals("beats")
        || SCORE.matcher(t[after]).matches());
  }

  private static final Pattern SCORE = Pattern.compile("\\d{1,2}-\\d{1,2}");

  /** Two to four capitalised words, or an initial and a surname ("M. Atherton"); not a nation or a dictionary name. */
  private static boolean person(String[] t, int start, int end) {
    return person(t, start, end, 2);
  }

  private static boolean person(String[] t, int start, int end, int fewest) {
    int words = end - start;
    if (words < fewest || words > LONGEST) {
      return false;
    }
    String name = String.join(" ", Arrays.copyOfRange(t, start, end));
    return !Nations.isNation(name) && DictionaryNames.typeOf(name) == null;
  }

  /** "( Austria )", "( South Africa )": a place span from token {@code k} and the closing bracket after it. */
  private static boolean placeInBrackets(String[] t, Span[] spans, int k) {
    for (Span s : spans) {
      if (s.getStart() == k && s.getType().equals("LOC") && s.getEnd() < t.length && t[s.getEnd()].equals(")")) {
        return true;
      }
    }
    return false;
  }

  /** "c Rashid Latif b Wasim Akram 31", "not out 54", "run out 12": how the batsman was out, then the runs. */
  private static boolean scorecardRow(String[] t, int k) {
    return GOALS.matcher(t[t.length - 1]).matches() && (t[k].length() <= 3 || t[k + 1].equals("out"));
  }

  /** The end of the run of capitalised words from {@code start} ({@code start} itself when there is none). */
  private static int run(String[] t, int start) {
    int k = start;
    while (k < t.length && k - start < LONGEST && SpanSets.capitalised(t[k]) && !NUMBER.matcher(t[k]).matches()
        && !t[k].equals("(")) {
      k++;
    }
    return k;
  }
}
