package org.citycoop.merchant.directory;

import java.math.BigDecimal;

import org.citycoop.platform.security.Anyone;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/**
 * {@code GET /api/directory}: public, paginated search of active merchants by city, country, sector
 * and name, nearest first when a point is given; sector names in the caller's language.
 */
@RestController
@RequiredArgsConstructor
class DirectoryController {

    private final Directory directory;

    @Anyone
    @GetMapping("/api/directory")
    Directory.Page search(@RequestParam(required = false) String city, @RequestParam(required = false) String country,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String q,
            @RequestParam(required = false) java.util.UUID program,
            @RequestParam(required = false) BigDecimal lat, @RequestParam(required = false) BigDecimal lon,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return directory.search(new DirectoryQuery(city, country, sector, q, program, lat, lon, page, size), LocaleContextHolder.getLocale().getLanguage());
    }
}
