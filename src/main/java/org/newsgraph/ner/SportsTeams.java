package org.newsgraph.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * A club named by its town is an organisation: "Leeds 2 Chelsea 1", "Barcelona defeated Sevilla 4-0",
 * "Liverpool manager Jurgen Klopp". CoNLL, OntoNotes and GUM all annotate clubs so, and the model,
 * which knows these words as places, types them as places. A place span is a club when the words
 * around it say so: a score right after it in a sentence with a result ("Leeds 2 Chelsea 1", "Leeds
 * 2-1"), a sports verb next to it in a sentence with a score ("beat Leeds 2-0", "drew 1-1 with
 * Southampton"), a squad role right after it ("Liverpool manager", "Bayern striker"), its numbers after it at the
 * start of a row of a league table ("New York 74 55 .574"), or a goal count and the scorers in brackets after
 * it ("PSV Eindhoven 3 ( Nilis 12 )", which the model takes for a person; the goal count leaves the name), or, with no
 * score needed, a word of a player's career or of a match a few words before the "for", "from" or "against" before it
 * ("scored 10 goals for Southampton", "signed from Southampton", "his debut against Coventry"; session 18). A
 * one-word person right before a squad role is a club too ("Valladolid coach", session 20), and so is a place or
 * person after a league and "club" or "side" ("Ligue 1 side Stade Rennais") or after "loan at", "contract with"
 * (session 20), after "joined" ("Feijão joined [Ceará]") or before a draft's pick ("[Houston] selected Amen
 * Thompson fourth"; session 24). Its other
 * mentions in the document follow, but for a state after a town and a comma ("East Lansing, Michigan"). Only in a
 * document about sport ("league", "match", "goals", ...): a vote "passed 52-48 against Texas" has a score too. Nations
 * stay places: CoNLL annotates national teams as places (GUM as organisations; the conventions disagree, and a country
 * is most often the country).
 */
final class SportsTeams {
  private SportsTeams() {}

  // "2-1"; "127-124" in basketball, but not the years "379-395"
  private static final Pattern SCORE = Pattern.compile("(1\\d\\d|\\d{1,2})[-–](1\\d\\d|\\d{1,2})");
  private static final Pattern GOALS = Pattern.compile("\\d{1,3}"); // basketball scores have three digits
  private static final Set<String> ROLES = Set.of("manager", "coach", "striker", "midfielder", "defender",
      "goalkeeper", "keeper", "forward", "winger", "captain", "fans", "supporters", "squad", "boss", "footballer",
      "player", "players", "full-back", "centre-back", "playmaker", "skipper", "head-coach", "outfit",
      "chairman", "owner", "academy", "teammate", "teammates", "defenceman", "defenseman", "goaltender", "netminder",
      "quarterback", "linebacker", "cornerback", "receiver", "pitcher", "shortstop", "outfielder", "infielder",
      "catcher", "reliever", "prospect", "rookie", "guard", "batsman", "bowler", "wicketkeeper", "all-rounder",
      "fly-half", "scrum-half", "flanker");
  private static final Set<String> VERBS = Set.of("beat", "beats", "beating", "defeated", "defeat", "defeats",
      "drew", "draw", "draws", "lost", "lose", "loses", "losing", "against", "versus", "vs", "vs.", "v", "edged",
      "thrashed", "routed", "downed", "trounced", "hammered", "outplayed", "eliminated", "knocked");
  // a result's verb between two teams ("New England beat Miami"), without a score
  private static final Set<String> BEATS = Set.of("beat", "beats", "defeated", "defeats", "edged", "thrashed",
      "routed", "downed", "trounced", "hammered", "outplayed", "eliminated", "outscored", "edges", "tops", "topped",
      "blanked", "shut");
  // "drew 1-1 with Southampton", "lost 3-1 at home to Newcastle", "a 2-0 win over Leeds": a preposition after a
  // sports verb or result noun a few words before
  private static final Set<String> LINKS = Set.of("with", "to", "at", "over", "by");
  private static final Set<String> RESULTS = Set.of("win", "victory", "defeat", "loss", "draw", "drew", "lost", "won",
      "beaten", "defeated", "triumph", "declared");
  // a document about sport names one of these; a vote "passed 52-48 against Texas" is no match
  private static final Set<String> SPORT = Set.of("soccer", "football", "league", "cup", "match", "matches", "goal",
      "goals", "scored", "scorer", "striker", "midfielder", "goalkeeper", "tournament", "championship", "cricket",
      "rugby", "innings", "wicket", "hockey", "basketball", "baseball", "tennis", "club", "fixture", "fixtures",
      "standings", "playoff", "playoffs", "semi-final", "quarter-final", "halftime", "half-time", "stadium", "season",
      "coach", "derby", "premiership", "bundesliga", "serie", "nba", "nfl", "nhl", "uefa", "fifa", "athletics", "golf",
      "cycling", "skiing", "swimming", "boxing", "rowing", "marathon", "olympic", "olympics", "metres", "seeding");

  /** The spans with clubs typed as organisations (in place); for a document {@link #aboutSport}. */
  static List<Span[]> retype(List<String[]> sentences, List<Span[]> spans) {
    homeTownsAsSubjects(sentences, spans);
    Set<String> clubs = new HashSet<>(); // in lower case: "BOSTON" in a table, "Boston" in a result line
    for (int i = 0; i < sentences.size(); i++) {
      String[] t = sentences.get(i);
      Span[] sp = spans.get(i);
      boolean result = hasScore(t);
      for (int k = 0; k < sp.length; k++) {
        sp[k] = withoutGoals(t, sp[k]);
        Span s = sp[k];
        boolean club = s.getType().equals("LOC") ? isClub(t, s, result)
            : s.getType().equals("PER") && (beforeScorers(t, s.getEnd()) || personAsClub(t, s));
        if (club) {
          String name = DocConsistency.key(t, s.getStart(), s.getEnd());
          if (!Nations.isNation(name)) {
            clubs.add(name.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    if (clubs.isEmpty()) {
      return spans;
    }
    for (int i = 0; i < sentences.size(); i++) {
      Span[] sp = spans.get(i);
      if (Datelines.isDateline(sentences.get(i))) {
        continue; // "NEW YORK 1996-08-24": where the story was filed
      }
      for (int k = 0; k < sp.length; k++) {
        String name = DocConsistency.key(sentences.get(i), sp[k].getStart(), sp[k].getEnd()).toLowerCase(Locale.ROOT);
        boolean inPlace = k > 0 && inPlace(sentences.get(i), sp[k - 1], sp[k]);
        if (!sp[k].getType().equals("ORG") && clubs.contains(name) && !inPlace) {
          sp[k] = new Span(sp[k].getStart(), sp[k].getEnd(), "ORG", sp[k].getProb());
        }
      }
    }
    return spans;
  }

  // a side's doings besides verbs in "-ed": "[Idaho] won its first eleven games", "[Denver] visits the Phoenix Suns"
  private static final Set<String> TEAM_VERBS = Set.of("won", "beat", "beats", "lost", "took", "drew", "led", "leads",
      "will", "visits", "hosts", "faces", "meets", "plays", "travels", "trails", "opens", "got", "made", "went",
      "came", "held", "wins", "loses", "needs", "needed", "also", "then");

  /**
   * A club's town alone opening a sentence and doing something is the club: "[Boston] played without Jayson Tatum",
   * "[New York] outscored the visitors 34-19" in a story that names the "[Boston Celtics]" and the "[New York Knicks]"
   * (an organisation of two words or more whose words but the last are the town). The word after it is a verb (in
   * "-ed" or a side's: "won", "visits", ...), so not "is", a preposition or a noun ("Boston on Tuesday", "Queensland
   * schools"); not a country (national sides are places). Spans in place.
   */
  private static void homeTownsAsSubjects(List<String[]> sentences, List<Span[]> spans) {
    Set<String> towns = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (Span sp : spans.get(i)) {
        if (sp.getType().equals("ORG") && sp.length() >= 2) {
          towns.add(DocConsistency.key(sentences.get(i), sp.getStart(), sp.getEnd() - 1));
        }
      }
    }
    for (int i = 0; i < sentences.size(); i++) {
      String[] t = sentences.get(i);
      Span[] sp = spans.get(i);
      if (sp.length == 0 || sp[0].getStart() != 0 || !sp[0].getType().equals("LOC")) {
        continue;
      }
      int e = sp[0].getEnd();
      if (e < t.length && (t[e].endsWith("ed") || TEAM_VERBS.contains(t[e]))
          && towns.contains(DocConsistency.key(t, 0, e)) && !Nations.isNation(DocConsistency.key(t, 0, e))) {
        sp[0] = new Span(0, e, "ORG", sp[0].getProb());
      }
    }
  }

  /** "East Lansing , Michigan": the state a town is in, not the state's team. */
  private static boolean inPlace(String[] t, Span before, Span sp) {
    return before.getType().equals("LOC") && before.getEnd() + 1 == sp.getStart() && t[before.getEnd()].equals(",");
  }

  /** "[Ajax Amsterdam] 1 ( Overmars 30 )": a goal count before the scorers is no part of the name. */
  private static Span withoutGoals(String[] t, Span s) {
    int last = s.getEnd() - 1;
    if (s.length() >= 2 && GOALS.matcher(t[last]).matches() && beforeScorers(t, last)) {
      return new Span(s.getStart(), last, s.getType(), s.getProb());
    }
    return s;
  }

  /** "PSV Eindhoven 3 ( Nilis 12 , Jonk 75 )": a goal count and the scorers in brackets follow a team. */
  private static boolean beforeScorers(String[] t, int end) {
    return end + 2 < t.length && GOALS.matcher(t[end]).matches() && t[end + 1].equals("(")
        && !t[end + 2].isEmpty() && Character.isUpperCase(t[end + 2].charAt(0));
  }

  static boolean aboutSport(List<String[]> sentences) {
    for (String[] t : sentences) {
      for (String w : t) {
        if (SPORT.contains(w.toLowerCase())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "Valladolid coach Marcos Ibarra", "Valladolid defender Dmitri Kuzmichov": a one-word "person" right before a squad
   * role is the club (the model took a town it did not know for a person). Not before "'s" ("Klopp 's side").
   */
  private static boolean personAsClub(String[] t, Span s) {
    return s.length() == 1 && squadRole(t, s.getEnd()) || leagueClub(t, s.getStart());
  }

  /** "Primeira Liga club Vitória de Guimarães", "Ligue 1 side Stade Rennais": a league's club. */
  private static boolean leagueClub(String[] t, int b) {
    return b >= 2 && (t[b - 1].equals("club") || t[b - 1].equals("side") || t[b - 1].equals("outfit"))
        && (SpanSets.capitalised(t[b - 2]) || GOALS.matcher(t[b - 2]).matches());
  }

  /** A squad role at {@code e}: "manager", "striker", "side", "head coach". */
  private static boolean squadRole(String[] t, int e) {
    return e < t.length && (ROLES.contains(t[e].toLowerCase())
        || t[e].equals("head") && e + 1 < t.length && t[e + 1].equals("coach"));
  }

  /** Whether the words around this place span make it a club. */
  static boolean isClub(String[] t, Span s, boolean sentenceHasScore) {
    int b = s.getStart();
    int e = s.getEnd();
    if (squadRole(t, e)) {
      return true;
    }
    if (e < t.length && t[e].equals("'s") && e + 1 < t.length && ROLES.contains(t[e + 1].toLowerCase())) {
      return true;
    }
    if (b == 0 && standingsRow(t, e)) {
      return true;
    }
    if (leagueClub(t, b) || b > 0 && playedFor(t, b) || tookLead(t, e) || playsInLeague(t, e) || joined(t, b)
        || drafted(t, e)) {
      return true; // "his debut against Coventry", "scored 10 goals for Southampton", "signed from Southampton"
    }
    // "New England beat Miami , who lost their quarterback": a team's verb between two places needs no score
    if (b >= 2 && BEATS.contains(t[b - 1]) && SpanSets.capitalised(t[b - 2])
        || e + 1 < t.length && BEATS.contains(t[e]) && SpanSets.capitalised(t[e + 1])) {
      return true;
    }
    if (!sentenceHasScore) {
      return false;
    }
    // "Leeds 2-1", "Leeds 2 Chelsea 1": a score or a goal count right after the name
    if (e < t.length && (SCORE.matcher(t[e]).matches() || (GOALS.matcher(t[e]).matches() && resultLine(t)))) {
      return true;
    }
    if ((b > 0 && VERBS.contains(t[b - 1].toLowerCase())) || (e < t.length && VERBS.contains(t[e].toLowerCase()))) {
      return true;
    }
    if (b > 0 && LINKS.contains(t[b - 1].toLowerCase())) {
      for (int k = Math.max(0, b - 8); k < b - 1; k++) {
        if (RESULTS.contains(t[k].toLowerCase()) || VERBS.contains(t[k].toLowerCase())) {
          return true;
        }
      }
    }
    return false;
  }

  // words a few before "for", "from" or "against" that make the place after it a club: "scored 10 goals for",
  // "signed from", "his debut against"; not "raids against Colombo", "relocated from Gothenburg"
  private static final Map<String, Set<String>> CAREER = Map.of(
      "for", Set.of("goals", "scored", "played", "plays", "playing", "appearances", "caps", "debut", "signed", "goal",
          "games", "matches",
          "saves", "homers", "assists", "rebounds", "touchdowns", "tries", "wickets", "back", "hat-trick", "equaliser",
          "equalizer"),
      "from", Set.of("signed", "signing", "joined", "joining", "transfer", "loan", "arrived"),
      "at", Set.of("loan", "loaned", "spell", "spells"),
      "with", Set.of("contract", "deal", "signed", "signing"),
      "against", Set.of("game", "games", "match", "matches", "debut", "played", "playing", "play", "win", "won",
          "loss", "lost", "draw", "drew", "victory", "defeat", "goal", "goals", "scored", "fixture", "tie", "final",
          "semi-final", "quarter-final", "opener", "season", "innings", "wickets", "century", "hundred"));

  // "Dunmore competed in the East of Scotland League", "Fremantle played its home games at Subiaco Oval"
  private static final Set<String> PLAYS = Set.of("plays", "played", "competes", "competed");
  private static final Set<String> DIVISIONS = Set.of("League", "league", "division", "Division", "Conference",
      "Premiership", "Liga", "Bundesliga", "Serie", "home");

  /** A side that plays in a league, or plays its home games: "[Dunmore] competed in the East of Scotland League". */
  private static boolean playsInLeague(String[] t, int e) {
    if (e >= t.length || !PLAYS.contains(t[e])) {
      return false;
    }
    for (int k = e + 1; k < t.length && k <= e + 7; k++) {
      if (DIVISIONS.contains(t[k])) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> JOINS = Set.of("joined", "joining", "joins", "rejoined", "rejoining");
  private static final Set<String> DRAFTS = Set.of("selected", "drafted", "picked", "took", "chose");

  /** "Feijão joined [Ceará] for the season": a player joins a club. */
  private static boolean joined(String[] t, int b) {
    return b > 0 && JOINS.contains(t[b - 1]);
  }

  /** "[Houston] selected Amen Thompson fourth", "[Detroit] took his twin": a side picking a player in a draft. */
  private static boolean drafted(String[] t, int e) {
    return e + 1 < t.length && DRAFTS.contains(t[e]) && (SpanSets.capitalised(t[e + 1])
        || t[e + 1].equals("his") || t[e + 1].equals("her"));
  }

  /** "Rostock went ahead through Oliver Neuville", "Bochum equalised": a side taking or levelling the lead. */
  private static boolean tookLead(String[] t, int e) {
    return e + 1 < t.length && (t[e].equals("went") && t[e + 1].equals("ahead")
        || t[e].equals("equalised") || t[e].equals("equalized") || t[e].equals("pulled") && t[e + 1].equals("level"));
  }

  /** A club after "for", "from" or "against" with a word of a player's career or a match a few words before. */
  private static boolean playedFor(String[] t, int b) {
    Set<String> words = CAREER.get(t[b - 1]);
    if (words == null) {
      return false;
    }
    for (int k = Math.max(0, b - 6); k < b - 1; k++) {
      if (words.contains(t[k].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "New York 74 55 .574 -": a row of a league table, the team and then its numbers. */
  private static boolean standingsRow(String[] t, int e) {
    int numbers = 0;
    for (int k = e; k < t.length && NUMBER.matcher(t[k]).matches(); k++) {
      numbers++;
    }
    return numbers >= 3;
  }

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d*[.,]?\\d+(/\\d+)?");

  /** A sentence with a score: "2-1", "2 - 1", or two goal counts each right after a capitalised word. */
  static boolean hasScore(String[] t) {
    for (int k = 0; k < t.length; k++) {
      if (SCORE.matcher(t[k]).matches() && !range(t, k - 1, k + 1)) {
        return true;
      }
      if (k + 2 < t.length && GOALS.matcher(t[k]).matches() && (t[k + 1].equals("-") || t[k + 1].equals("–"))
          && GOALS.matcher(t[k + 2]).matches() && !range(t, k - 1, k + 3)) {
        return true;
      }
    }
    return resultLine(t) || cricketResult(t);
  }

  // numbers as cricket reports write them in words: "431 for seven", "by six wickets"
  private static final Set<String> MARGINS = Set.of("wicket", "wickets", "run", "runs");
  private static final Set<String> COUNTS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten");

  /**
   * A cricket result: "by six wickets", "by 41 runs", a score or figures of one number "for" another ("431 for seven
   * declared", "took 8 for 41"). County and state sides are named by their county ("losing to [Leicestershire] by six
   * wickets"), and a county is a place to the model.
   */
  private static boolean cricketResult(String[] t) {
    for (int k = 0; k + 2 < t.length; k++) {
      boolean count = GOALS.matcher(t[k + 1]).matches() || COUNTS.contains(t[k + 1]);
      if (t[k].equals("by") && count && MARGINS.contains(t[k + 2])) {
        return true;
      }
      if (GOALS.matcher(t[k]).matches() && t[k + 1].equals("for")
          && (GOALS.matcher(t[k + 2]).matches() || COUNTS.contains(t[k + 2]))) {
        return true;
      }
    }
    return false;
  }

  /** Numbers that are a range, not a score: "10–15%", "from 2-3", "aged 18-25", "pages 12-14". */
  private static boolean range(String[] t, int before, int after) {
    if (after < t.length && RANGE_AFTER.contains(t[after].toLowerCase())) {
      return true;
    }
    return before >= 0 && RANGE_BEFORE.contains(t[before].toLowerCase());
  }

  private static final Set<String> RANGE_AFTER = Set.of("%", "percent", "per", "years", "year", "months", "days",
      "hours", "minutes", "people", "times", "million", "billion", "km", "miles", "pm", "am", "p.m.", "a.m.");
  private static final Set<String> RANGE_BEFORE = Set.of("from", "between", "aged", "ages", "pages", "page", "of",
      "about", "around", "some", "approximately");

  /** "Leeds 2 Chelsea 1": a capitalised word, a goal count, a capitalised word, a goal count. */
  private static boolean resultLine(String[] t) {
    int pairs = 0;
    for (int k = 1; k < t.length; k++) {
      if (GOALS.matcher(t[k]).matches() && !t[k - 1].isEmpty() && Character.isUpperCase(t[k - 1].charAt(0))) {
        pairs++;
      }
    }
    return pairs >= 2;
  }
}
