package org.parity.curriculum.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.List;

/** One step of a module: a text, a video with transcript, a reflection prompt, or a quiz. */
@Entity
public class Unit implements Positioned {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
  @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private ModuleVersion moduleVersion;

  private int position;

  @Enumerated(EnumType.STRING)
  private UnitKind kind;

  private String title;
  private String body;
  private String url;
  private int passMark;
  private int questionCount;
  private int maxAttempts;
  private boolean clinicalClaims;

  @ElementCollection
  @CollectionTable(name = "unit_reference", joinColumns = @JoinColumn(name = "unit_id"))
  @OrderColumn(name = "position")
  private List<UnitReference> references = new ArrayList<>();

  protected Unit() {}

  Unit(ModuleVersion moduleVersion, int position, UnitContent content) {
    this.moduleVersion = moduleVersion;
    this.position = position;
    replace(content);
  }

  void replace(UnitContent content) {
    this.kind = content.kind();
    this.title = content.title();
    this.body = content.body();
    this.url = content.url();
    this.passMark = content.passMark();
    this.questionCount = content.questionCount();
    this.maxAttempts = content.maxAttempts();
    this.clinicalClaims = content.clinicalClaims();
    this.references.clear();
    content.references().forEach(r -> this.references.add(new UnitReference(r)));
  }

  public UnitContent content() {
    return new UnitContent(
        kind,
        title,
        body,
        url,
        passMark,
        questionCount,
        maxAttempts,
        clinicalClaims,
        references.stream().map(UnitReference::reference).toList());
  }

  @Override
  public void position(int position) {
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public UnitKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getUrl() {
    return url;
  }

  public int getPassMark() {
    return passMark;
  }

  public int getQuestionCount() {
    return questionCount;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public List<Reference> getReferences() {
    return references.stream().map(UnitReference::reference).toList();
  }
}
