package org.parity.platform.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import java.io.Serializable;

/**
 * One value of the shared taxonomy (challenge, priority area, theme, profession, setting, service
 * model, region). Kept as data so editors can add values without a release.
 */
@Entity
@IdClass(TaxonomyTerm.Key.class)
@NamedQuery(
    name = "TaxonomyTerm.findByKind",
    query = "select t from TaxonomyTerm t where t.kind = :kind order by t.position, t.label")
public class TaxonomyTerm {

  /** The composite key: a code is unique within its kind. */
  public static class Key implements Serializable {
    private String kind;
    private String code;

    public Key() {}

    public Key(String kind, String code) {
      this.kind = kind;
      this.code = code;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(kind, key.kind)
          && java.util.Objects.equals(code, key.code);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(kind, code);
    }
  }

  @Id private String kind;
  @Id private String code;
  private String label;
  private int position;

  protected TaxonomyTerm() {}

  public String getKind() {
    return kind;
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }
}
