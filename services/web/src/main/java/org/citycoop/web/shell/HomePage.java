package org.citycoop.web.shell;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what citycoop is, and the way in for each kind of user. */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
