package org.citycoop.merchant.city;

import java.util.List;

import org.citycoop.platform.security.Anyone;
import org.citycoop.platform.security.Role;
import org.citycoop.platform.security.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import lombok.RequiredArgsConstructor;

/** The partner cities: public to read (the directory and every front end need them), operators correct them. */
@RestController
@RequestMapping("/api/cities")
@RequiredArgsConstructor
class CityController {

    private final Cities cities;

    @Anyone
    @GetMapping
    List<City> all() {
        return cities.all();
    }

    @Anyone
    @GetMapping("/{code}")
    City one(@PathVariable String code) {
        return cities.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No partner city with code " + code));
    }

    @Roles(Role.OPERATOR)
    @PutMapping("/{code}")
    City edit(@PathVariable String code, @Validated @RequestBody EditCity edit) {
        if (!cities.edit(code, edit)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No partner city with code " + code);
        }
        return cities.byCode(code).orElseThrow();
    }
}
