package org.citycoop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsWhatTheActuatorAnswers() {
        Object info = Json.parse("""
                {"status":"UP","groups":["liveness","readiness"],"demo":{"cities":24,"rate":-1.5e2,"region":true,"home":null,
                 "name":"Szentgotth\\u00e1rd \\"HU\\""}}
                """);

        assertThat(info).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) info).get("status")).isEqualTo("UP");
        @SuppressWarnings("unchecked")
        Map<String, Object> demo = (Map<String, Object>) ((Map<String, Object>) info).get("demo");
        assertThat(demo).containsEntry("cities", new BigDecimal("24")).containsEntry("rate", new BigDecimal("-1.5e2")).containsEntry("region", true).containsEntry("home", null)
                .containsEntry("name", "Szentgotthárd \"HU\"");
        assertThat(((Map<?, ?>) info).get("groups")).isEqualTo(List.of("liveness", "readiness"));
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThatThrownBy(() -> Json.parse("<html>502 Bad Gateway</html>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("{\"status\":\"UP\"} trailing")).isInstanceOf(IllegalArgumentException.class);
    }
}
