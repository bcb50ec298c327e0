package org.parity.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.Session;

/**
 * Looks through every table of the schema, as the database describes it (so a table added later is
 * looked through too): which text columns hold a piece of text, and which columns pointing at an
 * account hold a given id.
 */
@Stateless
public class EveryTable {

  private static final Set<Integer> TEXT =
      Set.of(
          Types.CHAR,
          Types.VARCHAR,
          Types.LONGVARCHAR,
          Types.CLOB,
          Types.NCHAR,
          Types.NVARCHAR,
          Types.LONGNVARCHAR,
          Types.NCLOB);

  @PersistenceContext EntityManager em;

  /** "table.column" for every text column holding {@code text} anywhere in a value. */
  public List<String> columnsHolding(String text) {
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              List<String> found = new ArrayList<>();
              for (String[] column : columns(connection, TEXT)) {
                String sql =
                    "SELECT COUNT(*) FROM " + column[0] + " WHERE LOCATE(?, " + column[1] + ") > 0";
                if (count(connection, sql, text) > 0) {
                  found.add(name(column));
                }
              }
              return found;
            });
  }

  /** "table.column" for every column with a foreign key to account holding {@code accountId}. */
  public List<String> accountReferencesTo(long accountId) {
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              List<String> found = new ArrayList<>();
              for (String[] column : accountKeys(connection)) {
                String sql = "SELECT COUNT(*) FROM " + column[0] + " WHERE " + column[1] + " = ?";
                if (count(connection, sql, accountId) > 0) {
                  found.add(name(column));
                }
              }
              return found;
            });
  }

  /** Every "table.column" with a foreign key to account. */
  public List<String> accountKeys() {
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> accountKeys(connection).stream().map(EveryTable::name).toList());
  }

  private static List<String[]> accountKeys(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    List<String[]> keys = new ArrayList<>();
    for (String table : tables(connection)) {
      if (!table.equalsIgnoreCase("account")) {
        continue;
      }
      try (ResultSet exported =
          meta.getExportedKeys(connection.getCatalog(), connection.getSchema(), table)) {
        while (exported.next()) {
          keys.add(
              new String[] {
                exported.getString("FKTABLE_NAME"), exported.getString("FKCOLUMN_NAME")
              });
        }
      }
    }
    return keys;
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs =
        connection
            .getMetaData()
            .getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
      while (rs.next()) {
        String type = rs.getString("TABLE_TYPE").toUpperCase(Locale.ROOT);
        String table = rs.getString("TABLE_NAME");
        if (type.contains("TABLE")
            && !type.contains("SYSTEM")
            && !table.toLowerCase(Locale.ROOT).startsWith("flyway")) {
          tables.add(table);
        }
      }
    }
    return tables;
  }

  private static List<String[]> columns(Connection connection, Set<Integer> types)
      throws SQLException {
    List<String[]> columns = new ArrayList<>();
    for (String table : tables(connection)) {
      try (ResultSet rs =
          connection
              .getMetaData()
              .getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
        while (rs.next()) {
          if (types.contains(rs.getInt("DATA_TYPE"))) {
            columns.add(new String[] {table, rs.getString("COLUMN_NAME")});
          }
        }
      }
    }
    return columns;
  }

  private static long count(Connection connection, String sql, Object value) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, value);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String name(String[] column) {
    return (column[0] + "." + column[1]).toLowerCase(Locale.ROOT);
  }
}
