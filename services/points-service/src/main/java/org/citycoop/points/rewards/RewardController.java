package org.citycoop.points.rewards;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.citycoop.platform.idempotency.Replies;
import org.citycoop.platform.security.Caller;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.citycoop.platform.web.RefusalProblems;
import org.citycoop.platform.web.RequestRejected;
import org.citycoop.platform.web.RequestRejected.Violation;
import org.citycoop.points.rewards.decision.ConversionRefusal;
import org.citycoop.points.rewards.decision.Cataloguing;
import org.citycoop.points.rewards.decision.NewReward;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/**
 * {@code GET /api/rewards} (shoppers, operators): the catalogue. {@code POST /api/rewards} (operators):
 * a new entry. {@code POST /api/conversions} (shoppers, with Idempotency-Key) {@code {rewardId}}: points
 * into a reward voucher.
 */
@RestController
@RequiredArgsConstructor
class RewardController {

    record Convert(@Nullable UUID rewardId) {
    }

    private final Rewards rewards;

    @Roles({Role.SHOPPER, Role.OPERATOR})
    @GetMapping("/api/rewards")
    List<Rewards.Reward> catalogue() {
        return rewards.catalogue();
    }

    @Roles(Role.OPERATOR)
    @PostMapping("/api/rewards")
    ResponseEntity<Rewards.Reward> add(@RequestBody NewReward request) {
        Rewards.Reward reward = rewards.add(request, null);
        return ResponseEntity.created(URI.create("/api/rewards/" + reward.id())).body(reward);
    }

    @Roles(Role.SHOPPER)
    @PostMapping("/api/conversions")
    ResponseEntity<Rewards.Conversion> convert(@RequestBody Convert request, @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        UUID shopper = UUID.fromString(Caller.current().orElseThrow().subject());
        Rewards.Conversion conversion;
        try {
            conversion = rewards.convert(shopper, request.rewardId(), key);
        } catch (ConversionRefused refused) {
            throw problem(refused.refusal());
        }
        return Replies.createdOrReplayed(conversion.replayed()).body(conversion);
    }

    /** A refusal as its problem detail (type, status, the arguments of its texts). */
    static RequestRejected problem(ConversionRefusal refusal) {
        return switch (refusal) {
            case ConversionRefusal.RewardMissing() -> RequestRejected.invalid(List.of(new Violation("rewardId", "rewards.reward")));
            case ConversionRefusal.RewardUnknown unknown -> new RequestRejected(HttpStatus.NOT_FOUND, "reward-unknown", List.of(), unknown.rewardId());
            case ConversionRefusal.NotEnoughPoints short_ -> new RequestRejected(HttpStatus.UNPROCESSABLE_CONTENT, "not-enough-points", List.of(),
                    short_.needed(), short_.balance());
        };
    }

    /** A refused catalogue entry: a 400 naming each field at fault. */
    @Component
    static class EntryProblems implements RefusalProblems<Cataloguing.Refused> {

        @Override
        public RequestRejected problem(Cataloguing.Refused refused) {
            return RequestRejected.invalid(refused.faults().stream().map(Violation::of).toList());
        }
    }
}
