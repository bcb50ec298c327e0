package org.parity.benchmark.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes the benchmark's case studies: about 300 words each, from the topics' vocabulary, shared
 * stock sentences and numbers. Study {@code i} depends only on the seed and {@code i}, so any run
 * with the same seed stores the same text, and the ground truth (its topic) comes with it.
 */
final class CorpusGenerator {

  /** Far above any id the application's sequence hands out in a fresh database. */
  static final long FIRST_ID = 50_000_000L;

  static final String SLUG_PREFIX = "bench-";

  private static final List<String> PLACES =
      List.of(
          "Riverside",
          "Northfield",
          "Ashby",
          "Hollin Vale",
          "Kingsmere",
          "Lowther",
          "Brampton",
          "Caddington",
          "Eastwick",
          "Fenmoor",
          "Glenbrook",
          "Harwood",
          "Ivybridge",
          "Juniper Bay",
          "Kirkby Moor",
          "Larkhill",
          "Millbrook",
          "Newhaven Cross",
          "Oakworth",
          "Penrose",
          "Queensbury",
          "Redmarsh",
          "Stanmore Green",
          "Thornbury",
          "Upton Fields",
          "Westcliff",
          "Yarrow",
          "Ambleford",
          "Bexwell",
          "Coldharbour");

  private static final List<String> ORGANISATIONS =
      List.of(
          "Primary Care Network",
          "NHS Foundation Trust",
          "Community Health Partnership",
          "Integrated Care Board",
          "Health and Care Partnership",
          "Mental Health Trust",
          "University Hospitals",
          "Council Public Health Team");

  private static final List<String> REGIONS =
      List.of(
          "NORTH_EAST_YORKSHIRE",
          "NORTH_WEST",
          "MIDLANDS",
          "EAST_OF_ENGLAND",
          "LONDON",
          "SOUTH_EAST",
          "SOUTH_WEST",
          "WALES",
          "SCOTLAND",
          "NORTHERN_IRELAND");

  private static final List<String> EXTRA_PROFESSIONS =
      List.of("GP", "MANAGER", "PEER_SUPPORT_WORKER", "SOCIAL_WORKER", "PHARMACIST", "OTHER");

  private static final List<String> SETTINGS_TEXT =
      List.of(
          "A service covering {n1},000 people in a mixed urban and rural area with high"
              + " deprivation.",
          "Three practices and a community team in a coastal town with an older population.",
          "A city-centre service working across health, social care and the voluntary sector.",
          "A district general hospital and the community services around it.");

  private static final List<String> STOCK_PROBLEMS =
      List.of(
          "Services worked in silos and information was not shared between teams.",
          "Staff turnover was high and there was no agreed pathway.",
          "People from minority ethnic communities were under-represented among those seen.",
          "Waiting lists had grown to {n2} weeks since the pandemic.",
          "Nobody owned the problem, so each team assumed another would act.");

  private static final List<String> STOCK_INTERVENTIONS =
      List.of(
          "The team met fortnightly to review cases and agree who would act.",
          "Patients and carers helped design the service and its leaflets.",
          "A shared care record allowed every professional to see the same plan.",
          "Training was delivered to {n1} staff in half-day workshops.",
          "An outcomes dashboard was reviewed every month by the steering group.",
          "The service was co-produced with people with lived experience.");

  private static final List<String> STOCK_OUTCOMES =
      List.of(
          "Patient satisfaction was {p2}% in the annual survey.",
          "Staff confidence scores rose from {n2} to {n1} out of 100.",
          "The evaluation by the local university found the changes were sustained after two"
              + " years.",
          "Did-not-attend rates fell from {p1}% to {p2}%.");

  private static final List<String> EVALUATIONS =
      List.of(
          "The evaluation compared the twelve months before and after the change, using routine"
              + " data from the practices and the hospital.",
          "A service evaluation by the trust's quality improvement team used run charts and"
              + " interviews with {n2} patients and staff.",
          "Outcomes were recorded on the electronic patient record and audited each quarter by"
              + " the clinical lead.",
          "An independent evaluation by the academic health science network is under way.",
          "Feedback was gathered through questionnaires, focus groups and a patient panel that"
              + " met every two months.",
          "The team used plan-do-study-act cycles, changing one thing at a time and checking"
              + " the data each week.");

  private static final List<String> COSTS =
      List.of(
          "The service cost about £{n1},000 a year, largely met from existing budgets.",
          "Start-up funding of £{n2},000 came from the integrated care board's transformation"
              + " fund.",
          "Savings from fewer admissions were estimated at £{n1},000 a year.",
          "Staff time was the main cost, about {n2} hours a week across the team.");

