package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import opennlp.tools.util.Span;

/**
 * A person's name does not run on into where the person is from or works: news write "Senator
 * Marco Rubio of Florida" and "Doug Miller of Milltech Marine", and the model, which saw "John of
 * Gaunt" and "Catherine of Braganza", takes the whole as one person. A person span of two or more
 * words before "of" and a capitalised word after it is cut before "of"; the words after it are
 * tagged on their own ("[Florida]" a place, "[Milltech Marine]" an organisation). Names of one word
 * before "of" ("John of Gaunt") and royal or religious styles ("King Charles II of England") stay.
 * The model also types such a whole as an organisation or a place ("Karsten Warholm of Norway"): a
 * span of another type is cut the same way when its words before "of", tagged on their own, are one
 * person ("Bank of England" is not). Also: a place or organisation run together with the person after it is cut
 * ({@link #splitBeforePerson}), a given name or initials the model left out join the person ({@link #withGivenNames},
 * {@link #withInitials}).
 * Only for sentences as written (a truecased headline's capitals are guesses), except the initials.
 */
final class PersonNames {
  private PersonNames() {}

  /** The spans with each such person cut at "of"; {@code tagger} names the spans of a phrase on its own. */
  static Span[] splitAtOf(String[] tokens, Span[] spans, Function<String[], Span[]> tagger) {
    List<Span> out = new ArrayList<>(spans.length + 1);
    boolean cut = false;
    for (Span sp : spans) {
      int of = ofPosition(tokens, sp);
      if (of >= 0 && !sp.getType().equals("PER") && !onePerson(tokens, sp.getStart(), of, tagger)) {
        of = -1;
      }
      if (of >= 0 && OrganisationNames.noSurname(tokens[of - 1]) && OrganisationNames.isHead(tokens[of - 1])) {
        // "Ludwig Maximilian University of Munich": one organisation, which the model may take for a person; not
        // "Mahan Air of Iran", whose last word takes no complement
        out.add(sp.getType().equals("PER") ? new Span(sp.getStart(), sp.getEnd(), "ORG", sp.getProb()) : sp);
        cut |= sp.getType().equals("PER");
        continue;
      }
      if (of < 0) {
        out.add(sp);
        continue;
      }
      cut = true;
      out.add(new Span(sp.getStart(), of, "PER", sp.getProb()));
      int from = NerCorpus.isThe(tokens[of + 1]) ? of + 2 : of + 1;
      String[] rest = new String[sp.getEnd() - from];
      System.arraycopy(tokens, from, rest, 0, rest.length);
      Span[] found = tagger.apply(rest);
      if (found.length == 0) {
        // the model, reading the words alone, names nothing: still the place or body the person is of
        found = new Span[] {new Span(0, rest.length, "PER", sp.getProb())};
      }
      for (Span r : found) {
        String type = !r.getType().equals("PER") ? r.getType() : r.length() == 1 ? "LOC" : "ORG";
        out.add(new Span(from + r.getStart(), from + r.getEnd(), type, r.getProb()));
      }
    }
    return cut ? out.toArray(new Span[0]) : spans;
  }

