package org.parity.platform.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.parity.platform.mail.MailOutbox;
import org.parity.platform.mail.OutgoingMail;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The /admin/outbox page: every mail Parity wrote, newest first. */
@Named
@ViewScoped
public class Outbox implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MailOutbox outbox;

  private final LazyDataModel<OutgoingMail> mails =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) outbox.count();
        }

        @Override
        public List<OutgoingMail> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return outbox.newestFirst(first, pageSize);
        }

        @Override
        public String getRowKey(OutgoingMail mail) {
          return String.valueOf(mail.getId());
        }
      };

  public LazyDataModel<OutgoingMail> getMails() {
    return mails;
  }
}
