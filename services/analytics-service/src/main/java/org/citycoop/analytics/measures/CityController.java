package org.citycoop.analytics.measures;

import static org.springframework.http.HttpMethod.GET;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.citycoop.platform.security.EndpointRules;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.refusal.Fault;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/**
 * {@code GET /api/analytics/cities} (indicators per city) for economists and operators
 * ({@link CityMeasure}): {@code from}, {@code to}, {@code cities}, {@code countries}, {@code sectors},
 * {@code currency} ({@link MeasureRequests}), {@code format=json|csv|xlsx}.
 */
@RestController
@RequiredArgsConstructor
class CityController {

    private final CityMeasure measure;
    private final MeasureRequests requests;

    @GetMapping("/api/analytics/cities")
    ResponseEntity<?> cities(@RequestParam(defaultValue = "json") String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "") List<String> cities, @RequestParam(defaultValue = "") List<String> countries,
            @RequestParam(defaultValue = "") List<String> sectors, @RequestParam(defaultValue = "EUR") String currency) {
        Scope scope = requests.scope(from, to, cities, countries, sectors, List.of(), currency, MeasureRequests.format(new ArrayList<>(), format));
        CityMeasure.CitiesAnswer answer = measure.cities(scope);
        return Downloads.answer(answer, answer::table, format, "cities", scope);
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        EndpointRules cityRules() {
            return EndpointRules.builder().roles(GET, "/api/analytics/cities", Role.ECONOMIST, Role.OPERATOR).build();
        }
    }
}
