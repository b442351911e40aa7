package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.newsgraph.actors.ActorType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextAnalyzer;

/**
 * Finds PER / ORG / LOC names in one article at a time. Keeps a document's adaptive data ({@link NameFinder})
 * and is therefore not thread-safe: make one per {@code DoFn} instance (or thread) from a shared
 * model. Each call to a {@code tag} method is one document: adaptive data is cleared first, and
 * names are then made consistent across the document ({@link DocConsistency}).
 */
public final class EntityTagger {
  private final NameFinder finder;
  private final NameFinder alone; // phrases tagged on their own, without the document's adaptive data
  private final NameFinder stage1; // first stage of a stacked model, else null
  private final boolean consistency;
  private final Truecaser truecaser; // null: sentences are tagged as written
  private final Predicate<String> commonWord; // lower-case words that are no part of a name
  private final Predicate<String> givenName; // capitalised words that may start a person's name
  private final Predicate<String> mayStartPerson; // given names, and first words of persons and of other names
  private final Predicate<String> demonym; // nationality adjectives, no names on their own
  private final Predicate<String> firstName; // capitalised words that mostly start a person's name
  private final Predicate<String> placeWord; // words the label prior has as places' ("Madagascar"; not "Jordan")
  private final Predicate<String> personOrPlaceWord; // words the label prior has often in persons' or places' names
  private final Predicate<String> personWord; // words the label prior has in persons' names
  private final Predicate<String> personOrOrganisationWord; // words the label prior has in other names than places'
  private final Predicate<String> nameWord; // capitalised words that may end a name
  private final Predicate<String> placeAdjective; // a place's adjective of the dictionary ("German", "Afghan")
  private final Predicate<String> nationality; // a place's adjective of the dictionary that starts no names

  /** A tagger on the shipped model. */
  public EntityTagger() {
    this(NerModels.shipped());
  }

  public EntityTagger(TokenNameFinderModel model) {
    this(model, true);
  }

  public EntityTagger(TokenNameFinderModel model, boolean documentConsistency) {
    this(model, documentConsistency, true);
  }

  /** {@code truecase = false} tags sentences in capitals or in title case as written (for measuring). */
  public EntityTagger(TokenNameFinderModel model, boolean documentConsistency, boolean truecase) {
    this.finder = new NameFinder(model);
    this.alone = new NameFinder(model);
    Stage1Model first = Stage1Model.in(model);
    this.stage1 = first == null ? null : new NameFinder(first.model());
    this.consistency = documentConsistency;
    this.truecaser = truecase ? Truecaser.shipped() : null; // loaded with the model, once per JVM
    this.commonWord = commonWords(model, Truecaser.shipped());
    this.givenName = givenNames(model);
    this.mayStartPerson = givenName.or(labelled(model, c -> c.startsWith("MIX") && c.endsWith("-B")));
    this.demonym = demonyms(model, commonWord);
    this.firstName = labelled(model, c -> c.equals("PER-hi-B"));
    this.placeWord = labelled(model, c -> c.startsWith("LOC"));
    this.personOrPlaceWord = labelled(model,
        c -> (c.startsWith("PER") || c.startsWith("LOC")) && !c.contains("-lo-"));
    this.personWord = labelled(model, c -> c.startsWith("PER"));
    this.personOrOrganisationWord = labelled(model, c -> !c.startsWith("LOC") && !c.equals("O"));
    Predicate<String> otherThanPerson = labelled(model, c -> !c.startsWith("PER"));
    this.nameWord = w -> !commonWord.test(w.toLowerCase()) && !demonym.test(w) && !NerCorpus.isDateWord(w)
        && !otherThanPerson.test(w);
    // "Qatari", "Uruguayan"; not "Roman", which the label prior has as the first word of many names
    Predicate<String> startsNames = labelled(model,
        c -> (c.startsWith("PER") || c.startsWith("MIX")) && !c.contains("-lo-"));
    this.placeAdjective = w -> demonym.test(w) && DictionaryNames.isAdjective(w);
    this.nationality = w -> placeAdjective.test(w) && !startsNames.test(w);
    // the rules' dictionary tables load with the model, not inside the first document
    DictionaryNames.placeOrOrganisation("");
    Nations.isNation("");
    Towns.isTown("");
    FederalStates.isState("");
  }

