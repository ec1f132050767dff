package app.sorriso.base.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded PostgreSQL 18 for local runs and tests, used only when no external database was named. It is a real
 * PostgreSQL, so the schema, the exclusion constraints and the search indexes behave as they will in production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(EmbeddedPostgres.class)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean
    DataSource dataSource(
            @Value("${sorriso.database.embedded-directory:data/postgres}") String directory,
            @Value("${spring.datasource.hikari.connection-init-sql:}") String connectionInitSql,
            @Value("${spring.datasource.hikari.data-source-properties.logServerErrorDetail:false}")
                    String logServerErrorDetail) {
        EmbeddedPostgres postgres = EmbeddedPostgresServer.startOnce(directory);
        log.warn(
                "No DATABASE_URL set: using the embedded PostgreSQL 18 on port {} with data in {} "
                        + "(for local use and tests, not for production)",
                postgres.getPort(),
                EmbeddedPostgresServer.dataDirectory());

        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setPoolName("embedded");
        dataSource.setMaximumPoolSize(10);
        dataSource.setConnectionInitSql(connectionInitSql.isBlank() ? null : connectionInitSql);
        dataSource.addDataSourceProperty("logServerErrorDetail", logServerErrorDetail);
        return dataSource;
    }
}
