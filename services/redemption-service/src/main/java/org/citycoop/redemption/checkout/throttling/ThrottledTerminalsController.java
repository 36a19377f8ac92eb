package org.citycoop.redemption.checkout.throttling;

import java.util.List;

import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import lombok.RequiredArgsConstructor;

/** Operators: terminals throttled now after repeated unknown codes. */
@RestController
@RequiredArgsConstructor
class ThrottledTerminalsController {

    private final TillThrottle throttle;

    @Roles(Role.OPERATOR)
    @GetMapping("/api/throttled-terminals")
    List<TillThrottle.ThrottledTerminal> throttled() {
        return throttle.throttled();
    }
}
