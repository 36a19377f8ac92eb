package org.citycoop.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** How the console's lists read: a merchant's application, and where the audit log's older page starts. */
class ListsSectionsTest {

    @Test
    void anApplicationShowsTheShopTheCompanyTheCityTheSectorTheVatIdAndTheDayInVienna() {
        // given an application sent at 23:30 UTC on 2 December, without a VAT id
        MerchantApplicationsSection.Merchant zach = new MerchantApplicationsSection.Merchant(UUID.randomUUID(), "Konditorei Zach OG", "Konditorei Zach",
                "at-fehring", "10.71", null, "info@zach.example", Instant.parse("2026-12-02T23:30:00Z"));
        // when it is listed in German
        Row row = MerchantApplicationsSection.row(zach, Locale.GERMAN);
        // then it was sent on 3 December, Vienna's day
        assertThat(row.id()).isEqualTo(zach.id().toString());
        assertThat(row.cells()).containsExactly("Konditorei Zach", "Konditorei Zach OG", "Fehring", "10.71", "", "03.12.2026");
    }

    @Test
    void afterAFullPageOfTheAuditLogTheOlderOnesStartAtItsLastEntry() {
        // given a full page, newest first
        List<AuditLogSection.Audit> page = new ArrayList<>();
        Instant newest = Instant.parse("2026-12-03T12:00:00Z");
        for (int i = 0; i < AuditLogSection.PAGE; i++) {
            page.add(new AuditLogSection.Audit(1000 - i, newest.minusSeconds(60L * i), "program.activated", "operator", "program", null));
        }
        // when the link to the older entries is made
        // then it starts before the oldest one shown
        assertThat(AuditLogSection.older(page)).isEqualTo(newest.minusSeconds(60L * (AuditLogSection.PAGE - 1)).toString());
    }

    @Test
    void afterAShorterPageThereIsNothingOlder() {
        List<AuditLogSection.Audit> page = List.of(new AuditLogSection.Audit(1, Instant.now(), "program.activated", "operator", "program", "detail"));
        assertThat(AuditLogSection.older(page)).isNull();
        assertThat(AuditLogSection.older(List.of())).isNull();
    }
}
