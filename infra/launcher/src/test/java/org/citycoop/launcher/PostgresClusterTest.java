package org.citycoop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PostgresClusterTest {

    private static final String LISTING = """
            15  main    5432 down   postgres /var/lib/postgresql/15/main /var/log/postgresql/postgresql-15-main.log
            16  demo    5433 online postgres /var/lib/postgresql/16/demo /var/log/postgresql/postgresql-16-demo.log
            """;

    @Test
    void theFirstClusterListedIsTheDefault() {
        assertThat(Postgres.Cluster.choose(LISTING, Optional.empty())).contains(new Postgres.Cluster("15", "main", 5432, "down"));
    }

    @Test
    void citycoopPgClusterChoosesAnother() {
        assertThat(Postgres.Cluster.choose(LISTING, Optional.of("16 demo"))).contains(new Postgres.Cluster("16", "demo", 5433, "online"));
        assertThat(Postgres.Cluster.choose(LISTING, Optional.of("17 main"))).isEmpty();
    }

    @Test
    void noClusterIsNoCluster() {
        assertThat(Postgres.Cluster.choose("", Optional.empty())).isEmpty();
        assertThat(Postgres.Cluster.parse("Ver Cluster Port Status Owner")).isEmpty();
    }
}
