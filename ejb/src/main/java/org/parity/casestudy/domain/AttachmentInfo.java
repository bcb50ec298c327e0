package org.parity.casestudy.domain;

import java.io.Serializable;

/** What a page shows about an attachment, without loading its bytes. */
public record AttachmentInfo(long id, String fileName, String mediaType, long size)
    implements Serializable {

  public boolean isImage() {
    return mediaType.startsWith("image/");
  }

  /** Size for people: "240 KB", "1.2 MB". */
  public String getReadableSize() {
    if (size < 1024 * 1024) {
      return Math.max(1, Math.round(size / 1024.0)) + " KB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
  }

  public long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }
}
