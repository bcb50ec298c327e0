package org.parity.search.infrastructure;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
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
  public static final String BODY = "body";
  public static final String PREFIXES = "titlePrefixes";
  public static final String DATE = "date";
  public static final String YEAR = "year";
  public static final String CHALLENGE = "challenge";
  public static final String PRIORITY_AREA = "priorityArea";
  public static final String SETTING = "setting";
  public static final String PROFESSION = "profession";
  public static final String REGION = "region";
  public static final String VISIBLE = "visible";
  public static final String NETWORK = "network";

  /** The facets a reader can narrow by, in the order pages show them. */
  public static final List<String> FACETS =
      List.of(CHALLENGE, PRIORITY_AREA, SETTING, PROFESSION, REGION, YEAR);

  private final IndexFieldReference<String> kind;
  private final IndexFieldReference<String> slug;
  private final IndexFieldReference<String> address;
  private final IndexFieldReference<String> title;
  private final IndexFieldReference<String> body;
  private final IndexFieldReference<String> prefixes;
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
    var facet = types.asString().aggregable(Aggregable.YES).toIndexFieldType();
    var text =
        types
            .asString()
            .analyzer(SearchAnalysis.ENGLISH)
            .searchAnalyzer(SearchAnalysis.ENGLISH_QUERY)
            .projectable(Projectable.YES)
            .toIndexFieldType();
    kind = root.field(KIND, keyword).toReference();
    slug = root.field(SLUG, keyword).toReference();
    address = root.field(ADDRESS, keyword).toReference();
    title = root.field(TITLE, text).toReference();
    body = root.field(BODY, text).toReference();
    prefixes =
        root.field(
                PREFIXES,
                types
                    .asString()
                    .analyzer(SearchAnalysis.PREFIXES)
                    .searchAnalyzer(SearchAnalysis.PREFIXES_QUERY)
                    .searchable(Searchable.YES))
            .toReference();
    date =
        root.field(DATE, types.asLocalDate().sortable(Sortable.YES).projectable(Projectable.YES))
            .toReference();
    year = root.field(YEAR, types.asInteger().aggregable(Aggregable.YES)).toReference();
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
    target.addValue(prefixes, document.title());
    target.addValue(visible, document.visible());
    target.addValue(network, document.networkId());
    if (document.date() != null) {
      target.addValue(date, document.date());
      target.addValue(year, document.date().getYear());
    }
    addAll(target, challenge, document.challenges());
    addAll(target, priorityArea, document.priorityAreas());
    addAll(target, setting, document.settings());
    addAll(target, profession, document.professions());
    if (document.region() != null && !document.region().isBlank()) {
      target.addValue(region, document.region());
    }
  }

  private static void addAll(
      DocumentElement target, IndexFieldReference<String> field, List<String> values) {
    if (values != null) {
      values.stream()
          .filter(v -> v != null && !v.isBlank())
          .distinct()
          .forEach(v -> target.addValue(field, v));
    }
  }
}