  private static final List<String> LESSONS =
      List.of(
          "Start small and measure from the first week.",
          "Relationships between teams matter more than the pathway document.",
          "Involve people with lived experience from the beginning.",
          "Protect time for supervision and reflective practice.",
          "Agree who acts on results before you start.",
          "A named contact makes the difference for patients.",
          "Share the data with every team each month.",
          "Do not underestimate the administrative support needed.");

  private final long seed;

  CorpusGenerator(long seed) {
    this.seed = seed;
  }

  GeneratedStudy study(int index) {
    Random random = random(index);
    Topic topic = Topics.ALL.get(random.nextInt(Topics.ALL.size()));
    String place = pick(random, PLACES);
    Text text = new Text(random, topic, place);
    String organisation = place + " " + pick(random, ORGANISATIONS) + " (example)";
    List<Topic> others = others(random, topic);
    Set<String> professions = new LinkedHashSet<>(topic.professions());
    professions.add(pick(random, EXTRA_PROFESSIONS));
    return new GeneratedStudy(
        FIRST_ID + index,
        slug(index),
        topic.code(),
        text.fill(pick(random, topic.titles())),
        text.fill(
            organisation
                + " changed how it works with {who}. "
                + pick(random, topic.interventions())
                + " "
                + pick(random, topic.outcomes())),
        text.fill(pick(random, SETTINGS_TEXT)),
        text.fill(
            "The service is for about {n1}0 adults in "
                + place
                + ", with {who} at the centre of the work. Of these, "
                + others.get(0).mention()
                + ", and "
                + others.get(1).mention()
                + "."),
        text.fill(
            String.join(" ", topic.problems())
                + " "
                + pick(random, STOCK_PROBLEMS)
                + " "
                + pick(random, STOCK_PROBLEMS)),
        text.fill(
            String.join(" ", topic.interventions())
                + " "
                + pick(random, STOCK_INTERVENTIONS)
                + " "
                + pick(random, STOCK_INTERVENTIONS)),
        text.fill(
            String.join(" ", topic.outcomes())
                + " "
                + pick(random, STOCK_OUTCOMES)
                + " "
                + pick(random, EVALUATIONS)),
        text.fill(pick(random, COSTS)),
        pick(random, LESSONS) + " " + pick(random, LESSONS) + " " + pick(random, LESSONS),
        organisation,
        pick(random, REGIONS),
        List.of(topic.challenge()),
        topic.priorityAreas(),
        new ArrayList<>(professions),
        topic.settings(),
        LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2500)));
  }

  /** The ground truth alone, without writing the text: what study {@code index} is about. */
  String topic(int index) {
    return Topics.ALL.get(random(index).nextInt(Topics.ALL.size())).code();
  }

  static String slug(int index) {
    return String.format("%s%06d", SLUG_PREFIX, index);
  }

  /**
   * A generator of its own for each study. Its seed is scrambled (SplitMix64's finaliser): the
   * first numbers of {@link Random}s with consecutive seeds are nearly the same, which would give
   * neighbouring studies the same topic and leave other topics empty.
   */
  private Random random(int index) {
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new Random(z ^ (z >>> 31));
  }

  /** Two other topics this study mentions in passing. */
  private static List<Topic> others(Random random, Topic topic) {
    List<Topic> others = new ArrayList<>(Topics.ALL);
    others.remove(topic);
    Topic first = others.remove(random.nextInt(others.size()));
    return List.of(first, others.get(random.nextInt(others.size())));
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * Fills a template's blanks; one study keeps one choice of name for its condition, as an author
   * would (mostly the long form: abbreviations are the later, rarer names).
   */
  private static final class Text {

    private final String who;
    private final String place;
    private final String p1;
    private final String p2;
    private final String n1;
    private final String n2;

    Text(Random random, Topic topic, String place) {
      List<String> names = topic.names();
      this.who = random.nextInt(10) < 6 ? names.get(0) : pick(random, names);
      this.place = place;
      int low = 10 + random.nextInt(40);
      this.p1 = String.valueOf(low);
      this.p2 = String.valueOf(low + 5 + random.nextInt(40));
      this.n1 = String.valueOf(5 + random.nextInt(400));
      this.n2 = String.valueOf(2 + random.nextInt(60));
    }

    String fill(String template) {
      return template
          .replace("{who}", who)
          .replace("{place}", place)
          .replace("{p1}", p1)
          .replace("{p2}", p2)
          .replace("{n1}", n1)
          .replace("{n2}", n2);
    }
  }
}