  /** The names of one article, sentence by sentence, in text order. */
  public List<NameSpan> tag(List<Sentence> sentences) {
    List<String[]> toks = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      toks.add(s.tokens);
    }
    List<Span[]> spans = tagTokens(toks);
    List<NameSpan> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      for (Span sp : HyphenatedNames.apply(sentences.get(i), toks.get(i), spans.get(i))) {
        out.add(new NameSpan(sentences.get(i).index, sp.getStart(), sp.getEnd(), actorType(sp.getType()), sp.getProb()));
      }
    }
    return out;
  }

  /**
   * Spans (type PER / ORG / LOC) for each sentence of one document. Sentences in capitals or in
   * title case (headlines) are tagged in their usual casing ({@link Truecaser}), brackets and quotes in
   * Penn Treebank spellings as the characters ({@link PtbTokens}); spans are token indices either way.
   */
  public List<Span[]> tagTokens(List<String[]> sentences) {
    List<String[]> given = new ArrayList<>(sentences.size());
    for (String[] s : sentences) {
      given.add(PtbTokens.plain(s));
    }
    List<String[]> read = new ArrayList<>(sentences.size());
    if (truecaser == null) {
      read.addAll(given);
    } else {
      boolean[] capitals = new boolean[given.size()];
      boolean[] titleCase = new boolean[given.size()];
      List<String[]> mixedCase = new ArrayList<>(given.size());
      for (int i = 0; i < given.size(); i++) {
        capitals[i] = Truecaser.inCapitals(given.get(i));
        titleCase[i] = !capitals[i] && truecaser.inTitleCase(given.get(i));
        if (!capitals[i] && !titleCase[i]) {
          mixedCase.add(given.get(i));
        }
      }
      // a headline reads the names of its story
      Map<String, String> document = mixedCase.size() == given.size() ? Map.of() : Truecaser.documentForms(mixedCase);
      for (int i = 0; i < given.size(); i++) {
        String[] s = given.get(i);
        read.add(capitals[i] ? truecaser.restore(s, document)
            : titleCase[i] ? truecaser.restoreTitleCase(s, document) : s);
      }
    }
    boolean[] asWritten = new boolean[read.size()];
    for (int i = 0; i < asWritten.length; i++) {
      asWritten[i] = read.get(i) == given.get(i);
    }
    List<Span[]> out;
    // names the document defines ("Lenwick is a small market town", "Pezani , a Nairobi start-up"), with their types
    Map<String, String> defined = new HashMap<>();
    if (stage1 == null) {
      out = find(finder, read, asWritten, defined);
    } else {
      // stacked: the second stage reads what the first said about the whole document
      DocLabels.setCurrent(new DocLabels(read, find(stage1, read, asWritten, new HashMap<>())));
      try {
        out = find(finder, read, asWritten, defined);
      } finally {
        DocLabels.setCurrent(null);
      }
    }
    out = consistency ? PersonNames.splitAfterKnownName(read, DocConsistency.apply(read, out, firstName)) : out;
    out = Definitions.throughDocument(read, out, defined);
    out = PersonNames.knownAs(read, out);
    out = Nations.untagged(read, Nations.noPersons(read, out), placeWord);
    out = MediaNames.retype(read, asWritten, out, commonWord, demonym);
    out = CompanyNames.shortNames(read, out, firstName);
    if (SportsTeams.aboutSport(read)) {
      List<Span[]> clubs = new ArrayList<>(out.size());
      for (int i = 0; i < out.size(); i++) {
        Span[] sentence = ExpectedOrganisations.everywhere(read.get(i), out.get(i));
        TeamNicknames.apply(read.get(i), sentence, placeWord, personOrPlaceWord);
        clubs.add(sentence);
      }
      out = SportsTeams.retype(read, TableRows.fill(read, clubs, firstName));
      for (int i = 0; i < out.size(); i++) {
        out.set(i, LineUps.apply(read.get(i), out.get(i)));
      }
    }
    if (MotorTeams.aboutRacing(read)) {
      for (int i = 0; i < out.size(); i++) {
        out.set(i, MotorTeams.apply(read.get(i), out.get(i)));
      }
    }
    return Datelines.places(read, Events.drop(read, OilGrades.drop(read, NamedStorms.drop(read, out))));
  }

  /** One pass of a model over a document (adaptive data cleared before and after). */
  private List<Span[]> find(NameFinder f, List<String[]> read, boolean[] asWritten, Map<String, String> defined) {
    // a phrase cut out of a span is tagged by itself: neither the document's earlier names nor its own result
    // may steer the sentences that follow
    Function<String[], Span[]> phrase = words -> {
      alone.clearAdaptiveData();
      return alone.find(words);
    };
    f.clearAdaptiveData();
    List<Span[]> out = new ArrayList<>(read.size());
    for (int i = 0; i < read.size(); i++) {
      String[] t = read.get(i);
      Span[] spans = t.length == 0 ? new Span[0]
          : findFrom(f, t, asWritten[i] ? Datelines.storyStart(t) : Slugs.length(t));
      if (asWritten[i]) {
        trimLowerCaseEnds(t, spans);
        trimLowerCaseStarts(t, spans, commonWord);
        spans = NameSplits.atLowerCaseWords(t, NameSplits.atCommaAndNationality(t, spans), commonWord);
        spans = NameLists.atAnd(t, spans, phrase);
        spans = LocatedNames.atIn(t, spans, phrase);
        spans = GovernmentBodies.apply(t, GovernmentBodies.noFieldBeforeTitle(t, spans));
        spans = Institutions.apply(t, spans);
        spans = ExpectedOrganisations.apply(t, spans);
        spans = OrganisationNames.joinLists(t, spans, commonWord);
        spans = OrganisationTails.untagged(t, OrganisationTails.apply(t, spans), commonWord);
        spans = define(t, spans, Appositives.defined(t, spans, commonWord), defined);
        List<Span> kinds = KindNouns.found(t, spans);
        spans = SpanSets.put(spans, kinds);
        record(t, KindNouns.notPersons(t, kinds, givenName), defined);
        spans = define(t, spans, CompanyCues.found(t, spans, personWord, commonWord), defined);
        List<Span> firms = new ArrayList<>();
        spans = InnerCapitals.apply(t, spans, firms);
        spans = Acronyms.apply(t, spans, firms);
        record(t, firms, defined);
        List<Span> stocks = new ArrayList<>();
        spans = StockNames.apply(t, spans, commonWord, stocks);
        record(t, stocks, defined);
        spans = define(t, spans, ItsOwners.found(t, spans), defined);
        spans = Campuses.apply(t, PortfolioLists.apply(t, OrganisationNames.extend(t, spans)));
        OrganisationNames.growLeft(t, spans, commonWord);
        OrganisationNames.andBefore(t, spans);
        spans = OrganisationNames.teams(t, OrganisationNames.untagged(t, spans), commonWord);
        spans = Landmarks.untagged(t, spans);
        spans = OrganisationNames.headOfPlace(t, spans);
        spans = Employers.ofPerson(t, Employers.retype(t, spans), firstName);
        spans = PersonNames.splitAtOf(t, spans, phrase);
        spans = PersonNames.splitBeforePerson(t, spans, phrase, mayStartPerson);
        PersonNames.withGivenNames(t, spans, givenName);
        PersonNames.throughParticles(t, spans, Truecaser.shipped()::usuallyLowerCase);
        PersonNames.teamsOfPersons(t, spans, firstName);
        spans = PersonNames.untagged(t, spans, firstName, nameWord, placeAdjective);
        spans = HyphenatedGivenNames.apply(t, spans);
        withoutShortTitles(t, spans);
        withoutRoleOfField(t, spans, commonWord);
        spans = RoleSplits.apply(t, spans, phrase);
        PersonNames.withoutNationality(t, spans, nationality, phrase);
        PersonNames.addressed(t, spans);
        spans = Ages.apply(t, spans, commonWord);
        spans = Occupations.apply(t, spans, commonWord);
        spans = Families.apply(t, spans, commonWord, demonym);
        spans = AdminAreas.apply(t, Realms.apply(t, spans), commonWord);
        spans = Roads.apply(t, spans);
        spans = FederalStates.apply(t, spans);
        spans = FirmsBy.apply(t, spans, firstName);
        spans = LeagueMembers.apply(t, spans);
        spans = RoleOwners.apply(t, spans, commonWord, demonym);
        spans = Possessives.split(t, spans);
        ListTypes.apply(t, spans, firstName);
        spans = ListTypes.untagged(t, spans, commonWord, demonym, personOrOrganisationWord);
        List<Span> places = new ArrayList<>();
        PlaceContexts.apply(t, spans, firstName, places);
        record(t, places, defined);
        Span[] before = spans.clone();
        spans = PlaceContexts.untagged(t, spans);
        spans = PlaceNouns.apply(t, spans, demonym, commonWord);
        spans = KindLists.apply(t, spans, firstName);
        record(t, SpanSets.added(before, spans), defined);
        spans = HomeTowns.apply(t, Towns.untagged(t, spans, firstName, commonWord));
        spans = define(t, spans, Definitions.defined(t, spans, commonWord), defined);
        spans = Glosses.apply(t, spans, demonym); // after the definition that names the place: "The Drava ( ..."
      }
      spans = KnownNames.grow(t, JoinedNames.apply(t, spans));
      KnownNames.withoutNationality(t, spans, placeAdjective);
      spans = CompanyNames.apply(t, NamedThings.drop(t, spans));
      spans = PersonNames.withInitials(t, spans);
      out.add(OrganisationNames.retype(t, stripDeterminer(t, spans, demonym)));
    }
    f.clearAdaptiveData();
    return out;
  }

  /** The spans with the names a sentence defines in their place; the names recorded for the whole document. */
  private static Span[] define(String[] t, Span[] spans, List<Span> found, Map<String, String> defined) {
    record(t, found, defined);
    return SpanSets.put(spans, found);
  }

  private static void record(String[] t, List<Span> found, Map<String, String> defined) {
    for (Span d : found) {
      defined.putIfAbsent(DocConsistency.key(t, d.getStart(), d.getEnd()), d.getType());
    }
  }

  /**
   * The model's names of a sentence read from token {@code from}: after a sports headline's slug ({@link Slugs}), after
   * an agency's opening ({@link Datelines#storyStart}). The model read "( AFP ) - Zinedine Zidane scored" as no name.
   */
  private static Span[] findFrom(NameFinder f, String[] t, int from) {
    if (from == 0 || from >= t.length) {
      return f.find(t);
    }
    Span[] spans = f.find(Arrays.copyOfRange(t, from, t.length));
    for (int i = 0; i < spans.length; i++) {
      spans[i] = new Span(spans[i].getStart() + from, spans[i].getEnd() + from, spans[i].getType(), spans[i].getProb());
    }
    return spans;
  }

  /**
   * Names start after a leading "the" ("the [United Nations]"), as in CoNLL-style annotation, and after a comma the
   * model took in ("Oslo county , [Norway]"). Nationality
   * adjectives alone ("Russian", "Puerto Rican"), an event's adjective ("Olympic"), a lone pronoun or an institution's
   * common noun ("Government") are no name (a quote's "We" was once an organisation, and document consistency then
   * tagged every "We" of the article).
   */
  static Span[] stripDeterminer(String[] tokens, Span[] spans, Predicate<String> demonym) {
    int drop = 0;
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      if (sp.length() >= 2 && NerCorpus.isThe(tokens[sp.getStart()])) {
        spans[i] = sp = new Span(sp.getStart() + 1, sp.getEnd(), sp.getType(), sp.getProb());
      }
      // the model's comma before a country: "Oslo county [, Norway]"
      if (sp.length() >= 2 && tokens[sp.getStart()].equals(",")) {
        spans[i] = sp = new Span(sp.getStart() + 1, sp.getEnd(), sp.getType(), sp.getProb());
      }
      if ((sp.length() == 1 && (isPronoun(tokens[sp.getStart()]) || GENERIC.contains(tokens[sp.getStart()])
          || EVENT_ADJECTIVES.contains(tokens[sp.getStart()])))
          || onlyDemonyms(tokens, sp, demonym) || onlyLowerCaseTitles(tokens, sp)) {
        spans[i] = null;
        drop++;
      }
    }
    if (drop == 0) {
      return spans;
    }
    Span[] out = new Span[spans.length - drop];
    int k = 0;
    for (Span sp : spans) {
      if (sp != null) {
        out[k++] = sp;
      }
    }
    return out;
  }

  // personal and possessive pronouns as written in running text; not in capitals ("US", "IT" are names)
  private static final Set<String> PRONOUNS = Set.of("I", "We", "we", "You", "you", "He", "he", "She", "she", "It",
      "it", "They", "they", "Us", "us", "Him", "him", "Her", "her", "Them", "them", "Our", "our", "Your", "your",
      "His", "his", "Its", "its", "Their", "their", "Me", "me", "My", "my");

  // institutions named by their common noun alone ("Government spokesman Zoltan Kovacs"): the corpora mark a lone
  // "Government" or "Police" as no name 21 and 22 times against 3 and 3
  private static final Set<String> GENERIC = Set.of("Government", "Police", "Cabinet", "Administration", "Opposition",
      "Club");

  // the adjectives of events, no names alone ("Olympic champion Kerron Clement"; CoNLL: MISC); the model's
  // organisations nine times in 3,000 Wikipedia articles
  private static final Set<String> EVENT_ADJECTIVES = Set.of("Olympic", "Paralympic");

  // words that open a sentence about part of what a name names, with "of" or "in": "Shares of [IBM]", "Residents of
  // [Gaza]"; the model took a sentence's "Shares of International Business Machines Corp" for one name
  private static final Set<String> PARTS = Set.of("Shares", "Stocks", "Sales", "Profits", "Exports", "Imports",
      "Members", "Residents", "Officials", "Supporters", "Leaders", "Workers", "Employees", "Shareholders", "Investors",
      "Citizens", "Fans", "Thousands", "Hundreds", "Dozens", "Millions", "Most", "Many", "Some", "All", "None", "Both",
      "Each", "Half", "Part", "Parts", "Much", "Units");

  // lower-case words that belong to names ("Charles [de Gaulle]", "Osama [bin Laden]")
  private static final Set<String> PARTICLES = Set.of("de", "da", "di", "del", "della", "dos", "das", "do", "du", "van",
      "von", "der", "den", "ten", "ter", "le", "la", "al", "el", "bin", "ibn", "ben", "y", "zu", "af", "st");

  /**
   * A capitalised name does not start with a lower-case word either: "northern [Iraq]", "province of
   * [Banten]" (spans in place). Words that belong to names stay: particles ("de Gaulle") and words the
   * unlabeled text usually capitalises (web text's "samantha Fox"). A sentence's first word that names a part ("Shares
   * of", "Residents of") goes with its "of" or "in", a common word with its "at" ("Economists at [Capital Economics]").
   */
  static void trimLowerCaseStarts(String[] tokens, Span[] spans, Predicate<String> commonWord) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int start = nameStart(tokens, sp.getStart(), sp.getEnd(), commonWord);
      if (start == 0 && sp.length() >= 3 && Character.isUpperCase(tokens[2].charAt(0))
          && ((PARTS.contains(tokens[0]) && (tokens[1].equals("of") || tokens[1].equals("in")))
              || (tokens[1].equals("at") && commonWord.test(tokens[0].toLowerCase(Locale.ROOT))))) {
        start = 2; // the sentence's capital: "Shares of [International Business Machines Corp] fell"
      }
      if (start > sp.getStart()) {
        spans[i] = new Span(start, sp.getEnd(), sp.getType(), sp.getProb());
      }
    }
  }

  /**
   * The start of the name in tokens [start, end) without its leading lower-case words and dashes ("rebel -
   * held [Syrian town]"), keeping at least one token; {@code start} itself for a name written in lower case.
   */
  static int nameStart(String[] tokens, int start, int end, Truecaser words) {
    return nameStart(tokens, start, end, words::usuallyLowerCase);
  }

  /** The same, with {@code commonWord} saying which lower-case words are no part of a name. */
  static int nameStart(String[] tokens, int start, int end, Predicate<String> commonWord) {
    if (!hasUpperCase(tokens, start, end)) {
      return start;
    }
    int s = start;
    while (end - s >= 2 && !hasUpperCase(tokens, s, s + 1)
        && (tokens[s].equals("-") || (isLowerCaseWord(tokens[s]) && !PARTICLES.contains(tokens[s])
            && commonWord.test(tokens[s])))) {
      s++;
    }
    return s;
  }

  /**
   * Lower-case words that are no part of a name: those the unlabeled text usually writes in lower case, and
   * (session 8) those it writes in lower case at least one time in ten inside a sentence ("province",
   * "western", "river": names make "Province" the most frequent form, but "samantha" is a name), as the model's
   * capitalisation table ({@code cap.clusters}, buckets 0-5, 3 = under 90% capitalised) says.
   */
  static Predicate<String> commonWords(TokenNameFinderModel model, Truecaser words) {
    Object cap = model.getArtifact("cap.clusters");
    if (!(cap instanceof ClusterTable)) {
      return words::usuallyLowerCase;
    }
    ClusterTable share = (ClusterTable) cap;
    return w -> {
      if (words.usuallyLowerCase(w)) {
        return true;
      }
      String bucket = share.lookup(w);
      return bucket != null && bucket.length() == 1 && bucket.charAt(0) >= '0' && bucket.charAt(0) <= '3';
    };
  }

  /**
   * Capitalised words that may start a person's name (session 9): those the model's label prior ({@code lp.clusters},
   * how an earlier model tagged each word across the unlabeled text) has as a person's first word, and those it lacks.
   */
  static Predicate<String> givenNames(TokenNameFinderModel model) {
    if (!(model.getArtifact("lp.clusters") instanceof ClusterTable)) {
      return w -> false;
    }
    Predicate<String> noFirstWord = labelled(model, c -> !(c.startsWith("PER") && c.endsWith("-B")));
    return noFirstWord.negate();
  }

  /** Words whose class in the model's label prior ({@code lp.clusters}) passes {@code label}; none without one. */
  static Predicate<String> labelled(TokenNameFinderModel model, Predicate<String> label) {
    Object lp = model.getArtifact("lp.clusters");
    if (!(lp instanceof ClusterTable)) {
      return w -> false;
    }
    ClusterTable prior = (ClusterTable) lp;
    return w -> {
      String c = prior.lookup(w);
      return c != null && label.test(c);
    };
  }

  /**
   * Nationality adjectives ({@link NerCorpus#isDemonym}), less the words that only end like one and are a common
   * word ("Guardian": "guardian") or a person's first word by the label prior ("Julian", "Sebastian"); and the actor
   * dictionary's adjectives of places that are no names of it ("Chechen", "Basque"; also, wrongly, "Antarctic", which is
   * a region's name too; plurals not, as "Philippines" would be one). Session 10: the tagger had dropped a lone
   * "Guardian" as a nationality, and kept "Chechen" as a place.
   */
  static Predicate<String> demonyms(TokenNameFinderModel model, Predicate<String> commonWord) {
    Predicate<String> personWord = labelled(model, c -> c.startsWith("PER"));
    return w -> PEOPLES.contains(w) || (w.endsWith("s") && PEOPLES.contains(w.substring(0, w.length() - 1)))
        || (NerCorpus.isDemonym(w)
        && (!NerCorpus.isDemonymBySuffix(w) || !(commonWord.test(w.toLowerCase()) || personWord.test(w))))
        || (DictionaryNames.isAdjective(w) && DictionaryNames.typeOf(w) == null);
  }

  // peoples and faiths that news name as adjectives or plurals, no names on their own (CoNLL: MISC); session 12: the
  // model made "Hutu" a place, "Tutsi" an organisation, "Zulu" a person
  private static final Set<String> PEOPLES = Set.of("Hutu", "Tutsi", "Zulu", "Xhosa", "Banyamulenge", "Hausa", "Igbo",
      "Yoruba", "Berber", "Bedouin", "Tuareg", "Maasai", "Druze", "Alawite", "Hazara", "Pashtun", "Uighur", "Uyghur",
      "Rohingya", "Yazidi", "Baloch", "Maori", "Moslem", "Shi'ite", "Kurd", "Sikh", "Sunni", "Shiite", "Serb", "Croat",
      "Bosniak");

  /** "Russian", "Puerto Rican", "Latin American": nationality adjectives only (up to three words). */
  private static boolean onlyDemonyms(String[] tokens, Span sp, Predicate<String> demonym) {
    if (sp.length() > 3) {
      return false;
    }
    for (int k = sp.getStart(); k < sp.getEnd(); k++) {
      if (!demonym.test(tokens[k])) {
        return false;
      }
    }
    return true;
  }

  /** "the first American [pope]": a title in lower case names no one by itself (web text's "kerala" is a name). */
  private static boolean onlyLowerCaseTitles(String[] tokens, Span sp) {
    for (int k = sp.getStart(); k < sp.getEnd(); k++) {
      if (!isLowerCaseWord(tokens[k]) || !NerCorpus.title(tokens[k])) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> RANKS = Set.of("Brigadier", "Colonel", "Lieutenant", "Captain", "Sergeant",
      "Corporal", "Admiral", "Commander", "Marshal", "Field", "General", "Major");

  /** A personal or possessive pronoun as running text writes it ("We", "our"; not "US" or "IT"). */
  static boolean isPronoun(String token) {
    return PRONOUNS.contains(token);
  }

  /**
   * "[Sen. John Fetterman]" -> "Sen. [John Fetterman]": a person's name has no title written short before it, nor a
   * military rank before two more words ("Brigadier [Sarath Munasinghe]", "Lieutenant General [Sir Mike Jackson]";
   * "[Captain America]" stays).
   */
  static void withoutShortTitles(String[] tokens, Span[] spans) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int start = sp.getStart();
      while (sp.getType().equals("PER") && sp.getEnd() - start >= 2 && (TextAnalyzer.isShortTitle(tokens[start])
          || RANKS.contains(tokens[start]) && sp.getEnd() - start >= 3
          || sp.getEnd() - start >= 3 && roleBeforeName(tokens, start, sp.getEnd()))) {
        start++;
      }
      if (start > sp.getStart()) {
        spans[i] = new Span(start, sp.getEnd(), sp.getType(), sp.getProb());
      }
    }
  }

  /**
   * "[Minister of Defense Hazem Shaalan]" -> "Minister of Defense [Hazem Shaalan]", "Secretary of State [Antony
   * Blinken]": a person's name has no role and its field before it. A role, "of", and one to three capitalised words
   * that are common words in lower case ("Defense", "Foreign Affairs", "State"), then two or more capitalised words:
   * those are the name. The same when the model's span starts at the field ("Director-General for [Health Patrick
   * Amoth]"). "Governor of Texas Greg Abbott" is left to the model: "Texas" is a name, no field. Spans in place.
   */
  static void withoutRoleOfField(String[] tokens, Span[] spans, Predicate<String> commonWord) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int s = sp.getStart();
      // where the field starts: inside the span, or at its start after the role ("Director-General for [Health ...")
      int field;
      if (sp.getType().equals("PER") && sp.length() >= 5 && NerCorpus.role(tokens[s]) && tokens[s + 1].equals("of")) {
        field = s + 2;
      } else if (sp.getType().equals("PER") && sp.length() >= 3 && s >= 2 && SpanSets.capitalised(tokens[s - 2])
          && NerCorpus.role(tokens[s - 2].substring(tokens[s - 2].lastIndexOf('-') + 1)) // "Director-General"
          && (tokens[s - 1].equals("of") || tokens[s - 1].equals("for"))) {
        field = s;
      } else {
        continue;
      }
      int k = field;
      while (k < sp.getEnd() && k - field < 3 && (tokens[k].equals("and") || SpanSets.capitalised(tokens[k])
          && commonWord.test(tokens[k].toLowerCase(Locale.ROOT)))) {
        k++;
      }
      if (k > field && sp.getEnd() - k >= 2 && !tokens[k - 1].equals("and")
          && EntityTagger.hasUpperCase(tokens, k, k + 1)) {
        spans[i] = new Span(k, sp.getEnd(), "PER", sp.getProb());
      }
    }
  }

  /**
   * Whether the span's words from {@code start} open with a role before two or more capitalised words of the name
   * ("[Shadow Chancellor Rachel Reeves]", "[Justice Ruth Bader Ginsburg]"): a role word (not a name's title, "Prince
   * William") or a word of one before a role word, as the training data's names are without their roles.
   */
  private static boolean roleBeforeName(String[] tokens, int start, int end) {
    int k = start;
    while (k < end && (NerCorpus.role(tokens[k]) || NerCorpus.roleModifier(tokens[k]))) {
      k++;
    }
    if (k == start || end - k < 2 || !NerCorpus.role(tokens[k - 1])) {
      return false;
    }
    for (int j = k; j < end; j++) {
      if (!Character.isUpperCase(tokens[j].charAt(0)) && !PARTICLES.contains(tokens[j])) {
        return false;
      }
    }
    return true;
  }

  /**
   * A capitalised name does not end in a lower-case word or a hyphen: "[Hamas] leaders", "[Mozilla] project"
   * (spans in place). Not for sentences read through the {@link Truecaser}, whose name words may
   * come out lower-case, nor for names written all in lower case ("taco bell").
   */
  static void trimLowerCaseEnds(String[] tokens, Span[] spans) {
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int end = taggedNameEnd(tokens, sp.getStart(), sp.getEnd());
      if (end < sp.getEnd()) {
        spans[i] = new Span(sp.getStart(), end, sp.getType(), sp.getProb());
      }
    }
  }

  /**
   * {@link #nameEnd}, and for the tagger's spans (not the training data's) without a number after "and", "or" or
   * "to" ("[Appleby-in-Westmorland and 14] miles": the number is the next phrase's; "Ligue 1" stays).
   */
  static int taggedNameEnd(String[] tokens, int start, int end) {
    int e = nameEnd(tokens, start, end);
    while (e - start >= 3 && NUMBER.matcher(tokens[e - 1]).matches()
        && (tokens[e - 2].equals("and") || tokens[e - 2].equals("to") || tokens[e - 2].equals("or"))) {
      e = nameEnd(tokens, start, e - 2);
    }
    return e;
  }

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*");

  /**
   * The end of the name in tokens [start, end) without its trailing lower-case words and hyphens, keeping at
   * least one token; {@code end} itself when no token has a capital (a name written in lower case).
   */
  static int nameEnd(String[] tokens, int start, int end) {
    if (!hasUpperCase(tokens, start, end)) {
      return end;
    }
    while (end - start >= 2 && (isLowerCaseWord(tokens[end - 1]) || tokens[end - 1].equals("-"))) {
      end--; // also a hyphen: "[U.S. -] led"
    }
    return end;
  }

  /** A word with letters, none of them upper-case ("personnel"; not "iPhone", "11" or "Court"). */
  public static boolean isLowerCaseWord(String token) {
    boolean letter = false;
    for (int i = 0; i < token.length(); i++) {
      char ch = token.charAt(i);
      if (Character.isUpperCase(ch) || Character.isTitleCase(ch)) {
        return false;
      }
      letter |= Character.isLetter(ch);
    }
    return letter;
  }

  static boolean hasUpperCase(String[] tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      if (tokens[i].chars().anyMatch(Character::isUpperCase)) {
        return true;
      }
    }
    return false;
  }

  public static ActorType actorType(String type) {
    switch (type) {
      case "PER":
        return ActorType.PERSON;
      case "ORG":
        return ActorType.ORGANIZATION;
      case "LOC":
        return ActorType.LOCATION;
      default:
        throw new IllegalArgumentException("unknown name type " + type);
    }
  }
}
