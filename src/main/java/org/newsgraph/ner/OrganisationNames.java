package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * An organisation named as "Center for Biological Diversity" or "Joint Council for the Welfare of
 * Immigrants" is one name, but the model often stops at the head noun ("[Center] for Biological
 * Diversity"): the words after it are not name-like on their own. When an organisation span ends in
 * such a head noun and "for", "of" or "on" follows with a run of capitalised words, the span takes
 * the run, and any place or organisation span inside it ("Election Commission of [India]"); so does a person span
 * ending in such a noun that is no surname ("[Ludwig Maximilian University] of Munich", which the model calls a
 * person).
 * Only for sentences as written (a truecased headline's capitals are guesses).
 */
final class OrganisationNames {
  private OrganisationNames() {}

  /** Nouns that head an organisation's name and take a complement ("Center for ...", "Bank of ..."). */
  private static final Set<String> HEADS = Set.of(
      "Center", "Centre", "Council", "Commission", "Committee", "Institute", "Institution", "Ministry", "Department",
      "Bank", "Agency", "Society", "Association", "Foundation", "Fund", "Office", "Board", "Authority", "Bureau",
      "League", "Union", "Federation", "Academy", "College", "School", "University", "Organisation", "Organization",
      "Party", "Movement", "Front", "Alliance", "Coalition", "Court", "Tribunal", "Service", "Corporation", "Company",
      "Museum", "Library", "Church", "Congress", "Conference", "Assembly", "Chamber", "Trust", "Network", "Forum",
      "Times", "Journal", "Post", "Herald", "Tribune");

  private static final Set<String> LINKS = Set.of("for", "of", "on");

  /** An organisation's head noun, which a complement may follow: "Bank", "Ministry", "Council". */
  static boolean isHead(String token) {
    return HEADS.contains(token);
  }

  // words that may join the complement's capitalised words; not "in", "on", "and" or "'s", which in running
  // text start what follows the name ("Bank of England in London", "Ministry of Defence on Tuesday",
  // "Bank of England and Barclays")
  private static final Set<String> INNER = Set.of("of", "for", "the", "-");

  /**
   * "the respected [Association of Muslim Scholars]", "the [Association of Christian Parent Controlled Schools]": an
   * organisation's head noun and "of" before capitalised words is an organisation's name where the model found none of
   * its words. Only a run standing by itself (no capitalised word before the head) that ends in a capitalised word,
   * "of", "and", "the" and "for" between; not a board ("the Board of Directors", "Board of Governors"). Spans in order.
   */
  static Span[] untagged(String[] tokens, Span[] spans) {
    List<Span> added = new ArrayList<>();
    for (int k = 1; k + 2 < tokens.length; k++) {
      if (!HEADS.contains(tokens[k]) || tokens[k].equals("Board") || !tokens[k + 1].equals("of")
          || !SpanSets.capitalised(tokens[k + 2]) || SpanSets.capitalisedBefore(tokens, k)) {
        continue;
      }
      int last = complementEnd(tokens, k + 2, INNER_WORDS);
      if (last < 0) {
        continue; // a date after "of": "the Office of January"
      }
      if (SpanSets.free(spans, k, last + 1)) {
        added.add(new Span(k, last + 1, "ORG", 0));
      }
      k = last;
    }
    return SpanSets.with(spans, added);
  }

  // a name's complement found by itself, whose words the model left out, may go on through "and": "School of
  // Journalism and Mass Communication"
  private static final Set<String> INNER_WORDS = Set.of("of", "and", "the", "for");

  /**
   * The last capitalised word of a complement's run of capitalised words from token {@code from} and the {@code inner}
   * words between them, or -1. A date ends it: "[Environmental Protection Agency] on February 21" has no complement.
   */
  private static int complementEnd(String[] tokens, int from, Set<String> inner) {
    int last = -1;
    for (int k = from; k < tokens.length; k++) {
      String t = tokens[k];
      if (NerCorpus.isDateWord(t)) {
        break;
      }
      if (Character.isUpperCase(t.charAt(0)) && !t.equals("The")) {
        last = k;
      } else if (!inner.contains(t)) {
        break;
      }
    }
    return last;
  }

  static Span[] extend(String[] tokens, Span[] spans) {
    List<Span> out = null;
    int grownTo = 0; // end of the last grown span: spans it took are gone
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int end = sp.getEnd();
      if (sp.getStart() < grownTo || end + 1 >= tokens.length || !HEADS.contains(tokens[end - 1])
          || !LINKS.contains(tokens[end])
          || !(sp.getType().equals("ORG") || notAPerson(tokens, sp) || placeFor(tokens, sp))) {
        continue;
      }
      int last = complementEnd(tokens, end + 1, INNER);
      if (last < 0 || overlapsPerson(spans, end, last + 1)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(List.of(spans));
      }
      Span grown = new Span(sp.getStart(), last + 1, "ORG", sp.getProb());
      out.removeIf(o -> o.getStart() >= sp.getStart() && o.getEnd() <= grown.getEnd());
      out.add(grown);
      grownTo = grown.getEnd();
    }
    if (out == null) {
      return spans;
    }
    out.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
    return out.toArray(new Span[0]);
  }

  /**
   * "Department of Housing and Urban Development", "Ministry of Agriculture and Rural Development", "Department for
   * Digital, Culture, Media and Sport": the model often ends such a name before "and" (or a comma), since the
   * words after it are common words ("Urban Development" alone is no name). An organisation span with a head noun
   * and its complement ("Department of Housing") that "and" or a comma follows takes the list when each of its
   * words is capitalised and usually written in lower case ({@code commonWord} of the word in lower case), and the
   * list ends in "and" and such words. "[University of Illinois] and [Purdue University]", "[Ministry of Defence]
   * and [Airbus]", "[Green Party of England and Wales] and [Plaid Cymru]" stay two names: the words after "and"
   * are names of their own, or hold a head noun ("Party"). A span that the list runs into
   * ("[Rural Development of Vietnam]") joins too. A place span whose head noun names only organisations ("Bureau",
   * "Department", in {@code ORGANISATION_ENDS}) is taken as one: the model typed "[Bureau of Alcohol], Tobacco,
   * Firearms and Explosives" as a place.
   */
  static Span[] joinLists(String[] tokens, Span[] spans, Predicate<String> commonWord) {
    List<Span> out = null;
    int grownTo = 0;
    for (Span sp : spans) {
      int head = headWithComplement(tokens, sp);
      // the model types some such names as places ("[Bureau of Alcohol], Tobacco, Firearms and Explosives")
      if (sp.getStart() < grownTo || head < 0
          || !(sp.getType().equals("ORG") || (sp.getType().equals("LOC") && ORGANISATION_ENDS.contains(tokens[head])))) {
        continue;
      }
      int end = listEnd(tokens, sp.getEnd(), commonWord);
      if (end < 0) {
        continue;
      }
      for (Span o : spans) { // a span the list runs into
        if (o.getStart() < end && o.getEnd() > end && o.getStart() >= sp.getEnd() && o.getType().equals("ORG")) {
          end = o.getEnd();
        }
      }
      if (out == null) {
        out = new ArrayList<>(List.of(spans));
      }
      Span grown = new Span(sp.getStart(), end, "ORG", sp.getProb());
      out.removeIf(o -> o.getStart() < grown.getEnd() && o.getEnd() > grown.getStart());
      out.add(grown);
      grownTo = end;
    }
    if (out == null) {
      return spans;
    }
    out.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
    return out.toArray(new Span[0]);
  }

  /**
   * "the Truth and [Reconciliation Commission]", "the Oil and [Gas Authority]": a name that joins two common words
   * with "and" before its head noun, of which the model found the second and the head. The span takes the word
   * before "and" when "the" stands before that word and no span holds it, and the span is an organisation of two
   * words or more that ends in a head noun (so "the Senate and [House Intelligence Committee]", whose "Senate" the
   * model names, and "WhatsApp and [Telegram]" stay apart); not when the word is an organisation's noun itself ("the
   * Senate and [House of Representatives]"). Spans in place.
   */
  static void andBefore(String[] tokens, Span[] spans) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int k = sp.getStart();
      if (k >= 3 && sp.length() >= 2 && sp.getType().equals("ORG") && tokens[k - 1].equals("and")
          && SpanSets.capitalised(tokens[k - 2]) && NerCorpus.isThe(tokens[k - 3]) && !anOrganisation(tokens[k - 2])
          && anOrganisation(tokens[sp.getEnd() - 1])
          && SpanSets.free(spans, k - 2, k - 1)) {
        spans[i] = new Span(k - 2, sp.getEnd(), "ORG", sp.getProb());
      }
    }
  }

  /** An organisation's noun: "Commission", "Senate". */
  private static boolean anOrganisation(String word) {
    return HEADS.contains(word) || ORGANISATION_ENDS.contains(word);
  }

  /**
   * "Medical Journal of [Australia]", "Bank of [England]": where the model found only the place after an untagged
   * organisation's head noun and "of", the capitalised run from before the head to the place's end is one
   * organisation, and the place is inside it. Not after "for" ("played in the English Football League for
   * [Wrexham]"), nor when a word of the run belongs to another span.
   */
  static Span[] headOfPlace(String[] tokens, Span[] spans) {
    List<Span> out = null;
    for (Span sp : spans) {
      int head = sp.getStart() - 2;
      if (!sp.getType().equals("LOC") || head < 0 || !HEADS.contains(tokens[head])
          || !tokens[head + 1].equals("of") || !SpanSets.free(spans, head, head + 2)) {
        continue;
      }
      int start = head;
      while (start > 0 && capitalised(tokens[start - 1]) && SpanSets.free(spans, start - 1, start)) {
        start--;
      }
      if (out == null) {
        out = new ArrayList<>(List.of(spans));
      }
      Span whole = new Span(start, sp.getEnd(), "ORG", sp.getProb());
      out.remove(sp);
      out.add(whole);
    }
    if (out == null) {
      return spans;
    }
    out.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
    return out.toArray(new Span[0]);
  }

  /** "Department of Housing": the index of a head noun inside the span with a link word after it, or -1. */
  private static int headWithComplement(String[] tokens, Span sp) {
    for (int k = sp.getStart(); k + 2 < sp.getEnd(); k++) {
      if (HEADS.contains(tokens[k]) && LINKS.contains(tokens[k + 1])) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The end of ", Culture, Media and Sport" or "and Urban Development" starting at {@code k}: groups of
   * capitalised common words after commas, then "and" and a last group; -1 when the tokens there are not so.
   */
  private static int listEnd(String[] tokens, int k, Predicate<String> commonWord) {
    while (k < tokens.length && tokens[k].equals(",")) {
      int after = groupEnd(tokens, k + 1, commonWord);
      if (after == k + 1) {
        return -1;
      }
      k = after;
    }
    if (k >= tokens.length || !tokens[k].equals("and")) {
      return -1;
    }
    int end = groupEnd(tokens, k + 1, commonWord);
    return end == k + 1 ? -1 : end;
  }

  /**
   * The end of the run of capitalised common words from {@code k}; {@code k} when there is none, or when the run
   * holds a head noun or goes on with a name ("National Party", "Plaid Cymru": names of their own).
   */
  private static int groupEnd(String[] tokens, int k, Predicate<String> commonWord) {
    int start = k;
    while (k < tokens.length && capitalised(tokens[k])) {
      if (HEADS.contains(tokens[k]) || !commonWord.test(tokens[k].toLowerCase(Locale.ROOT))) {
        return start;
      }
      k++;
    }
    return k;
  }

  private static boolean capitalised(String t) {
    return t.length() > 1 && Character.isUpperCase(t.charAt(0)) && !t.equals("The");
  }

  /**
   * Nouns that end an organisation's name and never a place's: "United States [Navy]", "Florida Highway
   * [Patrol]", "United Kingdom Home [Office]", "Paris [Bourse]", "Tokyo Stock [Exchange]". Not "Center", "Union" or
   * "Bank", which end places too ("Kennedy Space Center", "Soviet Union", "West Bank"). Hospitals since session 22:
   * the corpora mark them organisations (EWT 3 of 4, WikiGold 5 of 5, CrossNER 7 of 9), the model half the time places.
   */
  private static final Set<String> ORGANISATION_ENDS = Set.of(
      "Navy", "Army", "Government", "Office", "Service", "Ministry", "Department", "Police", "Council", "Commission",
      "Committee", "Agency", "Party", "University", "Institute", "Association", "Foundation", "Corporation", "Company",
      "Authority", "Board", "Bureau", "Court", "Parliament", "Senate", "Assembly", "Patrol", "Guard", "Airlines",
      "Airways", "Representatives", "Bourse", "Exchange", "Club", "Shipping", "Hospital", "Infirmary", "Clinic");

  /**
   * Nouns that end a place's name and not a person's: "José Martí International [Airport]", "Andros [Island]". Not
   * "Bay", "Lake", "Street" or "Park", which are surnames too (Michael Bay, Ricki Lake, Park Geun-hye).
   */
  private static final Set<String> PLACE_ENDS = Set.of(
      "Airport", "Station", "Avenue", "Road", "Boulevard", "Square", "Bridge", "River", "Island", "Islands", "Mountain",
      "Mountains", "Valley", "Sea", "Ocean", "Peninsula", "Desert", "Canal", "Harbour", "Harbor", "Province", "County",
      "District", "Region", "Stadium", "Zone", "Municipality", "Prefecture", "Governorate", "Oblast", "Township");

  /**
   * Nouns of buildings and ways that end a place's name, which the model reads as an organisation's by its first
   * words ("Grenfell Tower", "the Westin Hotel", "Perth Stadium"). Not "Center", "Hall", "Hospital" or "Museum",
   * which name institutions as often.
   */
  private static final Set<String> BUILDINGS = Set.of(
      "Tower", "Towers", "Hotel", "Arena", "Stadium", "Airport", "Bridge", "Square", "Street", "Avenue", "Road",
      "Boulevard", "Dam");

  // kinds of venue before "Centre", "Center" or "Complex", which alone head institutions ("Kennedy Space Center")
  private static final Set<String> VENUES = Set.of(
      "Convention", "Exhibition", "Conference", "Shopping", "Sports", "Civic", "Aquatics");
  private static final Set<String> CENTRES = Set.of("Centre", "Center", "Complex");

  // heads that name a place's building or a state as often: "Church of the Holy Sepulchre", "Union of Soviet ..."
  private static final Set<String> PLACE_HEADS = Set.of("Union", "Church", "Museum", "Library", "Centre", "Center");

  /**
   * A place span whose head noun and "of" come first ("University of Cape Town", "Central Bank of the Republic of
   * Turkey"): the model typed it by the place in its complement.
   */
  private static boolean headedByOrganisation(String[] tokens, Span sp) {
    for (int k = sp.getStart(); k + 2 < sp.getEnd(); k++) {
      if (tokens[k + 1].equals("of")) {
        return HEADS.contains(tokens[k]) && !PLACE_HEADS.contains(tokens[k]);
      }
    }
    return false;
  }

  /**
   * An organisation span of two words or more ending in a building's noun, a venue's ("Convention Centre") or a power
   * station's ("Power Station").
   */
  private static boolean building(String[] tokens, Span sp) {
    if (!sp.getType().equals("ORG") || sp.length() < 2) {
      return false;
    }
    String last = tokens[sp.getEnd() - 1];
    String before = tokens[sp.getEnd() - 2];
    return BUILDINGS.contains(last) || (CENTRES.contains(last) && VENUES.contains(before))
        || ((last.equals("Station") || last.equals("Plant")) && GENERATING.contains(before));
  }

  // power stations and dams are sites, as CoNLL-style sets mark them: "Eskom 's [Kendal Power Station]", "the [Grand
  // Ethiopian Renaissance Dam]"; not other stations ("Naval Air Station", "NHK Fukuoka Broadcasting Station")
  private static final Set<String> GENERATING = Set.of("Power", "Generating", "Hydroelectric", "Electric", "Nuclear");

  /**
   * An untagged "Team" and one to three capitalised words after it is a team: "rides for the second-tier [Team Polti
   * VisitMalta]", "[Team Sidorova]"; not "Team Event", "Team All - Stars", nor a longer name's "Team". Spans in order.
   */
  static Span[] teams(String[] tokens, Span[] spans, Predicate<String> commonWord) {
    List<Span> added = new ArrayList<>();
    for (int k = 0; k + 1 < tokens.length; k++) {
      if (!tokens[k].equals("Team") || (k > 0 && SpanSets.capitalisedBefore(tokens, k))) {
        continue;
      }
      int e = SpanSets.capitalisedRun(tokens, k + 1, 3);
      if (e > k + 1 && SpanSets.free(spans, k, e) && !commonWord.test(tokens[e - 1].toLowerCase(Locale.ROOT))
          && !(e < tokens.length && tokens[e].equals("-"))) {
        added.add(new Span(k, e, "ORG", 0));
        k = e;
      }
    }
    return SpanSets.with(spans, added);
  }

  /**
   * An organisation span that starts with its head noun grows over the capitalised words and ordinals the model left
   * before it: "the [13th Army]", "the [Imperial Russian Army]", "the [Electric Reliability Council] of Texas" (the
   * model had "Army", "Council of Texas"); one with a head noun further in over an ordinal: "the [5th U.S. Circuit
   * Court of Appeals]", also at a sentence's start ("The [14th Court of Appeals]"). At most three words; not a title, a
   * date, a sentence's first common word, or a word inside another span. Spans in place.
   */
  static void growLeft(String[] tokens, Span[] spans, Predicate<String> commonWord) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int s = sp.getStart();
      if (!sp.getType().equals("ORG") || !(HEADS.contains(tokens[s]) || UNITS.contains(tokens[s])
          || (s > 0 && ORDINAL.matcher(tokens[s - 1]).matches() && headInside(tokens, sp)))) {
        continue;
      }
      int from = s;
      while (from > 0 && s - from < 3 && (i == 0 || spans[i - 1].getEnd() < from)
          && (ORDINAL.matcher(tokens[from - 1]).matches() || SpanSets.nameWord(tokens[from - 1]))) {
        from--;
      }
      if (from == 0 && from < s && commonWord.test(tokens[0].toLowerCase(Locale.ROOT))) {
        from++; // "Officials Council ..." is no name's start
      }
      if (from < s && (from == 0 || !SpanSets.capitalised(tokens[from - 1]) || NerCorpus.isThe(tokens[from - 1]))) {
        spans[i] = new Span(from, sp.getEnd(), "ORG", sp.getProb());
      }
    }
  }

  /** "U.S. Circuit Court of Appeals": a head noun or a unit's noun inside the span, after its first word. */
  private static boolean headInside(String[] tokens, Span sp) {
    for (int k = sp.getStart() + 1; k < sp.getEnd(); k++) {
      if (HEADS.contains(tokens[k]) || UNITS.contains(tokens[k])) {
        return true;
      }
    }
    return false;
  }

  // military units named by an ordinal or an adjective before them
  private static final Set<String> UNITS = Set.of("Army", "Corps", "Division", "Fleet", "Brigade", "Regiment",
      "Battalion", "Squadron", "Guard", "Guards");
  private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th)");

  // words that open the names of clubs, universities and other bodies in other languages ("Atlético Paranaense",
  // "Dinamo Minsk", "Hapoel Tel Aviv", "Universidad Complutense de Madrid"), which the model read as persons or places
  // (session 22)
  private static final Set<String> OPENERS = Set.of("Atlético", "Atletico", "Deportivo", "Dinamo", "Dynamo",
      "Olympique", "Hapoel", "Maccabi", "Unión", "Esporte", "Sporting", "Racing", "FC", "SC", "SV", "CF", "CD", "AC",
      "VfB", "VfL", "Universidad", "Universidade", "Università", "Université", "Universitat",
      // institutes, schools, parties, banks, firms, unions and breweries (session 25: "[Instituto Gonzaga]" was a
      // person, "[Pivovar Hranice]" and "[Sladovna Bruntál]" persons); not "Partido", which also names an Argentine or
      // Puerto Rican district ("Partido de Ponce")
      "Instituto", "Istituto", "Institut", "Colegio", "Liceo", "Lycée", "Escola", "Escuela", "Movimento",
      "Movimiento", "Partito", "Parti", "Partei", "Banco", "Banca", "Grupo", "Gruppo", "Compañía",
      "Companhia", "Société", "Empresa", "Corporación", "Fundación", "Fundação", "Fondazione", "Sindicato",
      "Pivovar", "Sladovna");

  /** A span of two words or more opened by a club's, a university's or another body's word ({@link #OPENERS}). */
  private static boolean opened(String[] tokens, Span sp) {
    return sp.length() >= 2 && OPENERS.contains(tokens[sp.getStart()]);
  }

  /** A span with the word "Team" in it: a sports team ("UAE Team Emirates", "Team Sky"), not a place or a person. */
  private static boolean team(String[] tokens, Span sp) {
    for (int k = sp.getStart(); k < sp.getEnd(); k++) {
      if (tokens[k].equals("Team") && sp.length() >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * A place span that ends in an organisation's head noun is an organisation, often named after its place: the
   * model types the whole span by its first words ("United States" ...), or "Parliament" alone as a place. A
   * person span that ends in a place's head noun is a place ("José Martí International Airport"), one that ends in
   * an organisation's noun that is no surname an organisation ("Malcolm Smith Motorsports"), and so is one with the word
   * "Team" in it ("UAE Team Emirates"); an organisation span that ends in a building's noun or a venue's is a place.
   */
  static Span[] retype(String[] tokens, Span[] spans) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      String last = tokens[sp.getEnd() - 1];
      if (sp.getType().equals("LOC") && (ORGANISATION_ENDS.contains(last) || headedByOrganisation(tokens, sp)
          || (sp.length() >= 2 && FIRMS.contains(last)) || bank(tokens, sp)) && !AdminAreas.isArea(tokens, sp)) {
        spans[i] = new Span(sp.getStart(), sp.getEnd(), "ORG", sp.getProb());
      } else if (sp.getType().equals("PER") && sp.length() >= 2 && PLACE_ENDS.contains(last)) {
        spans[i] = new Span(sp.getStart(), sp.getEnd(), "LOC", sp.getProb());
      } else if (notAPerson(tokens, sp) || (!sp.getType().equals("ORG") && (team(tokens, sp) || opened(tokens, sp)))) {
        spans[i] = new Span(sp.getStart(), sp.getEnd(), "ORG", sp.getProb());
      } else if (building(tokens, sp)) {
        spans[i] = new Span(sp.getStart(), sp.getEnd(), "LOC", sp.getProb());
      }
    }
    return spans;
  }

  /**
   * Nouns that end an organisation's name and no person's: the model calls "Ludwig Maximilian University" or
   * "Malcolm Smith Motorsports" a person by its first words. Not "Court", "Church" or "Service", which are
   * surnames too (Margaret Court, Frank Church, Robert Service).
   */
  private static final Set<String> NO_SURNAMES = Set.of(
      "University", "College", "School", "Institute", "Foundation", "Ministry", "Department", "Council", "Commission",
      "Committee", "Agency", "Association", "Society", "Party", "Corporation", "Company", "Inc", "Inc.", "Ltd",
      "Ltd.", "Corp", "Corp.", "Group", "Holdings", "Motorsports", "Airlines", "Airways", "Air", "Properties",
      "Industries", "Enterprises", "Investments", "Technologies", "Pharmaceuticals", "Petroleum", "Chemicals",
      "Securities", "Insurance", "Resources", "Entertainment", "Telecom", "Telecommunications", "Trust", "Fund",
      "Chamber", "Club", "Shipping", "Sparbank", "Pharma", "Logistics", "Electronics", "Software", "Studios",
      "Productions", "Publishing", "Foods", "Mining", "Textiles", "Engineering", "Construction", "Ventures", "Capital",
      "Partners", "Bancorp", "Financial", "Realty", "Labs", "Networks", "Communications", "Aerospace", "Aviation",
      "Cement", "Motors", "Trading", "Costruzioni", "Filhos", "Lithium", "Plantations", "Shipbuilding", "Commodities",
      "Futures", "Markets", "Research", "Electric", "Invest", "Advisory", "Energy", "Renewables", "Biotech",
      "Therapeutics", "Robotics", "Semiconductor", "Payments", "Brewing");

  // firms' closing words that never end a place's name ("Tembea Labs", "Haesan Holdings"; not "Studios", where a band
  // records, nor "University", "College", "School", "Museum", which name their grounds too)
  private static final Set<String> FIRMS = Set.of("Holdings", "Industries", "Enterprises", "Investments",
      "Technologies", "Pharmaceuticals", "Chemicals", "Securities", "Insurance", "Labs", "Logistics", "Electronics",
      "Software", "Ventures", "Bancorp", "Networks", "Motors", "Sparbank", "Costruzioni", "Filhos", "Inc", "Inc.",
      "Ltd", "Ltd.", "Corp", "Corp.", "Group", "Advisory", "Invest", "Lithium", "Renewables", "Biotech",
      "Therapeutics", "Robotics", "Payments");

  /**
   * A place span ending in a head noun before "for": "The [Puerto Rico Center] for Investigative Journalism". A head
   * that closes places too ("Center", "Bank") takes a complement after "for" only as an organisation; "of" stays a
   * place's ("Bank of ...", not grown from a place).
   */
  private static boolean placeFor(String[] tokens, Span sp) {
    return sp.getType().equals("LOC") && tokens[sp.getEnd()].equals("for");
  }

  /**
   * A person span of two or more words that ends in such a noun, or in "Bank" ("Falk Odelberg Bank"; not in
   * {@link #noSurname}, whose callers would then keep "Leto Bank of VTB24" one name).
   */
  private static boolean notAPerson(String[] tokens, Span sp) {
    String last = tokens[sp.getEnd() - 1];
    return sp.getType().equals("PER") && sp.length() >= 2 && (noSurname(last) || last.equals("Bank"));
  }

  // a bank's kind: "[Central Bank]", "[National Development Bank]"; not the banks of rivers and seas ("West Bank")
  private static final Set<String> BANKS = Set.of("Central", "National", "Reserve", "Development", "Investment",
      "Commercial", "Savings", "Merchant", "Cooperative", "Co-operative", "Agricultural", "Industrial", "Export-Import",
      "People's", "Postal", "Mortgage", "Land");
  // sides of a river, which GeoNames also lists as towns ("West", Texas)
  private static final Set<String> SIDES = Set.of("West", "East", "North", "South", "Left", "Right");

  /**
   * A place span ending in "Bank" after a bank's kind or a town: "[Central Bank]", "[Bangkok Bank]", "[Seoul Bank]";
   * not "West Bank", "Dogger Bank".
   */
  private static boolean bank(String[] tokens, Span sp) {
    if (sp.length() < 2 || !tokens[sp.getEnd() - 1].equals("Bank")) {
      return false;
    }
    String before = String.join(" ", Arrays.copyOfRange(tokens, sp.getStart(), sp.getEnd() - 1));
    return SpanSets.anyWord(tokens, sp.getStart(), sp.getEnd() - 1, BANKS::contains)
        || Towns.isTown(before) && !SIDES.contains(before);
  }

  static boolean noSurname(String word) {
    return NO_SURNAMES.contains(word);
  }

  private static boolean overlapsPerson(Span[] spans, int start, int end) {
    for (Span s : spans) {
      if (s.getType().equals("PER") && s.getStart() < end && start < s.getEnd()) {
        return true;
      }
    }
    return false;
  }
}
