package org.citycoop.web.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The service worker's cache is named after every asset's hash: another build's assets, another cache. */
class ServiceWorkerTest {

    private static final List<String> BUILD = List.of("/css/app-0123456789abcdef0123456789abcdef.css", "/js/pwa-fedcba9876543210fedcba9876543210.js");

    @Test
    void oneChangedAssetGivesTheServiceWorkerAnotherVersion() {
        List<String> next = List.of("/css/app-0123456789abcdef0123456789abcdef.css", "/js/pwa-00000000000000000000000000000001.js");
        assertThat(ServiceWorker.versionOf(next)).isNotEqualTo(ServiceWorker.versionOf(BUILD));
    }

    @Test
    void theSameAssetsInAnotherOrderAreTheSameVersion() {
        assertThat(ServiceWorker.versionOf(BUILD.reversed())).isEqualTo(ServiceWorker.versionOf(BUILD)).matches("[0-9a-f]{16}");
    }
}
