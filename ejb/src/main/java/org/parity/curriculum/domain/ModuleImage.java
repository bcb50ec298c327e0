package org.parity.curriculum.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;

/**
 * An image a module version's units show as {@code ![…](images/NAME)}, kept as {@link
 * org.parity.content.ImageFile} accepted it, with the alternative text read out in its place.
 */
@Entity
@NamedQuery(
    name = "ModuleImage.ofVersion",
    query =
        "select new org.parity.curriculum.domain.ModuleImage$Listed(i.id, i.name, i.altText,"
            + " i.mediaType, i.width, i.height, i.size) from ModuleImage i"
            + " where i.moduleVersion = :version order by i.name")
public class ModuleImage {

  /** An image without its bytes, for lists and for rendering units. */
  public record Listed(
      long id, String name, String alt, String mediaType, int width, int height, long size) {}

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_image_seq")
  @SequenceGenerator(
      name = "module_image_seq",
      sequenceName = "module_image_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private ModuleVersion moduleVersion;

  private String name;
  private String mediaType;
  private String altText;
  private int width;
  private int height;
  private long size;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  protected ModuleImage() {}

  public ModuleImage(
      ModuleVersion moduleVersion,
      String name,
      String mediaType,
      String altText,
      int width,
      int height,
      byte[] content) {
    this.moduleVersion = moduleVersion;
    this.name = name;
    this.mediaType = mediaType;
    this.altText = altText;
    this.width = width;
    this.height = height;
    this.content = content.clone();
    this.size = content.length;
  }

  /** The same image for another version (a new draft starts with copies). */
  public ModuleImage copyFor(ModuleVersion draft) {
    return new ModuleImage(draft, name, mediaType, altText, width, height, content);
  }

  public Long getId() {
    return id;
  }

  public ModuleVersion getModuleVersion() {
    return moduleVersion;
  }

  public String getName() {
    return name;
  }

  public String getMediaType() {
    return mediaType;
  }

  public String getAltText() {
    return altText;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
