/**
 * Where the database comes from: an external PostgreSQL named by {@code DATABASE_URL} (or Railway's {@code PG*}
 * variables), else an embedded PostgreSQL kept under {@code ./data/} for local use.
 */
package app.sorriso.base.database;
