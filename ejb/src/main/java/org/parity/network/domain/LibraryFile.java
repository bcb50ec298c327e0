package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;

/**
 * The bytes of a library entry's PDF, apart from the entry so that reading the library never loads
 * them.
 */
@Entity
@NamedQuery(
    name = "LibraryFile.ofResource",
    query = "select f from LibraryFile f where f.resource = :resource")
public class LibraryFile {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_file_seq")
  @SequenceGenerator(
      name = "library_file_seq",
      sequenceName = "library_file_seq",
      allocationSize = 50)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  private LibraryResource resource;

  @Lob private byte[] content;

  protected LibraryFile() {}

  public LibraryFile(LibraryResource resource, byte[] content) {
    this.resource = resource;
    this.content = content.clone();
  }

  public LibraryResource getResource() {
    return resource;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
