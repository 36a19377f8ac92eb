package org.citycoop.contracts.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

/** Every integration event type there is, with its type name, topic and schema. */
public final class EventCatalog {

    private static final List<Class<? extends IntegrationEvent>> TYPES = List.of(
            MerchantRegistered.class,
            MerchantUpdated.class,
            MerchantSuspended.class,
            MerchantClosed.class,
            StoreOpened.class,
            PayoutAccountSet.class,
            TerminalRegistered.class,
            TerminalRetired.class,
            ProgramAccepted.class,
            ProgramWithdrawn.class,
            ProgramActivated.class,
            ProgramClosed.class,
            VoucherIssued.class,
            VoucherCancelled.class,
            VoucherExpired.class,
            VoucherTransferred.class,
            UserRegistered.class,
            RewardVoucherRequested.class,
            PointsAccrued.class,
            PointsConverted.class,
            PointsExpired.class,
            PointsReversed.class,
            VoucherRedeemed.class,
            RedemptionReversed.class,
            PurchaseRecorded.class,
            PurchaseRefunded.class,
            MerchantSettled.class);

    private static final Map<String, Class<? extends IntegrationEvent>> BY_TYPE = TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(EventCatalog::typeOf, Function.identity()));

    private EventCatalog() {
    }

    /** All event classes. */
    public static List<Class<? extends IntegrationEvent>> types() {
        return TYPES;
    }

    /** {@code org.citycoop.<context>.<name>.v<version>} of an event class. */
    public static String typeOf(Class<? extends IntegrationEvent> eventClass) {
        EventType type = annotation(eventClass);
        return "org.citycoop." + type.context().id() + "." + type.name() + ".v" + type.version();
    }

    /** The topic an event class is published on. */
    public static String topicOf(Class<? extends IntegrationEvent> eventClass) {
        return annotation(eventClass).context().topic();
    }

    /** Classpath resource of the JSON Schema of an event type. */
    public static String schemaResource(String type) {
        return "/org/citycoop/contracts/schemas/" + type + ".json";
    }

    /** The class of a type name, if this version of the contracts knows it. */
    public static Optional<Class<? extends IntegrationEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    private static EventType annotation(Class<? extends IntegrationEvent> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @EventType");
        }
        return type;
    }
}
