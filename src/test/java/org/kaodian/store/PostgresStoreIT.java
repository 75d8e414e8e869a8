package org.kaodian.store;

/** The store's contract on a real PostgreSQL server, the same Flyway migrations as on SQLite. */
class PostgresStoreIT extends StoreContract {
  @Override
  protected String freshUrl() throws Exception {
    return TestPostgres.freshDatabase();
  }
}
