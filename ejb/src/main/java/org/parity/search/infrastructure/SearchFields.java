package org.parity.search.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;

/** The index's fields, declared once for every kind of document and written from a document. */
public final class SearchFields {

  public static final String KIND = "kind";
  public static final String SLUG = "slug";
  public static final String ADDRESS = "address";
  public static final String TITLE = "title";

  /** The body as stored for snippets; searched, with the title, through {@link #TEXT}. */
  public static final String BODY = "body";

  /**
   * Title (twice) and body together, so every word of a query is looked up in one field: requiring
   * each word in either of two fields costs a disjunction per word (see the README's search
   * benchmark).
   */
  public static final String TEXT = "text";

  public static final String PREFIXES = "titlePrefixes";

  /** Title (twice) and body as unstemmed words, for typing slips only. */
  public static final String WORDS = "words";

  public static final String DATE = "date";
  public static final String YEAR = "year";
  public static final String CHALLENGE = "challenge";
  public static final String PRIORITY_AREA = "priorityArea";
  public static final String SETTING = "setting";
  public static final String PROFESSION = "profession";
  public static final String REGION = "region";
  public static final String VISIBLE = "visible";
  public static final String NETWORK = "network";

  /**
   * Every facet value of a document in one field, as {@code name:value}: counting one field walks
   * the matches once instead of six times (see the search benchmark in the README).
   */
  public static final String FACET_VALUES = "facetValues";

  /** The facets a reader can narrow by, in the order pages show them. */
  public static final List<String> FACETS =
      List.of(CHALLENGE, PRIORITY_AREA, SETTING, PROFESSION, REGION, YEAR);

  private final IndexFieldReference<String> kind;
  private final IndexFieldReference<String> slug;
  private final IndexFieldReference<String> address;
  private final IndexFieldReference<String> title;
  private final IndexFieldReference<String> body;
  private final IndexFieldReference<String> text;
  private final IndexFieldReference<String> prefixes;
  private final IndexFieldReference<String> words;
  private final IndexFieldReference<String> facetValues;
  private final IndexFieldReference<LocalDate> date;
  private final IndexFieldReference<Integer> year;
  private final IndexFieldReference<String> challenge;
  private final IndexFieldReference<String> priorityArea;
  private final IndexFieldReference<String> setting;
  private final IndexFieldReference<String> profession;
  private final IndexFieldReference<String> region;
  private final IndexFieldReference<Boolean> visible;
  private final IndexFieldReference<Long> network;

  SearchFields(IndexSchemaElement root, IndexFieldTypeFactory types) {
    var keyword = types.asString().projectable(Projectable.YES).toIndexFieldType();
    // Filters only: facets are counted from FACET_VALUES.
    var facet = types.asString().toIndexFieldType();
    kind = root.field(KIND, keyword).toReference();
    slug = root.field(SLUG, keyword).toReference();
    address = root.field(ADDRESS, keyword).toReference();
    // Shown, not searched: the words are looked up in TEXT.
    var shown = types.asString().searchable(Searchable.NO).projectable(Projectable.YES);
    title = root.field(TITLE, shown.toIndexFieldType()).toReference();
    body = root.field(BODY, shown.toIndexFieldType()).toReference();
    text =
        root.field(
                TEXT,
                types
                    .asString()
                    .analyzer(SearchAnalysis.ENGLISH)
                    .searchAnalyzer(SearchAnalysis.ENGLISH_QUERY))
            .toReference();
    prefixes =
        root.field(
                PREFIXES,
                types
                    .asString()
                    .analyzer(SearchAnalysis.PREFIXES)
                    .searchAnalyzer(SearchAnalysis.PREFIXES_QUERY)
                    .searchable(Searchable.YES))
            .toReference();
    words =
        root.field(WORDS, types.asString().analyzer(SearchAnalysis.WORDS).norms(Norms.NO))
            .toReference();
    facetValues =
        root.field(
                FACET_VALUES, types.asString().aggregable(Aggregable.YES).searchable(Searchable.NO))
            .multiValued()
            .toReference();
    date =
        root.field(DATE, types.asLocalDate().sortable(Sortable.YES).projectable(Projectable.YES))
            .toReference();
    year = root.field(YEAR, types.asInteger()).toReference();
    challenge = root.field(CHALLENGE, facet).multiValued().toReference();
    priorityArea = root.field(PRIORITY_AREA, facet).multiValued().toReference();
    setting = root.field(SETTING, facet).multiValued().toReference();
    profession = root.field(PROFESSION, facet).multiValued().toReference();
    region = root.field(REGION, facet).toReference();
    visible = root.field(VISIBLE, types.asBoolean()).toReference();
    network = root.field(NETWORK, types.asLong()).toReference();
  }

  void write(DocumentElement target, SearchDocument document) {
    target.addValue(kind, document.kind());
    target.addValue(slug, document.slug());
    target.addValue(address, document.address());
    target.addValue(title, document.title());
    target.addValue(body, document.body());
    target.addValue(text, titleTwiceAndBody(document));
    target.addValue(prefixes, document.title());
    target.addValue(words, titleTwiceAndBody(document));
    target.addValue(visible, document.visible());
    target.addValue(network, document.networkId());
    if (document.date() != null) {
      target.addValue(date, document.date());
      target.addValue(year, document.date().getYear());
      target.addValue(facetValues, facetValue(YEAR, String.valueOf(document.date().getYear())));
    }
    addAll(target, challenge, CHALLENGE, document.challenges());
    addAll(target, priorityArea, PRIORITY_AREA, document.priorityAreas());
    addAll(target, setting, SETTING, document.settings());
    addAll(target, profession, PROFESSION, document.professions());
    if (document.region() != null && !document.region().isBlank()) {
      addAll(target, region, REGION, List.of(document.region()));
    }
  }

  /**
   * The words of the title count twice, so a study about what was asked (it says so in its title)
   * ranks above one that mentions it, without a second field to search.
   */
  private static String titleTwiceAndBody(SearchDocument document) {
    String title = Objects.toString(document.title(), "");
    return title + "\n\n" + title + "\n\n" + Objects.toString(document.body(), "");
  }

  /** How one facet's value is written in {@link #FACET_VALUES}. */
  public static String facetValue(String facet, String value) {
    return facet + ":" + value;
  }

  private void addAll(
      DocumentElement target,
      IndexFieldReference<String> field,
      String facet,
      List<String> values) {
    if (values != null) {
      values.stream()
          .filter(v -> v != null && !v.isBlank())
          .distinct()
          .forEach(
              v -> {
                target.addValue(field, v);
                target.addValue(facetValues, facetValue(facet, v));
              });
    }
  }
}
