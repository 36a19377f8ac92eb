package org.citycoop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresUrlTest {

    @Test
    void anAdminUrlNamesUserPasswordHostPortAndDatabase() {
        PostgresUrl url = PostgresUrl.parse("postgresql://admin:s3cret@db.feldbach.example:6432/postgres?sslmode=require");

        assertThat(url).isEqualTo(new PostgresUrl("admin", "s3cret", "db.feldbach.example", 6432, "postgres", "sslmode=require"));
    }

    @Test
    void portAndDatabaseHaveTheirDefaults() {
        PostgresUrl url = PostgresUrl.parse("postgresql://admin@10.0.4.17");

        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.database()).isEqualTo("postgres");
        assertThat(url.password()).isNull();
    }

    @Test
    void aPercentEncodedPasswordIsDecodedAndNeverPartOfWhatPsqlGets() {
        PostgresUrl url = PostgresUrl.parse("postgresql://admin:p%40ss%3Aw'rd@db:5432/postgres");

        assertThat(url.password()).isEqualTo("p@ss:w'rd");
        assertThat(url.withoutPassword()).isEqualTo("postgresql://admin@db:5432/postgres").doesNotContain("p@ss");
    }

    @Test
    void anotherDatabaseKeepsServerUserAndParameters() {
        PostgresUrl url = PostgresUrl.parse("postgresql://admin:x@db:5433/postgres?sslmode=require").withDatabase("citycoop_analytics");

        assertThat(url.withoutPassword()).isEqualTo("postgresql://admin@db:5433/citycoop_analytics?sslmode=require");
    }

    @Test
    void somethingElseIsRefusedWithoutShowingItsPassword() {
        assertThatThrownBy(() -> PostgresUrl.parse("mysql://root:hunter2@db/app"))
                .isInstanceOf(Failure.class).hasMessageContaining("postgresql://user:pass@host:port/db").hasMessageNotContaining("hunter2");
    }
}
