package org.citycoop.contracts;

import static java.util.Map.entry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycoop.contracts.events.IntegrationEvent;
import org.citycoop.contracts.identity.UserRegistered;
import org.citycoop.contracts.merchant.MerchantClosed;
import org.citycoop.contracts.merchant.MerchantRegistered;
import org.citycoop.contracts.merchant.MerchantSuspended;
import org.citycoop.contracts.merchant.MerchantUpdated;
import org.citycoop.contracts.merchant.PayoutAccountSet;
import org.citycoop.contracts.merchant.ProgramAccepted;
import org.citycoop.contracts.merchant.ProgramWithdrawn;
import org.citycoop.contracts.merchant.StoreOpened;
import org.citycoop.contracts.merchant.TerminalRegistered;
import org.citycoop.contracts.merchant.TerminalRetired;
import org.citycoop.contracts.points.PointsAccrued;
import org.citycoop.contracts.points.PointsConverted;
import org.citycoop.contracts.points.PointsExpired;
import org.citycoop.contracts.points.PointsReversed;
import org.citycoop.contracts.points.RewardVoucherRequested;
import org.citycoop.contracts.redemption.MerchantSettled;
import org.citycoop.contracts.redemption.PurchaseRecorded;
import org.citycoop.contracts.redemption.PurchaseRefunded;
import org.citycoop.contracts.redemption.RedemptionReversed;
import org.citycoop.contracts.redemption.VoucherRedeemed;
import org.citycoop.contracts.voucher.ProgramActivated;
import org.citycoop.contracts.voucher.ProgramClosed;
import org.citycoop.contracts.voucher.VoucherCancelled;
import org.citycoop.contracts.voucher.VoucherExpired;
import org.citycoop.contracts.voucher.VoucherIssued;
import org.citycoop.contracts.voucher.VoucherTransferred;

/** One realistic example per event type; the schema test requires one for every catalogued type. */
final class EventExamples {

    private static final UUID FASCHING = UUID.fromString("0b6f1f6e-6d1c-4c0e-9a53-3d2f0a1b7c11");
    private static final UUID GLEISDORF_STORE = UUID.fromString("7a1c2e4b-3d5f-4a6b-8c9d-0e1f2a3b4c5d");
    private static final UUID TERMINAL = UUID.fromString("3e9a7c10-52b4-4f61-a8d2-6c0b1e5f9a27");
    private static final UUID ADVENT_PROGRAM = UUID.fromString("c4a1b2d3-e5f6-4a7b-8c9d-0e1f2a3b4c5e");
    private static final UUID VOUCHER = UUID.fromString("9b2e4c6a-1d3f-4e5a-8b7c-6d5e4f3a2b1c");

