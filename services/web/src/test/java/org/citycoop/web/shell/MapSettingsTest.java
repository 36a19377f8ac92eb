package org.citycoop.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;

import org.citycoop.testsupport.BoundSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** citycoop.web.map-tiles: the maps' background. */
class MapSettingsTest {

    private static MapSettings bind(String tiles) {
        return BoundSettings.bind(MapSettings.class, Map.of("citycoop.web.map-tiles", tiles));
    }

    @Test
    void aTileServerWithZoomAndCoordinatesIsTaken() {
        assertThat(bind("https://tile.openstreetmap.org/{z}/{x}/{y}.png").mapTiles()).isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assertThat(bind("https://{s}.tiles.feldbach.example/osm/{z}/{y}/{x}.png?key=k").mapTiles()).startsWith("https://{s}.tiles.");
    }

    @Test
    void aTileAddressWithoutCoordinatesStopsTheStartNamingTheProperty() {
        assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind("https://tile.openstreetmap.org/tile.png"))
                .satisfies(refused -> assertThat(refused.getCause().getMessage()).contains("map-tiles").contains("{z}, {x} and {y}"));
    }

    @Test
    void aTileAddressWithoutSchemeStopsTheStart() {
        assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind("tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .satisfies(refused -> assertThat(refused.getCause().getMessage()).contains("map-tiles"));
    }
}