  /**
   * A name of the document run together with the person after it: "Amnesty International Man-kei Tam" (a person
   * span), "in East Berlin Meyer taught" (a place span). A person span is cut after its first two or
   * more words when they are, as written, a place or organisation of the document (a span of its own elsewhere) or
   * of the actor dictionary, and one capitalised word or more follows; a place or organisation span is cut the same
   * way when the words after the cut are a person of the document ("Meyer"; not "the Refugee Council Enver Solomon",
   * whose document names no "Enver Solomon" alone). Each part takes the type it has alone. After document
   * consistency, which gives each name one type.
   */
  static List<Span[]> splitAfterKnownName(List<String[]> sentences, List<Span[]> spans) {
    Map<String, String> known = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (Span sp : spans.get(i)) {
        known.putIfAbsent(DocConsistency.key(sentences.get(i), sp.getStart(), sp.getEnd()), sp.getType());
      }
    }
    List<Span[]> out = new ArrayList<>(spans.size());
    for (int i = 0; i < sentences.size(); i++) {
      String[] t = sentences.get(i);
      List<Span> list = new ArrayList<>();
      boolean cut = false;
      for (Span sp : spans.get(i)) {
        int at = -1;
        String first = null;
        for (int k = sp.getEnd() - 1; k >= sp.getStart() + 2 && at < 0; k--) {
          String head = DocConsistency.key(t, sp.getStart(), k);
          String rest = DocConsistency.key(t, k, sp.getEnd());
          String type = known.getOrDefault(head, DictionaryNames.typeOf(head));
          if (type == null || type.equals("PER") || !capitalised(t[k])) {
            continue;
          }
          if (sp.getType().equals("PER") || "PER".equals(known.get(rest))) {
            at = k;
            first = type;
          }
        }
        if (at < 0) {
          list.add(sp);
          continue;
        }
        cut = true;
        list.add(new Span(sp.getStart(), at, first, sp.getProb()));
        list.add(new Span(at, sp.getEnd(), "PER", sp.getProb()));
      }
      out.add(cut ? list.toArray(new Span[0]) : spans.get(i));
    }
    return out;
  }

  /**
   * A place or organisation run together with the person after it ("the United States Hamdullah Mohib", "the
   * Refugee Council Enver Solomon"): a place or organisation span of three or more capitalised words is cut where the
   * words before the cut, tagged on their own, are one place or organisation and the two or more words after it one
   * person whose first word may start a person's name ({@code givenName}: the label prior has it as the first word of
   * persons or of names of mixed types, as "Enver"; not "Rico" of "Puerto Rico Senate"). The longest
   * such place or organisation is taken. Person spans stay whole ("Chad Michael Murray").
   */
  static Span[] splitBeforePerson(String[] tokens, Span[] spans, Function<String[], Span[]> tagger,
      Predicate<String> givenName) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      Span[] parts = sp.length() >= 3 && !sp.getType().equals("PER") && allCapitalised(tokens, sp)
          ? cutBeforePerson(tokens, sp, tagger, givenName) : null;
      if (parts != null && out == null) {
        out = new ArrayList<>(List.of(spans).subList(0, i));
      }
      if (out != null) {
        out.addAll(parts != null ? List.of(parts) : List.of(sp));
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  private static Span[] cutBeforePerson(String[] tokens, Span sp, Function<String[], Span[]> tagger,
      Predicate<String> givenName) {
    for (int k = sp.getEnd() - 2; k > sp.getStart(); k--) {
      if (!givenName.test(tokens[k])) {
        continue;
      }
      Span right = alone(tokens, k, sp.getEnd(), tagger);
      if (right == null || !right.getType().equals("PER")) {
        continue;
      }
      Span left = alone(tokens, sp.getStart(), k, tagger);
      if (left != null && !left.getType().equals("PER")) {
        return new Span[] {left, right};
      }
    }
    return null;
  }

  /** The words [start, end) as the tagger types them alone, when it finds them as one name; else null. */
  static Span alone(String[] tokens, int start, int end, Function<String[], Span[]> tagger) {
    String[] words = new String[end - start];
    System.arraycopy(tokens, start, words, 0, words.length);
    Span[] found = tagger.apply(words);
    return found.length == 1 && found[0].length() == words.length
        ? new Span(start, end, found[0].getType(), found[0].getProb()) : null;
  }

  private static boolean allCapitalised(String[] tokens, Span sp) {
    for (int k = sp.getStart(); k < sp.getEnd(); k++) {
      if (!Character.isUpperCase(tokens[k].charAt(0)) || !Character.isLetter(tokens[k].charAt(tokens[k].length() - 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean onePerson(String[] tokens, int start, int end, Function<String[], Span[]> tagger) {
    Span whole = alone(tokens, start, end, tagger);
    return whole != null && whole.getType().equals("PER");
  }


  /** The index of the "of" to cut this span at, or -1. */
  static int ofPosition(String[] tokens, Span sp) {
    for (int k = sp.getStart() + 2; k + 1 < sp.getEnd(); k++) {
      if (!tokens[k].equals("of")) {
        continue;
      }
      for (int j = sp.getStart(); j < k; j++) {
        if (NerCorpus.NAME_TITLES.contains(tokens[j]) || !Character.isUpperCase(tokens[j].charAt(0))) {
          return -1;
        }
      }
      int next = NerCorpus.isThe(tokens[k + 1]) ? k + 2 : k + 1;
      return next < sp.getEnd() && Character.isUpperCase(tokens[next].charAt(0)) ? k : -1;
    }
    return -1;
  }

  /**
   * A person's initials belong to the name: "[A. Noel Anketell Kramer]", "[M. Atherton]", "[J. R. R. Tolkien]"
   * when the model started the person after them, and "[H.D. Deve Gowda]" when it made the initials a person of
   * their own. Spans are extended in place; returns the given array, or a shorter one when a person of initials
   * alone was merged into the name after it.
   */
  static Span[] withInitials(String[] tokens, Span[] spans) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      if (placeAfterInitial(tokens, sp) && (i == 0 || spans[i - 1].getEnd() < sp.getStart() - 1)) {
        sp = new Span(sp.getStart(), sp.getEnd(), "PER", sp.getProb()); // "M. Atherton": the town's name, a surname
        if (out != null) {
          out.set(out.indexOf(spans[i]), sp);
        }
        spans[i] = sp;
      }
      if (!sp.getType().equals("PER")) {
        continue;
      }
      int s = sp.getStart();
      while (s > 0 && isInitial(tokens[s - 1]) && (i == 0 || spans[i - 1].getEnd() < s)) {
        s--;
      }
      if (s == sp.getStart() && i > 0 && spans[i - 1].getEnd() == s && spans[i - 1].getType().equals("PER")
          && onlyInitials(tokens, spans[i - 1])) {
        s = spans[i - 1].getStart();
        if (out == null) {
          out = new ArrayList<>(List.of(spans));
        }
        out.remove(spans[i - 1]);
      }
      if (s < sp.getStart()) {
        Span joined = new Span(s, sp.getEnd(), sp.getType(), sp.getProb());
        if (out != null) {
          out.set(out.indexOf(sp), joined);
        }
        spans[i] = joined;
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /**
   * A one-word place or organisation after a one-letter initial ("M. Atherton", "G. Thorpe"): a surname that names a
   * town too. Not after a compass point's letter ("N. Korea", "S. Africa", "W. Virginia"), nor a word the actor
   * dictionary or the list of nations knows, nor after a capitalised word ("Washington D. C.").
   */
  private static boolean placeAfterInitial(String[] tokens, Span sp) {
    int s = sp.getStart();
    return !sp.getType().equals("PER") && sp.length() == 1 && s > 0 && tokens[s - 1].length() == 2
        && isInitial(tokens[s - 1]) && "NSEW".indexOf(tokens[s - 1].charAt(0)) < 0
        && (s == 1 || !Character.isUpperCase(tokens[s - 2].charAt(0)))
        && capitalisedWord(tokens[s]) && DictionaryNames.typeOf(tokens[s]) == null && !Nations.isNation(tokens[s]);
  }

  private static boolean onlyInitials(String[] tokens, Span sp) {
    for (int k = sp.getStart(); k < sp.getEnd(); k++) {
      if (!isInitial(tokens[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * A given name the model left out of a surname: "Dries [Mertens]", "Fob [James]". A capitalised word right before
   * a one-word person belongs to it when it is no title ("Senator", "Minister", "Uncle") and {@code givenName} accepts it: the
   * tagger asks the label prior, which knows "Frank" as a name's first word and "Called", "And" or "Yesterday" as
   * no name's, and lets a word the unlabeled text lacks pass ("Dries" is there only as the verb "dries"). A word
   * after another capitalised word is left alone (it may end a name of its own). Spans in place.
   */
  static void withGivenNames(String[] tokens, Span[] spans, Predicate<String> givenName) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int s = sp.getStart();
      if (!sp.getType().equals("PER") || sp.length() != 1 || s == 0 || (i > 0 && spans[i - 1].getEnd() == s)) {
        continue;
      }
      String w = tokens[s - 1];
      if (capitalisedWord(w) && !NerCorpus.title(w) && !ADDRESS.contains(w) && givenName.test(w)
          && (s == 1 || !Character.isUpperCase(tokens[s - 2].charAt(0)))) {
        spans[i] = new Span(s - 1, sp.getEnd(), "PER", sp.getProb());
      }
    }
  }

  /**
   * A one-word "person" right before "'s" or a player's role and a person's full name is the person's team, outlet or
   * country: "Ferrari 's Michael Schumacher", "Williams driver Damon Hill", "Allmusic 's Scott Yanow" (before a role
   * a town the model called a place too: "[Benetton] driver Jean Alesi", "Leeds striker Tony Yeboah"). Only when the
   * full name starts with a person's first word by the label prior ({@code firstName}), so "Muller 's [Shadow
   * Cabinet]" keeps its person; a nation or a place of the actor dictionary is a place, anything else an
   * organisation. Spans in place.
   */
  static void teamsOfPersons(String[] tokens, Span[] spans, Predicate<String> firstName) {
    for (int i = 0; i + 1 < spans.length; i++) {
      Span sp = spans[i];
      Span next = spans[i + 1];
      int e = sp.getEnd();
      boolean player = e < tokens.length && PLAYERS.contains(tokens[e]) && !sp.getType().equals("ORG");
      boolean owner = e < tokens.length && NerCorpus.isPossessive(tokens[e]) && sp.getType().equals("PER");
      if ((player || owner) && sp.length() == 1 && next.getType().equals("PER") && next.length() >= 2
          && next.getStart() == e + 1 && firstName.test(tokens[next.getStart()])) {
        String name = tokens[sp.getStart()];
        boolean place = Nations.isNation(name) || "LOC".equals(DictionaryNames.typeOf(name));
        spans[i] = new Span(sp.getStart(), e, place ? "LOC" : "ORG", sp.getProb());
      }
    }
  }

  // what a team calls its people in sports pages: "Ajax striker Patrick Kluivert", "Lazio coach Zdenek Zeman"
  private static final Set<String> PLAYERS = Set.of("driver", "drivers", "striker", "midfielder", "defender",
      "goalkeeper", "forward", "winger", "coach", "manager", "captain", "rider", "team-mate", "teammate", "skipper");

  /**
   * A person's name goes on through a lower-case particle of names and the capitalised word after it, where the model
   * stopped before the particle: "[Daniel] arap Moi", "[Ngugi] wa Thiong'o", "[Osama] bin Laden". Only particles that
   * join a given name to a name of descent (not "de", "van": "Vincent van Gogh" the model has, "Jean de la" rarely ends
   * there), and only when the word after it is untagged and not usually written in lower case ({@code lowerCase}; the
   * truecasing table's reading, as "Moi" is also French). Spans in place.
   */
  static void throughParticles(String[] tokens, Span[] spans, Predicate<String> lowerCase) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int e = sp.getEnd();
      if (!sp.getType().equals("PER") || e + 1 >= tokens.length || !DESCENT.contains(tokens[e])
          || !NAME_WORD.matcher(tokens[e + 1]).matches() || lowerCase.test(tokens[e + 1])
          || (i + 1 < spans.length && spans[i + 1].getStart() <= e + 1)) {
        continue;
      }
      spans[i] = new Span(sp.getStart(), e + 2, "PER", sp.getProb());
    }
  }

  /**
   * A person of two words or more after a nationality adjective the model took in is the person alone: "coached by
   * Uruguayan [Oscar Tabarez]", "[Qatari] Emir Tamim bin Hamad al-Thani" (CoNLL: the adjective is MISC). So is an
   * organisation or place of three words or more whose words after the adjective, read by themselves, are a person
   * ("won by Ethiopian [Tirunesh Dibaba]" was an organisation); "British American Tobacco" is not, nor "French Chemin
   * de Fer du Midi" (a railway, a person when read alone). A person after a nationality's noun is the person alone
   * too ("Spaniard [Carlos Moya]", "Swede [Per-Ulrik Johansson]"). Spans in place.
   */
  static void withoutNationality(String[] tokens, Span[] spans, Predicate<String> nationality,
      Function<String[], Span[]> phrase) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      if (sp.length() >= 2 && sp.getType().equals("PER") && NameSplits.isNationalNoun(tokens[sp.getStart()])) {
        spans[i] = new Span(sp.getStart() + 1, sp.getEnd(), "PER", sp.getProb()); // "Spaniard [Carlos Moya]"
        continue;
      }
      if (sp.length() < 3 || !nationality.test(tokens[sp.getStart()])) {
        continue;
      }
      if (sp.getType().equals("PER") || allCapitalised(tokens, sp.getStart() + 1, sp.getEnd())
          && isPerson(phrase.apply(Arrays.copyOfRange(tokens, sp.getStart() + 1, sp.getEnd())), sp.length() - 1)) {
        spans[i] = new Span(sp.getStart() + 1, sp.getEnd(), "PER", sp.getProb());
      }
    }
  }

  private static boolean allCapitalised(String[] tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!capitalised(tokens[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether a phrase of {@code length} words read by itself is one person's name. */
  private static boolean isPerson(Span[] read, int length) {
    return read.length == 1 && read[0].getType().equals("PER") && read[0].getStart() == 0
        && read[0].getEnd() == length;
  }

  // lower-case words of descent between a given name and a family or clan name
  private static final Set<String> DESCENT = Set.of("arap", "wa", "bin", "binti", "bint", "ibn", "ould");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]*\\p{Ll}");

  /**
   * A person's name the model left out altogether: "138 [Billy Mayfair] 69 69", "4 - [Thomas Muster] ( Austria )". In
   * results tables and leader boards numbers stand where the model expects words, and it misses names it finds in
   * prose. A run of two or three capitalised words, none of them tagged, between words without a capital, is a person
   * when its first word is a person's first word by the label prior ({@code firstName}: "PER-hi-B", as "Billy" or
   * "Thomas") and no title, and the words after it may end a name ({@code nameWord}: no common word, nationality or
   * date, and a person's word by the label prior or unknown to it: not "Cup" in "Davis Cup", not "Rhine"). After a
   * role written in lower case the first word may be any such word too ("former copper chief [Yasuo Hamanaka]"); in a
   * leader board's row, between its rank and its scores, the last word may be a common word ("136 [Fred Couples] 69").
   * So after an office written with a capital ("OPEC Secretary-General [Rilwanu Lukman]", session 23).
   * After a nationality alone ("won by Ethiopian [Hiwot Gebremariam]") the first word may be any name word, and after
   * a person and "and" any capitalised word ("[Beatrice Chebet] and [Faith Kipyegon]"; session 20).
   * On the development sets the model leaves no such run out; this is for tables. Spans in order.
   */
  static Span[] untagged(String[] tokens, Span[] spans, Predicate<String> firstName, Predicate<String> nameWord,
      Predicate<String> nationality) {
    List<Span> added = new ArrayList<>();
    for (int k = 0; k + 1 < tokens.length; k++) {
      // "former copper chief [Yasuo Hamanaka]", "OPEC Secretary-General [Rilwanu Lukman]"
      boolean afterRole = k > 0 && (!capitalised(tokens[k - 1]) && NerCorpus.role(tokens[k - 1])
          || OFFICES.contains(tokens[k - 1]));
      // "won by Ethiopian [Hiwot Gebremariam]": a nationality alone before the name (the model read no name there)
      boolean afterNationality = k > 0 && nationality.test(tokens[k - 1]) && (k == 1 || !capitalised(tokens[k - 2]));
      if ((k > 0 && capitalised(tokens[k - 1]) && !afterNationality && !afterRole) || !capitalisedWord(tokens[k])
          || !(firstName.test(tokens[k]) || (afterRole || afterNationality) && nameWord.test(tokens[k])
              || afterPerson(tokens, spans, k))
          || NerCorpus.title(tokens[k]) || ADDRESS.contains(tokens[k])) {
        continue;
      }
      int e = k + 1;
      while (e < tokens.length && e - k < 4 && capitalised(tokens[e])) {
        e++;
      }
      if (e - k < 2 || e - k > 3 || (e < tokens.length && capitalised(tokens[e])) || !SpanSets.free(spans, k, e)
          || (k > 0 && QUOTES.contains(tokens[k - 1])) || (e < tokens.length && QUOTES.contains(tokens[e]))) {
        continue;
      }
      // a leader board's row: "136 Fred Couples 69 67", "137 Nick Price ( Zimbabwe )"; a surname may be a common word
      boolean row = k > 0 && NerCorpus.isRankOrScore(tokens[k - 1]) && e < tokens.length
          && (NerCorpus.isRankOrScore(tokens[e]) || tokens[e].equals("("));
      boolean name = true;
      for (int j = k + 1; j < e; j++) {
        name &= capitalisedWord(tokens[j]) && !NerCorpus.title(tokens[j])
            && (nameWord.test(tokens[j]) || row && j == e - 1 && !NerCorpus.isDateWord(tokens[j]));
      }
      if (name) {
        added.add(new Span(k, e, "PER", 0));
        k = e - 1;
      }
    }
    return SpanSets.with(spans, added);
  }

  // offices written with a capital before their holder's name: "Commonwealth Secretary-General [Emeka Anyaoku]"
  private static final Set<String> OFFICES = Set.of("Secretary-General", "Director-General", "Minister", "President",
      "Governor", "Mayor", "Chairman", "Chairwoman", "Commissioner", "Prosecutor", "Ambassador", "Envoy", "Senator",
      "Spokesman", "Spokeswoman", "Premier", "Chancellor");

  /** "[Beatrice Chebet] and Faith Kipyegon": after a person of two words or more and "and". */
  private static boolean afterPerson(String[] tokens, Span[] spans, int k) {
    if (k < 3 || !tokens[k - 1].equals("and")) {
      return false;
    }
    for (Span sp : spans) {
      if (sp.getEnd() == k - 1 && sp.getType().equals("PER") && sp.length() >= 2) {
        return true;
      }
    }
    return false;
  }

  // a title of a work ("the album \"Uma Outra Estação\"") or a compound ("Sole-Don Vesuvio"), no person
  private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''", "-");

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  // forms of address before a surname, in English and the languages English text quotes
  private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mme", "Mme.", "Mlle",
      "Mademoiselle", "Madame", "Monsieur", "Herr", "Frau", "Señor", "Señora", "Signor", "Signora");

  /**
   * A name after a form of address is a person's, whatever the model made of it: "[Madame de Listomère]" (a place
   * five times in one Wikipedia article), "Monsieur Hulot". Not a name of the actor dictionary. Spans in place.
   */
  static void addressed(String[] tokens, Span[] spans) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      if (sp.length() >= 2 && !sp.getType().equals("PER") && HONORIFICS.contains(tokens[sp.getStart()])
          && DictionaryNames.typeOf(DocConsistency.key(tokens, sp.getStart(), sp.getEnd())) == null) {
        spans[i] = new Span(sp.getStart(), sp.getEnd(), "PER", sp.getProb());
      }
    }
  }

  /**
   * The name a person is known by is a person's too, in all its mentions: "Diogo Miguel Guedes Almeida ( born 30
   * March 1998 ) , known as [Diga]" (the model: a place, in every mention of the article), "nicknamed [Sandy]". A one-
   * or two-word span right after "known as" or "nicknamed", right after a person span but for a bracketed aside and a
   * comma ("commissioned William Burn to design a seat, known as Carstairs House" is no alias); "known as" after a
   * comma, a bracket or an adverb ("also", "better"), not after a noun ("a sawmill known as [Avalon Mill]"). Spans in
   * place.
   */
  static List<Span[]> knownAs(List<String[]> sentences, List<Span[]> spans) {
    Set<String> aliases = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      String[] t = sentences.get(i);
      Span[] sp = spans.get(i);
      for (int k = 1; k < sp.length; k++) {
        int s = sp[k].getStart();
        int cue = s >= 3 && t[s - 1].equals("as") && t[s - 2].equals("known") && BEFORE_KNOWN.contains(t[s - 3]) ? s - 3
            : s >= 1 && t[s - 1].equals("nicknamed") ? s - 1 : -1;
        if (cue >= 0 && sp[k].length() <= 2 && !sp[k].getType().equals("PER") && sp[k - 1].getType().equals("PER")
            && rightAfter(t, sp[k - 1].getEnd(), cue)) {
          aliases.add(DocConsistency.key(t, s, sp[k].getEnd()));
        }
      }
    }
    if (aliases.isEmpty()) {
      return spans;
    }
    for (int i = 0; i < sentences.size(); i++) {
      Span[] sp = spans.get(i);
      for (int k = 0; k < sp.length; k++) {
        if (aliases.contains(DocConsistency.key(sentences.get(i), sp[k].getStart(), sp[k].getEnd()))) {
          sp[k] = new Span(sp[k].getStart(), sp[k].getEnd(), "PER", sp[k].getProb());
        }
      }
    }
    return spans;
  }

  /** Whether tokens [from, to) are nothing, a comma, or a bracketed aside and a comma: "( born 30 March 1998 ) ,". */
  private static boolean rightAfter(String[] t, int from, int to) {
    int end = to > from && t[to - 1].equals(",") ? to - 1 : to;
    return end == from || (end - from >= 2 && t[from].equals("(") && t[end - 1].equals(")"));
  }

  private static final Set<String> BEFORE_KNOWN = Set.of(",", "(", "also", "better", "commonly", "popularly",
      "professionally", "affectionately", "sometimes", "simply", "often", "widely", "mononymously");

  // ways of addressing a person that are no titles of the training data's role list: the forms of address before a
  // surname and these
  private static final Set<String> ADDRESS = Stream.concat(HONORIFICS.stream(), Stream.of("Uncle", "Aunt", "Auntie",
      "Comrade", "Cde", "Madam", "Mum", "Mom", "Dad", "Papa", "Mama", "Grandma", "Grandpa", "Cousin")).collect(
      Collectors.toUnmodifiableSet());

  /** "Dries": a capital and lower-case letters only. */
  private static boolean capitalisedWord(String w) {
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int k = 1; k < w.length(); k++) {
      if (!Character.isLowerCase(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * One capital letter and a full stop, "A.", "J.", or a few of them written together, "H.D.", "P.N.", unless the
   * actor dictionary knows them ("U.S.", "U.K."), or a letter's postscript ("P.S. Tom").
   */
  static boolean isInitial(String t) {
    if (t.length() == 2) {
      return t.charAt(1) == '.' && Character.isUpperCase(t.charAt(0));
    }
    return INITIALS.matcher(t).matches() && !t.equals("P.S.") && DictionaryNames.typeOf(t) == null;
  }

  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){2,3}");
}
