package org.parity.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.parity.identity.application.AccountAdministrationService;
import org.parity.identity.application.AccountView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The /admin page: accounts, searched by name or email, a page at a time. */
@Named
@ViewScoped
public class AccountDirectory implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountAdministrationService administration;

  private String query = "";

  private final LazyDataModel<AccountView> accounts =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) administration.countAccounts(query);
        }

        @Override
        public List<AccountView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return administration.searchAccounts(query, first, pageSize);
        }

        @Override
        public String getRowKey(AccountView account) {
          return String.valueOf(account.id());
        }
      };

  public LazyDataModel<AccountView> getAccounts() {
    return accounts;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query == null ? "" : query;
  }
}
