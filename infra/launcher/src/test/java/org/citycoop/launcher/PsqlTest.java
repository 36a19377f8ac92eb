package org.citycoop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PsqlTest {

    private static Settings settings(Map<String, String> env, boolean rootUser) {
        return Settings.from(Path.of("/srv/citycoop"), env, Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"), rootUser);
    }

    @Test
    void theLocalAdministratorIsThePostgresUserStoppingAtTheFirstError() {
        assertThat(Psql.admin(settings(Map.of(), true), "citycoop_analytics").command())
                .containsExactly("runuser", "-u", "postgres", "--", "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-tA", "-d", "citycoop_analytics");
        assertThat(Psql.admin(settings(Map.of(), false), null).command()).startsWith("sudo", "-n", "-u", "postgres", "psql");
    }

    @Test
    void theExternalPasswordTravelsInTheEnvironmentNotOnTheCommandLine() {
        Psql psql = Psql.admin(settings(Map.of("CITYCOOP_POSTGRES_URL", "postgresql://admin:s3cret@db:5432/postgres"), true), "template1");

        assertThat(psql.command()).contains("postgresql://admin@db:5432/template1").noneMatch(a -> a.contains("s3cret"));
        assertThat(psql.environment()).containsEntry("PGPASSWORD", "s3cret");
    }

    @Test
    void valuesArePassedAsVariablesNeverAsSql() {
        Psql psql = Psql.admin(settings(Map.of(), true), null).with("password", "it's; DROP TABLE city");

        assertThat(psql.command()).endsWith("-v", "password=it's; DROP TABLE city");
        assertThat(Postgres.createRole("role", "password", "")).doesNotContain("citycoop").contains(":'role'", ":'password'", "%I", "%L");
        assertThatThrownBy(() -> psql.with("x'; --", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void psqlQuotesAVariableItSubstitutes() {
        Settings settings = settings(Map.of(), "root".equals(System.getProperty("user.name")));
        assumeTrue(Exec.onPath("psql") && Psql.admin(settings, null).run("SELECT 1;\n").ok(), "a local PostgreSQL this user administers");
        String awkward = "Gleisdorf's; SELECT 'oops'";

        Exec.Result result = Psql.admin(settings, null).with("value", awkward).run("SELECT :'value';\n");

        assertThat(result.ok()).isTrue();
        assertThat(result.output().strip()).isEqualTo(awkward);
    }
}