    static final Map<Class<? extends IntegrationEvent>, IntegrationEvent> BY_TYPE = Map.ofEntries(
            entry(MerchantRegistered.class, new MerchantRegistered(FASCHING, "Bäckerei Fasching GmbH", "Bäckerei Fasching", "at-feldbach", "AT",
                    "10.71", Instant.parse("2026-11-21T08:15:30Z"), UUID.fromString("5d0c3a9e-8b1f-4c2d-9e7a-1f2b3c4d5e6f"))),
            entry(MerchantUpdated.class, new MerchantUpdated(FASCHING, "Bäckerei Fasching GmbH", "Bäckerei Fasching & Café", "at-feldbach", "AT",
                    "10.71", "ACTIVE", Instant.parse("2026-11-22T07:00:00Z"))),
            entry(MerchantSuspended.class, new MerchantSuspended(FASCHING, "Unpaid membership fee", Instant.parse("2026-11-23T10:00:00Z"))),
            entry(MerchantClosed.class, new MerchantClosed(FASCHING, "Shop closed by its owner", Instant.parse("2026-12-31T17:00:00Z"))),
            entry(StoreOpened.class, new StoreOpened(GLEISDORF_STORE, FASCHING, "Filiale Gleisdorf", "at-gleisdorf",
                    Instant.parse("2026-11-24T07:00:00Z"))),
            entry(PayoutAccountSet.class, new PayoutAccountSet(FASCHING, "Bäckerei Fasching GmbH", "AT611904300234573201",
                    Instant.parse("2026-11-21T08:15:30Z"))),
            entry(TerminalRegistered.class, new TerminalRegistered(TERMINAL, FASCHING, GLEISDORF_STORE, "Kassa 2, Gleisdorf", "POS",
                    Instant.parse("2026-11-24T07:05:00Z"))),
            entry(TerminalRetired.class, new TerminalRetired(TERMINAL, FASCHING, GLEISDORF_STORE, "Gerät verloren",
                    Instant.parse("2027-02-01T12:00:00Z"))),
            entry(ProgramAccepted.class, new ProgramAccepted(FASCHING, ADVENT_PROGRAM, Instant.parse("2026-11-25T09:00:00Z"))),
            entry(ProgramWithdrawn.class, new ProgramWithdrawn(FASCHING, ADVENT_PROGRAM, Instant.parse("2027-01-10T09:00:00Z"))),
            entry(ProgramActivated.class, new ProgramActivated(ADVENT_PROGRAM,
                    Map.of("de", "Oststeirischer Adventgutschein", "sl", "Adventni bon Vzhodne Štajerske", "hu", "Kelet-stájer adventi utalvány",
                            "en", "East Styrian Advent voucher"),
                    "cooperation", "EUR", "CITIES", List.of("at-feldbach", "at-fehring", "at-bad-radkersburg"), 36,
                    Instant.parse("2026-11-20T08:00:00Z"))),
            entry(ProgramClosed.class, new ProgramClosed(ADVENT_PROGRAM, "Season over", Instant.parse("2027-01-07T08:00:00Z"))),
            entry(VoucherIssued.class, new VoucherIssued(VOUCHER, ADVENT_PROGRAM,
                    "q7X0bM2mJx1vVd3Zk9cE4rT6yU8iO0pA1sD2fG3hJ4k", "cooperation", "EUR", 5500, 5000, 500, "COUNTER", "CASH", null,
                    Instant.parse("2029-11-26T23:00:00Z"), Instant.parse("2026-11-25T10:15:00Z"))),
            entry(VoucherCancelled.class, new VoucherCancelled(VOUCHER, "Sold by mistake", 5500, "EUR", Instant.parse("2026-11-25T10:20:00Z"))),
            entry(VoucherExpired.class, new VoucherExpired(VOUCHER, ADVENT_PROGRAM, 1250, "EUR", Instant.parse("2029-11-26T23:00:00Z"))),
            entry(VoucherTransferred.class, new VoucherTransferred(VOUCHER, UUID.fromString("5d2c8a1e-0f3b-4b7a-9d4e-2a6f1c3b8e90"), null,
                    "Zk9cE4rT6yU8iO0pA1sD2fG3hJ4kq7X0bM2mJx1vVd3", Instant.parse("2026-12-24T17:00:00Z"))),
            entry(PointsAccrued.class, new PointsAccrued(UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"),
                    UUID.fromString("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"), UUID.fromString("6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c"), "at-feldbach", 96, 1,
                    List.of(new PointsAccrued.Reason("BASE", "EUR", 23), new PointsAccrued.Reason("CAMPAIGN", "2× Advent in Feldbach", 23),
                            new PointsAccrued.Reason("CROSS_BORDER", "SI→AT", 50)), 196, Instant.parse("2026-12-05T09:00:01Z"))),
            entry(PointsConverted.class, new PointsConverted(UUID.fromString("e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b"),
                    UUID.fromString("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"), UUID.fromString("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"), 1000, 196,
                    Instant.parse("2026-12-06T10:00:00Z"))),
            entry(PointsExpired.class, new PointsExpired(UUID.fromString("8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e"),
                    UUID.fromString("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"), 300, Instant.parse("2024-12-01T00:00:00Z"), 100,
                    Instant.parse("2026-12-01T03:00:00Z"))),
            entry(PointsReversed.class, new PointsReversed(UUID.fromString("9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f"),
                    UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"), UUID.fromString("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"), 48, 0, 148,
                    Instant.parse("2026-12-07T11:00:00Z"))),
            entry(PurchaseRefunded.class, new PurchaseRefunded(UUID.fromString("9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f"),
                    UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"), UUID.fromString("6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c"),
                    UUID.fromString("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"), UUID.fromString("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"), 1195, 1195, 2390, "EUR",
                    Instant.parse("2026-12-07T10:59:00Z"))),
            entry(RewardVoucherRequested.class, new RewardVoucherRequested(UUID.fromString("e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b"),
                    UUID.fromString("5d2c8a1e-0f3b-4b7a-9d4e-2a6f1c3b8e90"), ADVENT_PROGRAM, 1000, "EUR", 1000, Instant.parse("2026-12-01T18:00:00Z"))),
            entry(VoucherRedeemed.class, new VoucherRedeemed(UUID.fromString("0f1e2d3c-4b5a-4968-8776-655443322110"), VOUCHER, FASCHING, GLEISDORF_STORE,
                    1250, "EUR", 1250, "EUR", "1", 4250, 1, Instant.parse("2026-11-26T15:30:00Z"))),
            entry(RedemptionReversed.class, new RedemptionReversed(UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"),
                    UUID.fromString("0f1e2d3c-4b5a-4968-8776-655443322110"), VOUCHER, FASCHING, 250, "EUR", 4500, 2, Instant.parse("2026-11-26T15:35:00Z"))),
            entry(PurchaseRecorded.class, new PurchaseRecorded(UUID.fromString("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"), FASCHING, GLEISDORF_STORE,
                    "at-gleisdorf", UUID.fromString("5d2c8a1e-0f3b-4b7a-9d4e-2a6f1c3b8e90"), 2380, "EUR", 1250, Instant.parse("2026-11-26T15:30:05Z"))),
            entry(MerchantSettled.class, new MerchantSettled(UUID.fromString("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"), FASCHING, "at-feldbach",
                    java.time.LocalDate.parse("2026-11-16"), java.time.LocalDate.parse("2026-11-22"), 42, 61250, 1500, 59750, "EUR",
                    Instant.parse("2026-11-23T05:00:00Z"))),
            entry(UserRegistered.class, new UserRegistered(UUID.fromString("5d2c8a1e-0f3b-4b7a-9d4e-2a6f1c3b8e90"), List.of("SHOPPER"), "si-ptuj",
                    null, Instant.parse("2026-11-21T09:00:00Z"))));

    private EventExamples() {
    }
}
