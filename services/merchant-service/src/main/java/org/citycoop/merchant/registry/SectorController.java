package org.citycoop.merchant.registry;

import java.util.List;
import java.util.Map;

import org.citycoop.platform.security.Anyone;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/** {@code GET /api/sectors}: public list of sectors, named in the caller's language (and all four). */
@RestController
@RequiredArgsConstructor
class SectorController {

    private final Sectors sectors;

    record SectorView(String code, String name, Map<String, String> names) {
    }

    @Anyone
    @GetMapping("/api/sectors")
    List<SectorView> sectors() {
        String language = LocaleContextHolder.getLocale().getLanguage();
        return sectors.all().stream().map(s -> new SectorView(s.code(), s.nameIn(language),
                Map.of("en", s.nameEn(), "de", s.nameDe(), "sl", s.nameSl(), "hu", s.nameHu()))).toList();
    }
}
