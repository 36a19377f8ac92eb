package org.citycoop.web.dashboards;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.web.session.WebSecurityConfiguration;
import org.citycoop.web.shell.MapSettings;
import org.citycoop.web.shell.UpstreamSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The economists' dashboards: the page (filters, charts, tables) and, for its script, analytics-service's
 * measures fetched with the signed-in person's own token ({@code /dashboards/data/{measure}}) and
 * downloaded as CSV or XLSX ({@code /dashboards/export/{measure}}). analytics-service decides what the
 * person may see (economists their cities and the region's totals, operators everything) and its
 * problem details, in the page's language, pass through to the page.
 */
@Controller
class DashboardsPage {

    private static final Set<String> MEASURES = Set.of("spending", "vouchers", "flows", "cities", "retention", "points");

    /** A partner city for the filters and the map: code, name, country. */
    record City(String code, String name, String country) {
    }

    /** The texts the page's script needs (keys {@code dashboards.js.*} in the messages), and the sectors it names. */
    static final List<String> SCRIPT_TEXTS = List.of("amount", "redemptions", "shoppers", "suppressed", "previous", "change", "month", "city", "sector",
            "shop", "issuer", "sold", "sold-value", "redeemed", "breakage", "refunds", "outstanding", "from", "to", "countries", "region", "loading",
            "failed", "unavailable", "download-csv", "download-xlsx", "spent", "float", "empty", "by-city", "by-sector", "this-year", "year-before",
            "choose", "cooperation", "network", "unknown");
    static final List<String> SECTORS = List.of("10", "47", "55", "56", "96");

    private final RestClient analytics;
    private final org.springframework.context.MessageSource messages;
    private final tools.jackson.databind.json.JsonMapper json;

    private record Centre(String code, java.math.BigDecimal latitude, java.math.BigDecimal longitude) {
    }

    private final org.citycoop.web.shell.Upstream merchants;
    private final String tiles;
    private volatile java.util.Map<String, List<java.math.BigDecimal>> centres = java.util.Map.of();

    DashboardsPage(UpstreamSettings upstreams, MapSettings maps, org.springframework.context.MessageSource messages,
            tools.jackson.databind.json.JsonMapper json) {
        this.merchants = new org.citycoop.web.shell.Upstream(upstreams.merchantUrl(), Duration.ofSeconds(3), messages, "dashboards.js.unavailable");
        this.tiles = maps.mapTiles();
        this.messages = messages;
        this.json = json;
        org.springframework.http.client.JdkClientHttpRequestFactory requests = new org.springframework.http.client.JdkClientHttpRequestFactory(
                java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.analytics = RestClient.builder().baseUrl(upstreams.analyticsUrl()).requestFactory(requests).build();
    }

    @GetMapping("/dashboards")
    String page(@AuthenticationPrincipal OidcUser user, Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        boolean allowed = !org.citycoop.web.shell.Audience.ANALYSTS.refuses(user, model, response);
        model.addAttribute("allowed", allowed);
        if (!allowed) {
            return "dashboards";
        }
        model.addAttribute("cities", java.util.Arrays.stream(PartnerCity.values()).map(city -> new City(city.code(), city.officialName(), city.country()))
                .sorted(java.util.Comparator.comparing(City::country).thenComparing(City::name)).toList());
        java.util.Map<String, Object> texts = new java.util.LinkedHashMap<>();
        SCRIPT_TEXTS.forEach(key -> texts.put(key, messages.getMessage("dashboards.js." + key, null, locale)));
        java.util.Map<String, String> sectors = new java.util.LinkedHashMap<>();
        SECTORS.forEach(sector -> sectors.put(sector, messages.getMessage("sector." + sector, null, locale)));
        texts.put("sectors", sectors);
        texts.put("otherSector", messages.getMessage("sector.other", null, locale));
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        java.util.Arrays.stream(PartnerCity.values()).forEach(city -> names.put(city.code(), city.officialName()));
        texts.put("cities", names);
        texts.put("locale", locale.toLanguageTag());
        texts.put("centres", centres());
        model.addAttribute("tiles", tiles);
        // JSON in a script element the browser does not run: only "</" could end it early
        model.addAttribute("textsJson", json.writeValueAsString(texts).replace("</", "<\\/"));
        return "dashboards";
    }

    /**
     * The partner cities' centres for the map, from merchant-service's reference data; kept once read
     * (operators seldom move a city's centre); none while merchant-service does not answer (no map then).
     */
    private java.util.Map<String, List<java.math.BigDecimal>> centres() {
        if (centres.isEmpty()) {
            try {
                Centre[] cities = merchants.client().get().uri("/api/cities").retrieve().body(Centre[].class);
                java.util.Map<String, List<java.math.BigDecimal>> read = new java.util.LinkedHashMap<>();
                for (Centre city : cities == null ? new Centre[0] : cities) {
                    if (city.latitude() != null && city.longitude() != null) {
                        read.put(city.code(), List.of(city.latitude(), city.longitude()));
                    }
                }
                centres = java.util.Map.copyOf(read);
            } catch (RestClientException e) {
                return java.util.Map.of();
            }
        }
        return centres;
    }

    @GetMapping(path = "/dashboards/data/{measure}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> data(@PathVariable String measure, HttpServletRequest request,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client, Locale locale) {
        return fetch(measure, request.getQueryString(), client, locale, MediaType.APPLICATION_JSON);
    }

    @GetMapping("/dashboards/export/{measure}")
    @ResponseBody
    ResponseEntity<byte[]> export(@PathVariable String measure, HttpServletRequest request,
            @RegisteredOAuth2AuthorizedClient(WebSecurityConfiguration.REGISTRATION) OAuth2AuthorizedClient client, Locale locale) {
        return fetch(measure, request.getQueryString(), client, locale, MediaType.ALL);
    }

    /** The measure from analytics-service as the person; its status, type and file name pass through. */
    private ResponseEntity<byte[]> fetch(String measure, String query, OAuth2AuthorizedClient client, Locale locale, MediaType accept) {
        if (!MEASURES.contains(measure)) {
            return ResponseEntity.notFound().build();
        }
        try {
            return analytics.get().uri("/api/analytics/" + measure + (query == null ? "" : "?" + query))
                    .headers(headers -> {
                        headers.setBearerAuth(client.getAccessToken().getTokenValue());
                        headers.setAcceptLanguageAsLocales(List.of(locale));
                        headers.setAccept(List.of(accept, MediaType.APPLICATION_PROBLEM_JSON));
                    })
                    .exchange((req, response) -> {
                        HttpHeaders headers = new HttpHeaders();
                        if (response.getHeaders().getContentType() != null) {
                            headers.setContentType(response.getHeaders().getContentType());
                        }
                        String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
                        if (disposition != null) {
                            headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition);
                        }
                        headers.setCacheControl("no-store");
                        return new ResponseEntity<>(response.getBody().readAllBytes(), headers, response.getStatusCode());
                    });
        } catch (RestClientException e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body("{\"status\":503,\"title\":\"analytics unavailable\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
