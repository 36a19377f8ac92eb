package org.citycoop.web.shops;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.network.PartnerCity;
import org.citycoop.web.shell.MapSettings;
import org.citycoop.web.shell.Upstream;
import org.citycoop.web.shell.UpstreamSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where to spend vouchers ({@code /shops}, open to everyone): the network's active shops by city and
 * sector, and those accepting one voucher program ({@code ?program=}, linked from each voucher), as a
 * list and on a map (Leaflet; tiles from {@code citycoop.web.map-tiles}). From merchant-service's public
 * directory, sector names in the page's language.
 */
@Controller
class ShopFinderPage {

    private record Entry(UUID id, String tradingName, String cityCode, String cityName, String countryCode, String sector, @Nullable String street,
            @Nullable String postalCode, @Nullable String openingHours, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude) {
    }

    private record Page(List<Entry> items, int page, int size, long total, boolean totalExact) {
    }

    private record Sector(String code, String name) {
    }

    private record Program(Map<String, String> names) {
    }

    /** A shop on the list and the map. */
    record Shop(String name, String address, String city, String sector, @Nullable String hours, @Nullable BigDecimal lat, @Nullable BigDecimal lon) {
    }

    /** A choice of a filter: value, text, whether chosen. */
    record Choice(String value, String text, boolean chosen) {
    }

    static final int PAGE_SIZE = 20;

    private final Upstream merchants;
    private final Upstream vouchers;
    private final tools.jackson.databind.json.JsonMapper json;
    private final String tiles;

    ShopFinderPage(UpstreamSettings upstreams, MapSettings maps, MessageSource messages, tools.jackson.databind.json.JsonMapper json) {
        this.merchants = new Upstream(upstreams.merchantUrl(), Duration.ofSeconds(5), messages, "shops.unavailable");
        this.vouchers = new Upstream(upstreams.voucherUrl(), Duration.ofSeconds(5), messages, "shops.unavailable");
        this.json = json;
        this.tiles = maps.mapTiles();
    }

    @GetMapping("/shops")
    String page(@RequestParam(required = false) @Nullable String city, @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable UUID program, @RequestParam(defaultValue = "0") int page, Model model, Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        String chosenCity = city == null || city.isBlank() || PartnerCity.byCode(city).isEmpty() ? null : city;
        String chosenSector = sector == null || !sector.matches("\\d{2}") ? null : sector;
        int pageNumber = Math.max(0, Math.min(page, 1000));
        model.addAttribute("cities", Arrays.stream(PartnerCity.values()).sorted(Comparator.comparing(PartnerCity::country).thenComparing(PartnerCity::officialName))
                .map(c -> new Choice(c.code(), c.officialName(), c.code().equals(chosenCity))).toList());
        model.addAttribute("program", program);
        model.addAttribute("tiles", tiles);
        try {
            Sector[] sectors = merchants.client().get().uri("/api/sectors").headers(h -> h.setAcceptLanguageAsLocales(List.of(locale))).retrieve()
                    .body(Sector[].class);
            model.addAttribute("sectors", sectors == null ? List.of() : Arrays.stream(sectors)
                    .map(s -> new Choice(s.code(), s.name(), s.code().equals(chosenSector))).toList());
            if (program != null) {
                model.addAttribute("programName", programName(program, locale));
            }
            String query = UriComponentsBuilder.fromPath("/api/directory").queryParamIfPresent("city", java.util.Optional.ofNullable(chosenCity))
                    .queryParamIfPresent("sector", java.util.Optional.ofNullable(chosenSector)).queryParamIfPresent("program", java.util.Optional.ofNullable(program))
                    .queryParam("page", pageNumber).queryParam("size", PAGE_SIZE).build().toUriString();
            Page found = merchants.client().get().uri(query).headers(h -> h.setAcceptLanguageAsLocales(List.of(locale))).retrieve().body(Page.class);
            List<Shop> shops = found == null ? List.of() : found.items().stream().map(e -> new Shop(e.tradingName(),
                    String.join(", ", java.util.stream.Stream.of(e.street(), (e.postalCode() == null ? "" : e.postalCode() + " ") + e.cityName())
                            .filter(part -> part != null && !part.isBlank()).toList()),
                    e.cityName(), e.sector(), e.openingHours(), e.latitude(), e.longitude())).toList();
            model.addAttribute("shops", shops);
            model.addAttribute("total", found == null ? 0 : found.total());
            model.addAttribute("page", pageNumber);
            model.addAttribute("more", found != null && (long) (pageNumber + 1) * PAGE_SIZE < found.total());
            model.addAttribute("shopsJson", json.writeValueAsString(shops).replace("</", "<\\/"));
        } catch (RestClientResponseException refused) {
            response.setStatus(refused.getStatusCode().is4xxClientError() ? HttpStatus.BAD_REQUEST.value() : HttpStatus.BAD_GATEWAY.value());
            model.addAttribute("refusal", refused.getStatusCode().value() == 404 ? "shops.unknown-program" : "shops.unavailable");
        } catch (RestClientException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("refusal", "shops.unavailable");
        }
        return "shops";
    }

    private String programName(UUID program, Locale locale) {
        Program found = vouchers.client().get().uri("/api/programs/{id}", program).retrieve().body(Program.class);
        Map<String, String> names = found == null || found.names() == null ? Map.of() : found.names();
        return names.getOrDefault(locale.getLanguage(), names.getOrDefault("en", ""));
    }
}
