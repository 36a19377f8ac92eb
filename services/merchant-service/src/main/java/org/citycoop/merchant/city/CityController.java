package org.citycoop.merchant.city;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Public, read-only list of the partner cities (the directory and every front end need it). */
@RestController
@RequestMapping("/api/cities")
class CityController {

    private final Cities cities;

    CityController(Cities cities) {
        this.cities = cities;
    }

    @GetMapping
    List<City> all() {
        return cities.all();
    }

    @GetMapping("/{code}")
    City one(@PathVariable String code) {
        return cities.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No partner city with code " + code));
    }
}
