package org.citycoop.contracts.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** {@code ownerId} was added to v1 additively: events written before it still read, and operators' registrations name no owner. */
class MerchantRegisteredTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anEventWrittenBeforeOwnerIdExistedReadsWithNoOwner() {
        String old = """
                {"merchantId":"0b6f1f6e-6d1c-4c0e-9a53-3d2f0a1b7c11","legalName":"Bäckerei Fasching GmbH","tradingName":"Bäckerei Fasching",
                 "cityCode":"at-feldbach","countryCode":"AT","naceCode":"10.71","registeredAt":"2026-11-21T08:15:30Z"}""";
        MerchantRegistered read = JSON.readValue(old, MerchantRegistered.class);
        assertThat(read.ownerId()).isNull();
        assertThat(read.tradingName()).isEqualTo("Bäckerei Fasching");
    }

    @Test
    void anApprovedApplicationNamesItsApplicantAsOwner() {
        UUID applicant = UUID.randomUUID();
        MerchantRegistered approved = new MerchantRegistered(UUID.randomUUID(), "Lekarna Ptuj d.o.o.", "Lekarna Ptuj", "si-ptuj", "SI", "47.73",
                Instant.parse("2026-12-03T08:00:00Z"), applicant);
        MerchantRegistered read = JSON.readValue(JSON.writeValueAsString(approved), MerchantRegistered.class);
        assertThat(read.ownerId()).isEqualTo(applicant);
        assertThat(new MerchantRegistered(UUID.randomUUID(), "X", "X", "at-weiz", "AT", "47.11", Instant.now()).ownerId()).isNull();
    }
}
